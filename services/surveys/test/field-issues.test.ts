import { beforeAll, describe, expect, it } from 'vitest';
import { errorCodes } from '@portal/platform/testing';
import { admin, coordinator, useSurveysService } from './helpers';

const service = useSurveysService();
const tochigi = coordinator('idp|fi-tochigi');
const osaka = coordinator('idp|fi-osaka');

const REPORT = /* GraphQL */ `
  mutation ReportFieldIssue($input: FieldIssueInput!) {
    reportFieldIssue(input: $input) { id createdAt prefectureCode prefectureName fields category description status publicResponse respondedAt reportedByMe }
  }
`;
const RESPOND = /* GraphQL */ `
  mutation($id: ID!, $status: FieldIssueStatus!, $response: String) {
    respondToFieldIssue(id: $id, status: $status, response: $response) { id status publicResponse respondedAt }
  }
`;
const LIST = /* GraphQL */ `
  query($filter: FieldIssueFilter, $first: Int, $after: String) {
    fieldIssues(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { cursor node { id prefectureCode fields category description status publicResponse reportedByMe reporter { __typename } } }
    }
  }
`;
const MINE = /* GraphQL */ `query($first: Int, $after: String) { myFieldIssues(first: $first, after: $after) { totalCount edges { node { id description } } } }`;

const reports = [
  { by: tochigi, input: { prefectureCode: '09', fields: ['MEDICAL'], category: 'PARTNER_SHORTAGE', description: '県北部にネパール語の医療通訳を派遣できる団体がない' } },
  { by: osaka, input: { prefectureCode: '27', fields: ['EMPLOYMENT', 'LEGAL'], category: 'INSTITUTIONAL_GAP', description: '技能実習から特定技能への移行時に相談窓口が分かれている' } },
  { by: tochigi, input: { prefectureCode: '13', fields: ['EDUCATION'], category: 'LANGUAGE_ACCESS', description: '就学案内がやさしい日本語になっていない' } },
];
const ids: string[] = [];

beforeAll(async () => {
  for (const { by, input } of reports) {
    const res = await service.run(by, REPORT, { input });
    ids.push(res.data!.reportFieldIssue.id);
  }
});

describe('reporting a field issue', () => {
  it('records it as RECEIVED, with the reporter’s own view in full', async () => {
    const res = await service.run(tochigi, REPORT, {
      input: { prefectureCode: '09', fields: ['MEDICAL', 'DISASTER', 'MEDICAL'], category: 'INFORMATION_GAP', description: '  災害時の多言語情報が届かない  ' },
    });
    expect(res.errors).toBeUndefined();
    expect(res.data!.reportFieldIssue).toMatchObject({
      prefectureCode: '09',
      prefectureName: '栃木県',
      fields: ['MEDICAL', 'DISASTER'],
      category: 'INFORMATION_GAP',
      description: '災害時の多言語情報が届かない',
      status: 'RECEIVED',
      publicResponse: null,
      respondedAt: null,
      reportedByMe: true,
    });
    ids.push(res.data!.reportFieldIssue.id);
  });

  it('refuses a report without a known prefecture, a field or a description, or with a description over 4,000 characters', async () => {
    const res = await service.run(tochigi, REPORT, { input: { prefectureCode: '48', fields: [], category: 'OTHER', description: 'あ'.repeat(4001) } });
    expect(errorCodes(res)).toEqual(['BAD_USER_INPUT']);
    expect(res.errors![0]!.extensions!.issues).toEqual([
      { field: 'input.prefectureCode', message: 'must be a prefecture code from 01 to 47' },
      { field: 'input.fields', message: 'must name at least one field' },
      { field: 'input.description', message: 'must be at most 4000 characters' },
    ]);
    const blank = await service.run(tochigi, REPORT, { input: { prefectureCode: '09', fields: ['OTHER'], category: 'OTHER', description: '   ' } });
    expect(blank.errors![0]!.extensions!.issues).toEqual([{ field: 'input.description', message: 'must not be empty' }]);
  });
});

describe('who sees what of the reports', () => {
  it('shows members every report, newest first, with the description of their own reports only', async () => {
    const res = await service.run(osaka, LIST, {});
    expect(res.data!.fieldIssues.totalCount).toBe(4);
    expect(res.data!.fieldIssues.edges.map((e: any) => [e.node.id, e.node.description, e.node.reportedByMe, e.node.reporter])).toEqual([
      [ids[3], null, false, null],
      [ids[2], null, false, null],
      [ids[1], reports[1]!.input.description, true, null],
      [ids[0], null, false, null],
    ]);
  });

  it('shows agency admins every description and the reporter', async () => {
    const res = await service.run(admin, LIST, { first: 4 });
    expect(res.data!.fieldIssues.edges.map((e: any) => [e.node.description !== null, e.node.reporter])).toEqual(
      Array(4).fill([true, { __typename: 'Coordinator' }]),
    );
  });

  it('lists the caller’s own reports as myFieldIssues', async () => {
    const res = await service.run(tochigi, MINE, {});
    expect(res.data!.myFieldIssues).toEqual({
      totalCount: 3,
      edges: [
        { node: { id: ids[3], description: '災害時の多言語情報が届かない' } },
        { node: { id: ids[2], description: reports[2]!.input.description } },
        { node: { id: ids[0], description: reports[0]!.input.description } },
      ],
    });
  });

  it('filters by prefecture, field, category and status, and pages with cursors', async () => {
    const ofFilter = async (filter: Record<string, unknown>) =>
      (await service.run(admin, LIST, { filter })).data!.fieldIssues.edges.map((e: any) => e.node.id);
    expect(await ofFilter({ prefectureCodes: ['09'] })).toEqual([ids[3], ids[0]]);
    expect(await ofFilter({ prefectureCodes: ['09'], fields: ['DISASTER'] })).toEqual([ids[3]]);
    expect(await ofFilter({ fields: ['LEGAL', 'EDUCATION'] })).toEqual([ids[2], ids[1]]);
    expect(await ofFilter({ categories: ['PARTNER_SHORTAGE', 'LANGUAGE_ACCESS'] })).toEqual([ids[2], ids[0]]);
    expect(await ofFilter({ statuses: ['ADDRESSED'] })).toEqual([]);

    const first = (await service.run(admin, LIST, { first: 3 })).data!.fieldIssues;
    expect(first.pageInfo.hasNextPage).toBe(true);
    const rest = (await service.run(admin, LIST, { first: 3, after: first.pageInfo.endCursor })).data!.fieldIssues;
    expect([...first.edges, ...rest.edges].map((e: any) => e.node.id)).toEqual([ids[3], ids[2], ids[1], ids[0]]);
    expect(rest.pageInfo).toEqual({ hasNextPage: false, endCursor: rest.edges[0].cursor });

    const bad = await service.run(admin, LIST, { after: 'not-a-cursor', filter: null });
    expect(bad.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
  });
});

describe('responding to a report', () => {
  it('moves it on with a public response that members see', async () => {
    const review = await service.run(admin, RESPOND, { id: ids[0], status: 'UNDER_REVIEW', response: '厚生労働省と県に共有し、対応を検討しています。' });
    expect(review.data!.respondToFieldIssue).toMatchObject({ status: 'UNDER_REVIEW', publicResponse: '厚生労働省と県に共有し、対応を検討しています。' });
    const respondedAt = review.data!.respondToFieldIssue.respondedAt;
    expect(respondedAt).not.toBeNull();

    // A status change alone keeps the response and its time.
    const addressedWithout = await service.run(admin, RESPOND, { id: ids[0], status: 'ADDRESSED' });
    expect(addressedWithout.data!.respondToFieldIssue).toEqual({
      id: ids[0],
      status: 'ADDRESSED',
      publicResponse: '厚生労働省と県に共有し、対応を検討しています。',
      respondedAt,
    });

    const seen = await service.run(osaka, LIST, { filter: { statuses: ['ADDRESSED'] } });
    expect(seen.data!.fieldIssues.edges.map((e: any) => [e.node.id, e.node.status, e.node.publicResponse, e.node.description])).toEqual([
      [ids[0], 'ADDRESSED', '厚生労働省と県に共有し、対応を検討しています。', null],
    ]);
  });

  it('does not mark a report ADDRESSED without saying what was done', async () => {
    const res = await service.run(admin, RESPOND, { id: ids[1], status: 'ADDRESSED' });
    expect(errorCodes(res)).toEqual(['BAD_USER_INPUT']);
    expect(res.errors![0]!.extensions!.field).toBe('response');
  });

  it('never sends a report back to RECEIVED once taken up', async () => {
    await service.run(admin, RESPOND, { id: ids[2], status: 'UNDER_REVIEW' });
    const res = await service.run(admin, RESPOND, { id: ids[2], status: 'RECEIVED' });
    expect(errorCodes(res)).toEqual(['CONFLICT']);
    const same = await service.run(admin, RESPOND, { id: ids[1], status: 'RECEIVED', response: '受け付けました。' });
    expect(same.data!.respondToFieldIssue).toMatchObject({ status: 'RECEIVED', publicResponse: '受け付けました。' });
  });

  it('answers NOT_FOUND for a report that does not exist, BAD_USER_INPUT for an empty response', async () => {
    expect(errorCodes(await service.run(admin, RESPOND, { id: '00000000-0000-4000-8000-000000000000', status: 'UNDER_REVIEW' }))).toEqual(['NOT_FOUND']);
    const blank = await service.run(admin, RESPOND, { id: ids[1], status: 'UNDER_REVIEW', response: ' ' });
    expect(blank.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'response' });
  });
});
