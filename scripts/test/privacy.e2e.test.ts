import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import type { EventEnvelope } from '@portal/platform/events';
import { eventually } from '@portal/platform/testing';
import { contractExamples } from '../lib/operations';
import type { TokenClaims } from '../lib/tokens';
import { admin, analyst } from './callers';
import { useStack } from './stack-fixture';

// The attacks that undid small-cell protection, replayed through the real gateway with
// ordinary tokens: comparing two local governments' views, adding reports while watching a
// dashboard, and differencing two windows of time. Each now gets nothing.

const portal = useStack();
const examples = contractExamples();
const government = (...prefectureCodes: string[]): TokenClaims => ({ sub: `idp|lg-${prefectureCodes.join('-')}`, roles: ['LOCAL_GOVERNMENT'], prefectureCodes });
const coordinators = (prefectureCode: string, n: number) => Array.from({ length: n }, (_, i): TokenClaims => ({ sub: `idp|privacy-${prefectureCode}-${i}`, roles: ['COORDINATOR'] }));

const send = async (caller: TokenClaims, operation: string, variables?: Record<string, unknown>) => {
  const res = await portal.sendOperation(caller, operation, variables);
  expect(res.errors, `${operation} as ${caller.sub}`).toBeUndefined();
  return res.data;
};

/** A field issue reported in a month that is over, as the surveys service's relay published it then. */
const pastReport = (prefectureCode: string, month: string, contributorId = randomUUID()): EventEnvelope => ({
  id: randomUUID(),
  type: 'field_issue.reported',
  version: 1,
  occurredAt: `${month}-10T01:00:00.000Z`,
  producer: 'surveys',
  data: { fieldIssueId: randomUUID(), contributorId, prefectureCode, fields: ['DISASTER'], category: 'OTHER' },
});

describe('comparing two local governments\' views', () => {
  // Hokkaido 1 (alone in its region), Tochigi 7 and Tokyo 7 (Kanto), Osaka 6 (Kinki).
  const groups = { '01': coordinators('01', 1), '09': coordinators('09', 7), '13': coordinators('13', 7), '27': coordinators('27', 6) };
  let surveyId: string;
  let questions: { id: string; options: { id: string }[] }[];

  beforeAll(async () => {
    for (const [prefectureCode, members] of Object.entries(groups)) {
      for (const member of members) {
        await send(admin, 'RegisterCoordinator', {
          input: { ...(examples.RegisterCoordinator!.input as Record<string, unknown>), accountId: member.sub, activityRegions: [{ prefectureCode }] },
        });
      }
    }
    const survey = (await send(admin, 'CreateSurvey', examples.CreateSurvey)).createSurvey;
    surveyId = survey.id;
    questions = survey.questions;
    await send(admin, 'OpenSurvey', { id: surveyId });
    // A consumer with nothing pending may still have registrations to come from the outbox.
    await portal.eventsApplied('the registrations applied by surveys');
    const answer = (member: TokenClaims, scale: number) =>
      send(member, 'SubmitSurveyResponse', {
        surveyId,
        answers: [
          { questionId: questions[0]!.id, optionIds: [questions[0]!.options[0]!.id] },
          { questionId: questions[2]!.id, scale },
        ],
      });
    // Hokkaido's one respondent answers 2; everyone else 3 or 4.
    await answer(groups['01'][0]!, 2);
    for (const member of [...groups['09'], ...groups['13'], ...groups['27']]) await answer(member, member.sub.endsWith('0') ? 3 : 4);
    await send(admin, 'CloseSurvey', { id: surveyId });
    await eventually(async () => (await send(analyst, 'SurveyDashboard', { surveyId })).surveyReport.totalResponses === 21, 'the released results');
  }, 120_000);

  it('a token for 01 and 09 and a token for 09 differ by nothing that is published', async () => {
    const both = (await send(government('01', '09'), 'SurveyDashboard', { surveyId })).surveyReport;
    const nine = (await send(government('09'), 'SurveyDashboard', { surveyId })).surveyReport;
    // 09 alone: its seven.
    expect([nine.totalResponses, nine.respondentsByPrefecture]).toEqual([7, [{ prefectureCode: '09', prefectureName: '栃木県', count: 7, suppressed: false }]]);
    expect(nine.questions[2].mean).toBe(3.86);
    // 01 and 09: Hokkaido's one is withheld, and so is every total or mean that would hold it.
    expect([both.totalResponses, both.respondentsByPrefecture]).toEqual([
      null,
      [
        { prefectureCode: '01', prefectureName: '北海道', count: null, suppressed: true },
        { prefectureCode: '09', prefectureName: '栃木県', count: 7, suppressed: false },
      ],
    ]);
    expect(both.questions.map((q: any) => [q.answeredCount, q.mean])).toEqual([
      [null, null],
      [null, null],
      [null, null],
      [null, null],
    ]);
  });

  it('nor does the ministry\'s view: the country minus the published prefectures is a group of seven (Hokkaido with Osaka)', async () => {
    const country = (await send(analyst, 'SurveyDashboard', { surveyId })).surveyReport;
    expect(country.totalResponses).toBe(21);
    expect(country.respondentsByPrefecture).toEqual([
      { prefectureCode: '01', prefectureName: '北海道', count: null, suppressed: true },
      { prefectureCode: '09', prefectureName: '栃木県', count: 7, suppressed: false },
      { prefectureCode: '13', prefectureName: '東京都', count: 7, suppressed: false },
      { prefectureCode: '27', prefectureName: '大阪府', count: null, suppressed: true },
    ]);
  });
});

describe('adding reports while watching a dashboard', () => {
  it('a member files four reports one at a time; the ministry\'s views do not move at all', async () => {
    const member = coordinators('09', 1)[0]!;
    const views = async () => [
      (await send(analyst, 'FieldIssueDashboard', { filter: null })).fieldIssueSummary,
      (await send(analyst, 'FieldIssueTrend', { filter: null })).fieldIssueTrend,
      (await send(analyst, 'PartnerCoverage', { prefectureCode: '09' })).partnerCoverage,
    ];
    const before = await views();
    for (let i = 0; i < 4; i++) {
      await send(member, 'ReportFieldIssue', examples.ReportFieldIssue);
      // Reporting is idle until the relay has published the report: the views would be compared before it could move them.
      await portal.eventsApplied('the report applied by reporting');
      expect(await views()).toEqual(before);
    }
  });
});

describe('differencing two windows of time', () => {
  it('a month of one reporter stays withheld in every window, and the year that would give it away with it', async () => {
    // Osaka, fiscal 2025: six reporters in June, one in July, six in August.
    await portal.publish(
      ...Array.from({ length: 6 }, () => pastReport('27', '2025-06')),
      pastReport('27', '2025-07'),
      ...Array.from({ length: 6 }, () => pastReport('27', '2025-08')),
    );
    await portal.eventsApplied('the reports applied by reporting');
    const months = async (since: string, until: string) =>
      (await send(analyst, 'FieldIssueTrend', { filter: { fields: ['DISASTER'], since: `${since}-01T00:00:00+09:00`, until: `${until}-01T00:00:00+09:00` } })).fieldIssueTrend.map(
        (m: { month: string; count: number | null }) => [m.month, m.count],
      );
    expect(await months('2025-06', '2025-07')).toEqual([
      ['2025-06', 6],
      ['2025-07', null],
    ]);
    expect(await months('2025-07', '2025-08')).toEqual([
      ['2025-07', null],
      ['2025-08', 6],
    ]);
    expect(await months('2025-06', '2025-08')).toEqual([
      ['2025-06', 6],
      ['2025-07', null],
      ['2025-08', 6],
    ]);
    // Osaka's fiscal year (13) minus the published months would be July's one: withheld.
    expect((await send(analyst, 'FieldIssueDashboard', { filter: { prefectureCodes: ['27'], fields: ['DISASTER'] } })).fieldIssueSummary).toEqual([
      { prefectureCode: '27', field: 'DISASTER', category: 'OTHER', count: null, suppressed: true },
    ]);
  });
});
