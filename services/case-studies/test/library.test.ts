import { beforeAll, describe, expect, it } from 'vitest';
import { admin, caseStudy, coordinator, LIBRARY, useCaseStudiesService } from './helpers';

const service = useCaseStudiesService();
const viewer = coordinator('idp|reader');
const writer = coordinator('idp|writer');
const other = coordinator('idp|other-writer');

const cases = [
  { title: '技能実習生の未払い賃金相談を労働基準監督署につないだ事例', kind: 'CONSULTATION', fields: ['EMPLOYMENT', 'LEGAL'], prefectureCode: '23', body: '残業代の未払いについて記録を整理した。' },
  { title: '外国人住民向け防災訓練の多言語化', kind: 'ADVANCED_PRACTICE', fields: ['DISASTER'], prefectureCode: '22', body: 'やさしい日本語とポルトガル語で避難所運営訓練を行った。' },
  { title: '夜間の医療通訳が足りない地域での連携', kind: 'REGIONAL_ISSUE', fields: ['MEDICAL'], prefectureCode: '09', body: '県北部の病院と通訳ボランティアをつないだ。' },
  { title: '住宅の入居差別に関する相談', kind: 'CONSULTATION', fields: ['HOUSING', 'LEGAL'], prefectureCode: '27', body: '居住支援法人と不動産会社に同行した。ＷＥＢ相談も併用。' },
  { title: '医療費の支払い相談', kind: 'CONSULTATION', fields: ['MEDICAL', 'SOCIAL_INSURANCE'], prefectureCode: '23', body: '国民健康保険の加入手続を案内した。' },
];
const titles = (res: any) => {
  expect(res.errors).toBeUndefined();
  return res.data.caseStudies.edges.map((e: any) => e.node.title);
};
// Newest first: the library lists by publication.
const newestFirst = cases.map((c) => c.title).reverse();

beforeAll(async () => {
  for (const c of cases) await caseStudy(service, writer, 'PUBLISHED', { ...c, summary: `${c.title}の概要` });
  await caseStudy(service, writer, 'DRAFT', { title: '書きかけの医療の事例' });
  await caseStudy(service, other, 'SUBMITTED', { title: '審査待ちの医療の事例' });
});

describe('the case library', () => {
  it('lists published cases, newest first, with a total', async () => {
    const res = await service.run(viewer, LIBRARY, {});
    expect(titles(res)).toEqual(newestFirst);
    expect(res.data!.caseStudies.totalCount).toBe(5);
    expect(res.data!.caseStudies.edges.every((e: any) => e.node.status === 'PUBLISHED' && e.node.publishedAt)).toBe(true);
  });

  it('filters by kind, field and prefecture with the contract example, combined with AND', async () => {
    const res = await service.run(viewer, LIBRARY, {
      filter: { kinds: ['CONSULTATION'], fields: ['EMPLOYMENT'], prefectureCodes: ['23'], text: '未払い賃金' },
      first: 10,
    });
    expect(titles(res)).toEqual([cases[0]!.title]);
    expect(titles(await service.run(viewer, LIBRARY, { filter: { kinds: ['CONSULTATION'], prefectureCodes: ['23', '27'] } }))).toEqual([
      cases[4]!.title,
      cases[3]!.title,
      cases[0]!.title,
    ]);
    expect(titles(await service.run(viewer, LIBRARY, { filter: { fields: ['LEGAL', 'DISASTER'] } }))).toEqual([
      cases[3]!.title,
      cases[1]!.title,
      cases[0]!.title,
    ]);
  });

  it('searches title, summary and body for every term, two-character words and full/half width alike', async () => {
    expect(titles(await service.run(viewer, LIBRARY, { filter: { text: '医療' } }))).toEqual([cases[4]!.title, cases[2]!.title]);
    expect(titles(await service.run(viewer, LIBRARY, { filter: { text: '医療 保険' } }))).toEqual([cases[4]!.title]);
    expect(titles(await service.run(viewer, LIBRARY, { filter: { text: 'ポルトガル語' } }))).toEqual([cases[1]!.title]);
    expect(titles(await service.run(viewer, LIBRARY, { filter: { text: 'web' } }))).toEqual([cases[3]!.title]);
    expect(titles(await service.run(viewer, LIBRARY, { filter: { text: 'ﾎﾞﾗﾝﾃｨｱ' } }))).toEqual([cases[2]!.title]);
    expect(titles(await service.run(viewer, LIBRARY, { filter: { text: '%' } }))).toEqual([]);
  });

  it('shows members their own cases in other statuses, and admins everyone’s', async () => {
    const statuses = ['DRAFT', 'SUBMITTED'];
    expect(titles(await service.run(viewer, LIBRARY, { filter: { statuses } }))).toEqual([]);
    expect(titles(await service.run(writer, LIBRARY, { filter: { statuses } }))).toEqual(['書きかけの医療の事例']);
    expect(titles(await service.run(admin, LIBRARY, { filter: { statuses: ['SUBMITTED'] } }))).toEqual(['審査待ちの医療の事例']);
    expect(titles(await service.run(admin, LIBRARY, { filter: { statuses, text: '医療' } }))).toEqual(['審査待ちの医療の事例', '書きかけの医療の事例']);
  });

  it('`mine` keeps the caller’s own cases', async () => {
    const res = await service.run(writer, LIBRARY, { filter: { mine: true, statuses: ['DRAFT', 'PUBLISHED'] } });
    expect(titles(res)).toEqual(['書きかけの医療の事例', ...newestFirst]);
    expect(titles(await service.run(viewer, LIBRARY, { filter: { mine: true } }))).toEqual([]);
  });

  it('refuses bad filters naming the field', async () => {
    const res = await service.run(viewer, LIBRARY, { filter: { prefectureCodes: ['00'], text: 'x'.repeat(201) } });
    expect(res.errors![0]!.extensions!.issues.map((i: any) => i.field)).toEqual(['filter.prefectureCodes.0', 'filter.text']);
  });

  it('fetches a page with its total in one SQL statement, and counts only when asked for', async () => {
    const withTotal = await service.countStatements(() => service.run(viewer, LIBRARY, {}));
    const without = await service.countStatements(() => service.run(viewer, '{ caseStudies { edges { node { id } } } }'));
    expect(withTotal).toHaveLength(1);
    expect(withTotal[0]).toContain('count(');
    expect(without).toHaveLength(1);
    expect(without[0]).not.toContain('count(');
  });
});

describe('pagination', () => {
  it('covers every case exactly once, in order, and keeps its place when cases are published meanwhile', async () => {
    const first: any = await service.run(viewer, LIBRARY, { first: 2 });
    expect(titles(first)).toEqual(newestFirst.slice(0, 2));
    await caseStudy(service, writer, 'PUBLISHED', { title: '新しく公開された事例' });
    const seen: string[] = titles(first);
    let after = first.data.caseStudies.pageInfo.endCursor;
    while (after) {
      const page: any = await service.run(viewer, LIBRARY, { first: 2, after });
      seen.push(...titles(page));
      after = page.data.caseStudies.pageInfo.hasNextPage ? page.data.caseStudies.pageInfo.endCursor : null;
    }
    expect(seen).toEqual(newestFirst);
  });

  it('refuses a page size over 100 and a cursor it did not issue', async () => {
    expect((await service.run(viewer, LIBRARY, { first: 101 })).errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
    const forged = Buffer.from(JSON.stringify(['yesterday', 'x'])).toString('base64url');
    expect((await service.run(viewer, LIBRARY, { after: forged })).errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
  });
});
