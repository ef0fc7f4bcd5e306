import { beforeAll, describe, expect, it } from 'vitest';
import { admin, coordinator, REGISTER, SEARCH, UPDATE_PROFILE, useCoordinatorsService } from './helpers';

const service = useCoordinatorsService();
const viewer = coordinator('idp|viewer');

interface Person {
  sub: string;
  name: string;
  nameKana: string;
  prefectures: string[];
  profile: Record<string, unknown>;
}

const people: Person[] = [
  {
    sub: 'idp|nguyen',
    name: 'グエン・ティ・ラン',
    nameKana: 'グエン ティ ラン',
    prefectures: ['13'],
    profile: {
      bio: 'ベトナム語で医療通訳と労働相談に対応しています。',
      expertiseFields: ['MEDICAL', 'EMPLOYMENT'],
      languages: [{ code: 'vi', level: 'NATIVE' }, { code: 'ja', level: 'FLUENT' }],
      qualifications: ['医療通訳技能認定'],
    },
  },
  {
    sub: 'idp|sato',
    name: '佐藤 美咲',
    nameKana: 'サトウ ミサキ',
    prefectures: ['14'],
    profile: {
      bio: '住宅と子育ての相談。英語対応。',
      expertiseFields: ['HOUSING', 'CHILDCARE'],
      languages: [{ code: 'en', level: 'BUSINESS' }],
      qualifications: ['社会福祉士'],
      currentWorkplace: { name: '横浜市国際交流協会', prefectureCode: '14' },
    },
  },
  {
    sub: 'idp|santos',
    name: 'マリア・サントス',
    nameKana: 'マリア サントス',
    prefectures: ['23', '21'],
    profile: {
      bio: 'ポルトガル語とスペイン語で医療・教育の相談に対応。Ｗｅｂ相談も可。',
      expertiseFields: ['MEDICAL', 'EDUCATION'],
      languages: [{ code: 'pt-BR', level: 'NATIVE' }, { code: 'es', level: 'FLUENT' }],
      qualifications: ['日本語教師'],
    },
  },
  {
    sub: 'idp|suzuki',
    name: '鈴木 健',
    nameKana: 'スズキ ケン',
    prefectures: ['13'],
    profile: {
      bio: '在留手続と労働の相談。中国語可。',
      expertiseFields: ['RESIDENCE', 'EMPLOYMENT'],
      languages: [{ code: 'zh', level: 'BUSINESS' }],
      qualifications: ['行政書士'],
    },
  },
];

const names = (res: { data: any; errors?: unknown }) => {
  expect(res.errors).toBeUndefined();
  return res.data.coordinators.edges.map((e: any) => e.node.name);
};

beforeAll(async () => {
  for (const person of people) {
    await service.run(admin, REGISTER, {
      input: {
        accountId: person.sub,
        name: person.name,
        nameKana: person.nameKana,
        cohortYear: 2025,
        activityRegions: person.prefectures.map((prefectureCode) => ({ prefectureCode })),
      },
    });
    const res = await service.run(coordinator(person.sub), UPDATE_PROFILE, { input: person.profile });
    expect(res.errors).toBeUndefined();
  }
  // A suspended coordinator matches MEDICAL too, but is not listed to members.
  const suspended = await service.run(admin, REGISTER, {
    input: { accountId: 'idp|suspended', name: '停止 太郎', nameKana: 'テイシ タロウ', cohortYear: 2023, activityRegions: [{ prefectureCode: '13' }], expertiseFields: ['MEDICAL'] },
  });
  await service.run(admin, 'mutation($id: ID!) { setCertificationStatus(id: $id, status: SUSPENDED) { id } }', {
    id: suspended.data!.registerCoordinator.id,
  });
});

describe('directory search', () => {
  it('lists active coordinators in kana order with a total', async () => {
    const res = await service.run(viewer, SEARCH, {});
    expect(names(res)).toEqual(['グエン・ティ・ラン', '佐藤 美咲', '鈴木 健', 'マリア・サントス']);
    expect(res.data!.coordinators.totalCount).toBe(4);
  });

  it('shows agency admins every certification status', async () => {
    const res = await service.run(admin, SEARCH, { filter: { fields: ['MEDICAL'] } });
    expect(names(res)).toEqual(['グエン・ティ・ラン', '停止 太郎', 'マリア・サントス']);
    expect(res.data!.coordinators.edges.map((e: any) => e.node.certification.status)).toEqual(['ACTIVE', 'SUSPENDED', 'ACTIVE']);
  });

  it('combines filters with AND, values within a filter with OR', async () => {
    const both = await service.run(viewer, SEARCH, { filter: { prefectureCodes: ['13', '14'], fields: ['EMPLOYMENT'] } });
    expect(names(both)).toEqual(['グエン・ティ・ラン', '鈴木 健']);
    const withLanguage = await service.run(viewer, SEARCH, {
      filter: { prefectureCodes: ['13', '14'], fields: ['MEDICAL'], languages: ['vi'], text: '医療通訳' },
    });
    expect(names(withLanguage)).toEqual(['グエン・ティ・ラン']);
    expect(withLanguage.data!.coordinators.totalCount).toBe(1);
  });

  it('finds speakers of a regional variant by the primary language', async () => {
    expect(names(await service.run(viewer, SEARCH, { filter: { languages: ['pt'] } }))).toEqual(['マリア・サントス']);
    expect(names(await service.run(viewer, SEARCH, { filter: { languages: ['pt-BR'] } }))).toEqual(['マリア・サントス']);
    expect(names(await service.run(viewer, SEARCH, { filter: { languages: ['pt-PT'] } }))).toEqual([]);
  });

  it('requires every text term to match somewhere', async () => {
    expect(names(await service.run(viewer, SEARCH, { filter: { text: '労働 中国語' } }))).toEqual(['鈴木 健']);
    expect(names(await service.run(viewer, SEARCH, { filter: { text: '労働 韓国語' } }))).toEqual([]);
  });

  it('matches two-character words', async () => {
    expect(names(await service.run(viewer, SEARCH, { filter: { text: '医療' } }))).toEqual(['グエン・ティ・ラン', 'マリア・サントス']);
    expect(names(await service.run(viewer, SEARCH, { filter: { text: '住宅' } }))).toEqual(['佐藤 美咲']);
  });

  it('searches name, kana, qualifications and workplace', async () => {
    expect(names(await service.run(viewer, SEARCH, { filter: { text: 'サトウ' } }))).toEqual(['佐藤 美咲']);
    expect(names(await service.run(viewer, SEARCH, { filter: { text: '行政書士' } }))).toEqual(['鈴木 健']);
    expect(names(await service.run(viewer, SEARCH, { filter: { text: '国際交流協会' } }))).toEqual(['佐藤 美咲']);
  });

  it('ignores full/half width and case on both sides', async () => {
    // The bio says "Ｗｅｂ" (full width); people type web, WEB or ｗｅｂ.
    for (const text of ['web', 'WEB', 'ｗｅｂ']) {
      expect(names(await service.run(viewer, SEARCH, { filter: { text } }))).toEqual(['マリア・サントス']);
    }
    // Half-width katakana and a full-width space between terms.
    expect(names(await service.run(viewer, SEARCH, { filter: { text: 'ｸﾞｴﾝ　医療' } }))).toEqual(['グエン・ティ・ラン']);
  });

  it('treats LIKE wildcards in the text literally', async () => {
    expect(names(await service.run(viewer, SEARCH, { filter: { text: '%' } }))).toEqual([]);
    expect(names(await service.run(viewer, SEARCH, { filter: { text: '_' } }))).toEqual([]);
  });

  it('refuses bad filters naming the field', async () => {
    const res = await service.run(viewer, SEARCH, { filter: { prefectureCodes: ['48'], languages: ['not a tag'] } });
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.prefectureCodes.0' });
    expect(res.errors?.[0]?.extensions?.issues.map((i: any) => i.field)).toEqual(['filter.prefectureCodes.0', 'filter.languages.0']);
  });
});

describe('pagination', () => {
  it('fetches a page and its total with one SQL statement', async () => {
    let res: any;
    const statements = await service.countStatements(async () => {
      res = await service.run(viewer, SEARCH, { first: 2, filter: { fields: ['EMPLOYMENT'] } });
    });
    expect(statements).toHaveLength(1);
    expect(res.data.coordinators.totalCount).toBe(2);
  });

  it('counts separately only for an empty page past the end', async () => {
    const first: any = await service.run(viewer, SEARCH, { first: 10, filter: { fields: ['EMPLOYMENT'] } });
    let res: any;
    const statements = await service.countStatements(async () => {
      res = await service.run(viewer, SEARCH, { first: 10, filter: { fields: ['EMPLOYMENT'] }, after: first.data.coordinators.pageInfo.endCursor });
    });
    expect(statements).toHaveLength(2);
    expect(res.data.coordinators).toMatchObject({ totalCount: 2, edges: [] });
  });

  it('covers every row exactly once, in order', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    let pages = 0;
    do {
      const res: any = await service.run(viewer, SEARCH, { first: 3, after });
      seen.push(...names(res));
      after = res.data.coordinators.pageInfo.hasNextPage ? res.data.coordinators.pageInfo.endCursor : null;
      pages++;
    } while (after);
    expect(pages).toBe(2);
    expect(seen).toEqual(['グエン・ティ・ラン', '佐藤 美咲', '鈴木 健', 'マリア・サントス']);
  });

  it('keeps its place when rows are added before the cursor', async () => {
    const first: any = await service.run(viewer, SEARCH, { first: 2 });
    await service.run(admin, REGISTER, {
      input: { accountId: 'idp|early', name: '相田 愛', nameKana: 'アイダ アイ', cohortYear: 2025, activityRegions: [{ prefectureCode: '01' }] },
    });
    const next = await service.run(viewer, SEARCH, { first: 10, after: first.data.coordinators.pageInfo.endCursor });
    expect(names(next)).toEqual(['鈴木 健', 'マリア・サントス']);
  });

  it('refuses a page size over 100 and a cursor it did not issue', async () => {
    const big = await service.run(viewer, SEARCH, { first: 101 });
    expect(big.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
    const forged = await service.run(viewer, SEARCH, { after: 'bm90LWEtY3Vyc29y' });
    expect(forged.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
  });
});
