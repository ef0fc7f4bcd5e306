import { beforeAll, describe, expect, it } from 'vitest';
import { EVENT_SCHEMAS, type EventType } from '@portal/platform/events';
import { closedSurveyRespondents, crowdFieldIssues } from '../src/demo/crowd';
import { seedDemoData } from '../src/demo/seed-database';
import { admin, coordinator, EXPORT, useSurveysService } from './helpers';

const service = useSurveysService();
let first: { inserted: number };

beforeAll(async () => {
  first = await seedDemoData(service.databaseUrl);
});

const RESPONSES = 467;
const CROWD_ISSUES = 1426;

describe('the demo data', () => {
  it('is added once: 2 surveys, 467 responses, 12 written field issues and 1,426 of the crowd', async () => {
    expect(closedSurveyRespondents()).toHaveLength(RESPONSES);
    expect(crowdFieldIssues()).toHaveLength(CROWD_ISSUES);
    expect(first).toEqual({ inserted: 2 + RESPONSES + 12 + CROWD_ISSUES });
    expect(await seedDemoData(service.databaseUrl)).toEqual({ inserted: 0 });
  });

  it('has this year’s survey open until March 2027 with every kind of question, and last year’s closed', async () => {
    const res = await service.run(coordinator('demo|c-0001'), '{ surveys { title status closesAt questions { kind } myResponse { id } } }');
    expect(res.data!.surveys).toEqual([
      {
        title: '令和8年度 活動状況アンケート',
        status: 'OPEN',
        closesAt: '2027-03-31T14:59:59.000Z',
        questions: ['SINGLE_CHOICE', 'MULTIPLE_CHOICE', 'SCALE', 'FREE_TEXT', 'PREFECTURE', 'CONSULTATION_FIELD'].map((kind) => ({ kind })),
        myResponse: null,
      },
      { title: '令和7年度 修了者フォローアップアンケート', status: 'CLOSED', closesAt: '2026-01-31T14:59:59.000Z', questions: expect.any(Array), myResponse: { id: expect.any(String) } },
    ]);
  });

  it('exports last year’s responses, from every prefecture', async () => {
    const surveys = (await service.run(admin, '{ surveys(status: CLOSED) { id responseCount } }')).data!.surveys;
    expect(surveys).toEqual([{ id: expect.any(String), responseCount: RESPONSES }]);
    const csv: string = (await service.run(admin, EXPORT, { surveyId: surveys[0].id })).data!.surveyResponsesCsv;
    const lines = csv.split('\r\n');
    expect(lines).toHaveLength(RESPONSES + 2);
    expect(lines[0]).toBe(
      '\uFEFF回答番号,回答月,回答者の地域,Q1 コーディネーターとして活動していますか,Q2 研修内容は現在の業務に役立っていますか（1〜5）,Q3 この1年で相談の多かった分野（3つまで）,Q4 ポータルに期待する機能,Q5 研修や制度へのご要望',
    );
    expect(lines[1]).toBe(
      '1,2025-11,北海道,専任で活動している,4,雇用・労働 / 住宅,連携先の検索 / 相談事例の共有,医療通訳の派遣制度が自治体ごとに異なり、県境をまたぐ相談で調整に時間がかかる。',
    );
  });

  it('has a dozen written field issues in every status, answered ones with a public response, and the crowd’s from every prefecture', async () => {
    const all = await service.run(admin, '{ fieldIssues(first: 1) { totalCount } }');
    expect(all.data!.fieldIssues.totalCount).toBe(12 + CROWD_ISSUES);
    expect(new Set(crowdFieldIssues().map((issue) => issue.prefectureCode)).size).toBe(47);
    const res = await service.run(admin, '{ fieldIssues(first: 50, filter: { statuses: [UNDER_REVIEW, ADDRESSED] }) { totalCount edges { node { prefectureCode status publicResponse } } } }');
    const nodes = res.data!.fieldIssues.edges.map((e: any) => e.node);
    expect(res.data!.fieldIssues.totalCount).toBe(8);
    expect(new Set(nodes.map((n: any) => n.prefectureCode)).size).toBe(8);
    expect(nodes.every((n: any) => n.publicResponse)).toBe(true);
    const received = await service.run(admin, '{ fieldIssues(first: 100, filter: { statuses: [RECEIVED] }) { totalCount edges { node { publicResponse } } } }');
    expect(received.data!.fieldIssues.totalCount).toBe(4 + CROWD_ISSUES);
    expect(received.data!.fieldIssues.edges.map((e: any) => e.node.publicResponse)).toEqual(Array(100).fill(null));
    expect(new Set(nodes.map((n: any) => n.status))).toEqual(new Set(['UNDER_REVIEW', 'ADDRESSED']));
  });

  it('puts the events of all this in the outbox, in order, each valid for the catalog', async () => {
    const events = await service.outbox();
    expect(events.map((e) => e.type)).toEqual([
      'survey.opened',
      ...Array(RESPONSES).fill('survey.response_submitted'),
      'survey.closed',
      'survey.opened',
      ...Array(12 + CROWD_ISSUES).fill('field_issue.reported'),
    ]);
    for (const event of events) expect(() => EVENT_SCHEMAS[event.type as EventType].parse(event.data)).not.toThrow();
  });
});
