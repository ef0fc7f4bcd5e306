import { beforeAll, describe, expect, it } from 'vitest';
import { admin, badFields, coordinator, DIRECTORY, names, proposal, usePartnersService } from './helpers';

const service = usePartnersService();
const viewer = coordinator('idp|directory-viewer');
const proposer = coordinator('idp|directory-proposer');

const local = (name: string, fields: string[], prefectureCode: string, languages: string[], description: string) =>
  proposal({ name, description, fields, serviceAreas: [{ prefectureCode }], languages, contact: null });

beforeAll(async () => {
  await service.addPartner(proposer, proposal());
  await service.addPartner(proposer, local('おおさか医療通訳の会', ['MEDICAL'], '27', ['vi', 'zh'], '大阪市内の病院へ医療通訳を派遣'));
  await service.addPartner(proposer, local('栃木県国際交流協会', ['DAILY_LIFE', 'JAPANESE_LEARNING'], '09', ['en', 'ne'], '多言語の生活相談と日本語教室'));
  await service.addPartner(proposer, local('ＮＰＯ法人 浜松ブラジル人支援センター', ['EDUCATION'], '22', ['pt-BR'], 'Ｗｅｂ相談にも対応'));
  await service.addPartner(proposer, {
    name: 'よりそい多言語ホットライン',
    description: '24時間対応の電話相談',
    fields: ['MENTAL_HEALTH', 'DAILY_LIFE', 'HOUSING'],
    serviceAreas: [{ scope: 'NATIONWIDE' }],
    languages: ['en', 'pt', 'vi'],
  });
  await service.addPartner(proposer, local('審査待ちの居住支援団体', ['HOUSING'], '27', ['pt'], '居住支援'), null);
});

const find = async (filter: Record<string, unknown>, caller = viewer) => names(await service.ok(caller, DIRECTORY, { filter }));

describe('the partner directory', () => {
  it('lists approved partners in name order with a total', async () => {
    const data = await service.ok(viewer, DIRECTORY, {});
    expect(names(data)).toEqual([
      'ＮＰＯ法人 浜松ブラジル人支援センター',
      'おおさか医療通訳の会',
      'よりそい多言語ホットライン',
      '大阪府居住支援法人 すまいサポート',
      '栃木県国際交流協会',
    ]);
    expect(data.partners.totalCount).toBe(5);
  });

  it('answers the contract example: housing in Osaka in Portuguese about 居住支援', async () => {
    const filter = { fields: ['HOUSING'], prefectureCodes: ['27'], languages: ['pt'], text: '居住支援' };
    expect(await find(filter)).toEqual(['大阪府居住支援法人 すまいサポート']);
  });

  it('counts a nationwide or remote service as serving every prefecture', async () => {
    expect(await find({ prefectureCodes: ['27'], fields: ['HOUSING'] })).toEqual(['よりそい多言語ホットライン', '大阪府居住支援法人 すまいサポート']);
    expect(await find({ prefectureCodes: ['47'] })).toEqual(['よりそい多言語ホットライン']);
  });

  it('combines filters with AND, values within a filter with OR', async () => {
    expect(await find({ fields: ['MEDICAL', 'EDUCATION'] })).toEqual(['ＮＰＯ法人 浜松ブラジル人支援センター', 'おおさか医療通訳の会']);
    expect(await find({ fields: ['MEDICAL', 'EDUCATION'], prefectureCodes: ['27'] })).toEqual(['おおさか医療通訳の会']);
    expect(await find({ prefectureCodes: ['09', '22'], languages: ['ne', 'pt'] })).toEqual([
      'ＮＰＯ法人 浜松ブラジル人支援センター',
      'よりそい多言語ホットライン',
      '栃木県国際交流協会',
    ]);
  });

  it('finds a regional variant by its primary language, not the other way round', async () => {
    expect(await find({ languages: ['pt'] })).toEqual(['ＮＰＯ法人 浜松ブラジル人支援センター', 'よりそい多言語ホットライン', '大阪府居住支援法人 すまいサポート']);
    expect(await find({ languages: ['pt-BR'] })).toEqual(['ＮＰＯ法人 浜松ブラジル人支援センター']);
  });

  it('searches names, descriptions and services as people type: two-character words, any width, every term', async () => {
    expect(await find({ text: '医療' })).toEqual(['おおさか医療通訳の会']);
    expect(await find({ text: '日本語' })).toEqual(['栃木県国際交流協会']);
    expect(await find({ text: 'npo' })).toEqual(['ＮＰＯ法人 浜松ブラジル人支援センター']);
    expect(await find({ text: 'ｗｅｂ　ブラジル' })).toEqual(['ＮＰＯ法人 浜松ブラジル人支援センター']);
    expect(await find({ text: '医療 日本語' })).toEqual([]);
    expect(await find({ text: '%' })).toEqual([]);
  });

  it('lets agency admins filter by status, e.g. the review queue', async () => {
    expect(await find({ statuses: ['PROPOSED'] }, admin)).toEqual(['審査待ちの居住支援団体']);
    expect(await find({ statuses: ['PROPOSED'] })).toEqual([]);
  });

  it('shows proposers their own proposals, also alone', async () => {
    expect(await find({ statuses: ['PROPOSED'] }, proposer)).toEqual(['審査待ちの居住支援団体']);
    expect((await service.ok(proposer, DIRECTORY, { filter: { proposedByMe: true } })).partners.totalCount).toBe(6);
    expect((await service.ok(viewer, DIRECTORY, { filter: { proposedByMe: true } })).partners.totalCount).toBe(0);
  });

  it('refuses bad filters naming the field', async () => {
    const res = await service.run(viewer, DIRECTORY, { filter: { prefectureCodes: ['48'], languages: ['not a tag'], text: 'x'.repeat(201) } });
    expect(badFields(res)).toEqual(['filter.prefectureCodes.0', 'filter.languages.0', 'filter.text']);
  });
});

describe('pagination', () => {
  it('covers every partner exactly once, in order, with stable opaque cursors', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    let pages = 0;
    do {
      const data: any = await service.ok(viewer, DIRECTORY, { first: 2, after });
      seen.push(...names(data));
      after = data.partners.pageInfo.hasNextPage ? data.partners.pageInfo.endCursor : null;
      pages++;
    } while (after);
    expect(pages).toBe(3);
    expect(seen).toEqual(names(await service.ok(viewer, DIRECTORY, {})));
  });

  it('keeps its place when partners are added before the cursor', async () => {
    const first: any = await service.ok(viewer, DIRECTORY, { first: 2 });
    await service.addPartner(proposer, local('あいち多文化共生センター', ['OTHER'], '23', ['en'], '相談窓口'));
    const next = await service.ok(viewer, DIRECTORY, { first: 10, after: first.partners.pageInfo.endCursor });
    expect(names(next)).toEqual(['よりそい多言語ホットライン', '大阪府居住支援法人 すまいサポート', '栃木県国際交流協会']);
  });

  it('refuses a page size over 100 and a cursor it did not issue', async () => {
    expect((await service.run(viewer, DIRECTORY, { first: 101 })).errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
    expect((await service.run(viewer, DIRECTORY, { after: 'bm90LWEtY3Vyc29y' })).errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
  });
});
