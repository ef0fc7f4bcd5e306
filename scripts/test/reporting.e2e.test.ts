import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { getOperationAST } from 'graphql';
import { describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import { CONSULTATION_FIELD_VALUES } from '@portal/platform';
import type { EventEnvelope } from '@portal/platform/events';
import { eventually } from '@portal/platform/testing';
import {
  CloseSurveyDocument,
  CreateSurveyDocument,
  FieldIssueDashboardDocument,
  FieldIssueTrendDocument,
  OpenSurveyDocument,
  PartnerCoverageDocument,
  ProposePartnerDocument,
  ReferralFlowsDocument,
  RegisterCoordinatorDocument,
  ReportFieldIssueDocument,
  ReviewPartnerDocument,
  SubmitSurveyResponseDocument,
  SurveyDashboardDocument,
  UnansweredQuestionsDocument,
} from '@portal/client';
import { contractExamples } from '../lib/operations';
import type { TokenClaims } from '../lib/tokens';
import { admin, analyst, tochigiGovernment } from './callers';
import { useStack } from './stack-fixture';

// From the field to the dashboards: coordinators registered in Tochigi (09) and Tokyo (13)
// answer a survey, which is released once closed; their field issues of this year wait for
// the year to end, while last fiscal year's (published to the stream as a relay would have)
// show; small groups are withheld (k = 5: figures need 6 people).

const portal = useStack();
const examples = contractExamples();
const tochigi = Array.from({ length: 6 }, (_, i): TokenClaims => ({ sub: `idp|tochigi-${i + 1}`, roles: ['COORDINATOR'] }));
const tokyo = Array.from({ length: 6 }, (_, i): TokenClaims => ({ sub: `idp|tokyo-${i + 1}`, roles: ['COORDINATOR'] }));

const codes = (res: { errors?: { extensions?: Record<string, any> }[] }) => res.errors?.map((e) => e.extensions?.code);
const send = async (caller: TokenClaims, document: TypedDocumentNode<any, any>, variables?: Record<string, unknown>) => {
  const res = await portal.send(caller, document, variables);
  expect(res.errors, `${getOperationAST(document)?.name?.value} as ${caller.sub}`).toBeUndefined();
  return res.data;
};

interface Survey {
  id: string;
  questions: { id: string; options: { id: string }[] }[];
}

/** The contract's answers with real ids: q1 option `single`, q2 `multiple`, q3 `scale`, and q4's text when given. */
function answers(survey: Survey, choice: { single: number; multiple: number[]; scale: number; text?: string }) {
  const [q1, q2, q3, q4] = survey.questions;
  return {
    surveyId: survey.id,
    answers: [
      { questionId: q1!.id, optionIds: [q1!.options[choice.single - 1]!.id] },
      { questionId: q2!.id, optionIds: choice.multiple.map((n) => q2!.options[n - 1]!.id) },
      { questionId: q3!.id, scale: choice.scale },
      ...(choice.text ? [{ questionId: q4!.id, text: choice.text }] : []),
    ],
  };
}

/** A field issue of last fiscal year, as the surveys service's relay published it then. */
const lastYearsReport = (prefectureCode: string, fields: string[], category: string, occurredAt: string): EventEnvelope => ({
  id: randomUUID(),
  type: 'field_issue.reported',
  version: 1,
  occurredAt,
  producer: 'surveys',
  data: { fieldIssueId: randomUUID(), contributorId: randomUUID(), prefectureCode, fields, category },
});

/** A collaboration event of last fiscal year, as its relay published it then. */
const lastYearsCollaboration = (type: string, data: Record<string, unknown>, occurredAt: string): EventEnvelope => ({
  id: randomUUID(),
  type,
  version: 1,
  occurredAt,
  producer: 'collaboration',
  data,
});

describe('reporting dashboards through the gateway, fed by events', () => {
  let survey: Survey;

  it('coordinators are registered in Tochigi (medical expertise) and Tokyo, and an agency admin opens a survey', async () => {
    const register = (caller: TokenClaims, prefectureCode: string, expertiseFields: string[]) =>
      send(admin, RegisterCoordinatorDocument, {
        input: { ...(examples.RegisterCoordinator!.input as Record<string, unknown>), accountId: caller.sub, activityRegions: [{ prefectureCode }], expertiseFields },
      });
    for (const c of tochigi) await register(c, '09', ['MEDICAL']);
    for (const c of tokyo) await register(c, '13', ['EMPLOYMENT']);
    survey = (await send(admin, CreateSurveyDocument, examples.CreateSurvey)).createSurvey;
    await send(admin, OpenSurveyDocument, { id: survey.id });
    // Every registration, not only those relayed so far: responses carry their prefecture.
    await portal.eventsApplied('the registrations applied by the surveys service');
  });

  it('coordinators answer and report partner shortages, and a partner is approved in Tochigi', async () => {
    const scales = [2, 2, 3, 3, 4, 4];
    for (const [i, c] of tochigi.entries()) await send(c, SubmitSurveyResponseDocument, answers(survey, { single: 1, multiple: [1, 3], scale: scales[i]!, text: '夜間の医療通訳が地域にない' }));
    for (const c of tokyo) await send(c, SubmitSurveyResponseDocument, answers(survey, { single: 2, multiple: [1], scale: 5 }));
    for (const c of tochigi) await send(c, ReportFieldIssueDocument, examples.ReportFieldIssue);
    const proposal = (
      await send(tochigi[0]!, ProposePartnerDocument, {
        input: { ...(examples.ProposePartner!.input as Record<string, unknown>), fields: ['WELFARE', 'HOUSING'], serviceAreas: [{ prefectureCode: '09', municipality: '宇都宮市' }] },
      })
    ).proposePartner;
    await send(admin, ReviewPartnerDocument, { id: proposal.id, decision: 'APPROVE', note: '所在地と連絡先を確認済み' });
  });

  it('SurveyDashboard while the survey is open: nothing a further response could change', async () => {
    const res = await send(analyst, SurveyDashboardDocument, { ...examples.SurveyDashboard, surveyId: survey.id });
    expect(res.surveyReport).toMatchObject({ totalResponses: null, respondentsByPrefecture: [] });
  });

  it('SurveyDashboard, nationwide, once closed: every figure, since no group is small', async () => {
    await send(admin, CloseSurveyDocument, { id: survey.id });
    let report: any;
    await eventually(async () => {
      const res = await portal.send(analyst, SurveyDashboardDocument, { ...examples.SurveyDashboard, surveyId: survey.id });
      report = res.data?.surveyReport;
      return report?.totalResponses === 12;
    }, 'the released results in the dashboard');
    const ids = (q: number) => survey.questions[q]!.options.map((o) => o.id);
    const options = (q: number, labels: string[], counts: (number | null)[]) => ids(q).map((optionId, i) => ({ optionId, label: labels[i], count: counts[i], suppressed: counts[i] === null }));
    expect(report).toEqual({
      survey: { id: survey.id, title: '令和8年度 活動状況アンケート' },
      totalResponses: 12,
      releasedAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/),
      lastEventAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/),
      respondentsByPrefecture: [
        { prefectureCode: '09', prefectureName: '栃木県', count: 6, suppressed: false },
        { prefectureCode: '13', prefectureName: '東京都', count: 6, suppressed: false },
      ],
      questions: [
        { questionId: survey.questions[0]!.id, prompt: '主な勤務形態', kind: 'SINGLE_CHOICE', answeredCount: 12, options: options(0, ['地方公共団体', '国際交流協会', 'NPO', 'その他'], [6, 6, 0, 0]), mean: null },
        // Everyone chose 医療: a whole group of more than k giving one answer is shown as such.
        { questionId: survey.questions[1]!.id, prompt: '対応が難しかった分野', kind: 'MULTIPLE_CHOICE', answeredCount: 12, options: options(1, ['医療', '労働', '住宅', '教育'], [12, 0, 6, 0]), mean: null },
        // (2 + 2 + 3 + 3 + 4 + 4 + 6 × 5) / 12
        { questionId: survey.questions[2]!.id, prompt: '連携先の充足度', kind: 'SCALE', answeredCount: 12, options: [], mean: 4 },
        { questionId: survey.questions[3]!.id, prompt: '制度上の課題', kind: 'FREE_TEXT', answeredCount: 6, options: [], mean: null },
      ],
    });
  });

  it('SurveyDashboard for Tochigi: its local government sees its six respondents, and FORBIDDEN for Tokyo', async () => {
    const own = (await send(tochigiGovernment, SurveyDashboardDocument, { surveyId: survey.id, prefectureCode: null })).surveyReport;
    expect(own.totalResponses).toBe(6);
    expect(own.respondentsByPrefecture).toEqual([{ prefectureCode: '09', prefectureName: '栃木県', count: 6, suppressed: false }]);
    expect(own.questions.map((q: any) => [q.answeredCount, q.options.map((o: any) => o.count), q.mean])).toEqual([
      [6, [6, 0, 0, 0], null],
      [6, [6, 0, 6, 0], null],
      [6, [], 3],
      [6, [], null],
    ]);
    expect((await send(tochigiGovernment, SurveyDashboardDocument, { surveyId: survey.id, prefectureCode: '09' })).surveyReport.totalResponses).toBe(6);
    expect(codes(await portal.send(tochigiGovernment, SurveyDashboardDocument, { surveyId: survey.id, prefectureCode: '13' }))).toEqual(['FORBIDDEN']);
  });

  it('FieldIssueDashboard: this fiscal year is not over, so today\'s reports wait; last year\'s show, a group of two withheld', async () => {
    expect((await send(analyst, FieldIssueDashboardDocument, { filter: null })).fieldIssueSummary).toEqual([]);
    await portal.publish(
      ...Array.from({ length: 6 }, () => lastYearsReport('09', ['MEDICAL'], 'PARTNER_SHORTAGE', '2025-10-06T01:00:00.000Z')),
      ...Array.from({ length: 2 }, () => lastYearsReport('13', ['EMPLOYMENT'], 'LANGUAGE_ACCESS', '2025-11-10T01:00:00.000Z')),
    );
    await portal.eventsApplied('last year\'s reports in reporting');
    expect((await send(analyst, FieldIssueDashboardDocument, { filter: null })).fieldIssueSummary).toEqual([
      { prefectureCode: '09', field: 'MEDICAL', category: 'PARTNER_SHORTAGE', count: 6, suppressed: false },
      { prefectureCode: '13', field: 'EMPLOYMENT', category: 'LANGUAGE_ACCESS', count: null, suppressed: true },
    ]);
    expect((await send(analyst, FieldIssueDashboardDocument, { filter: { ...(examples.FieldIssueDashboard!.filter as object), since: '2025-04-01T00:00:00+09:00' } })).fieldIssueSummary).toEqual([
      { prefectureCode: '09', field: 'MEDICAL', category: 'PARTNER_SHORTAGE', count: 6, suppressed: false },
    ]);
    expect((await send(tochigiGovernment, FieldIssueDashboardDocument, { filter: null })).fieldIssueSummary.map((c: any) => c.prefectureCode)).toEqual(['09']);
    expect(codes(await portal.send(tochigiGovernment, FieldIssueDashboardDocument, { filter: { prefectureCodes: ['13'] } }))).toEqual(['FORBIDDEN']);
  });

  it('FieldIssueTrend: the country month by month, a month of two reporters withheld', async () => {
    const months = (await send(analyst, FieldIssueTrendDocument, { filter: { since: '2025-10-01T00:00:00+09:00', until: '2025-11-01T00:00:00+09:00' } })).fieldIssueTrend;
    expect(months).toEqual([
      { month: '2025-10', field: 'EMPLOYMENT', category: 'LANGUAGE_ACCESS', count: 0, suppressed: false },
      { month: '2025-11', field: 'EMPLOYMENT', category: 'LANGUAGE_ACCESS', count: null, suppressed: true },
      { month: '2025-10', field: 'MEDICAL', category: 'PARTNER_SHORTAGE', count: 6, suppressed: false },
      { month: '2025-11', field: 'MEDICAL', category: 'PARTNER_SHORTAGE', count: 0, suppressed: false },
    ]);
    expect(codes(await portal.send(tochigiGovernment, FieldIssueTrendDocument, {}))).toEqual(['FORBIDDEN']);
  });

  it('PartnerCoverage for Tochigi: medical has six coordinators, no partner and last year\'s six shortage reports; welfare and housing have the new partner', async () => {
    await portal.eventsApplied('the approved partner and last year\'s reports in reporting');
    const coverage: any[] = (await send(analyst, PartnerCoverageDocument, examples.PartnerCoverage)).partnerCoverage;
    const expected: Record<string, object> = {
      MEDICAL: { partnerCount: 0, coordinatorCount: 6, shortageReports: 6, gap: true },
      WELFARE: { partnerCount: 1, gap: false },
      HOUSING: { partnerCount: 1, gap: false },
    };
    expect(coverage).toEqual(CONSULTATION_FIELD_VALUES.map((field) => ({ field, partnerCount: 0, coordinatorCount: 0, shortageReports: 0, capacityDeclines: 0, gap: true, ...expected[field] })));
    expect((await send(tochigiGovernment, PartnerCoverageDocument, examples.PartnerCoverage)).partnerCoverage).toEqual(coverage);
    expect(codes(await portal.send(tochigiGovernment, PartnerCoverageDocument, { prefectureCode: '13' }))).toEqual(['FORBIDDEN']);
  });

  it('evidence of shortages: last year\'s referrals from Tochigi to Tokyo, declined there for capacity, and Tochigi\'s unanswered board questions', async () => {
    const senders = Array.from({ length: 6 }, () => randomUUID());
    await portal.publish(
      ...senders.map((contributorId) =>
        lastYearsCollaboration('referral.status_changed', { referralId: randomUUID(), contributorId, originPrefectureCode: '09', destinationPrefectureCode: '13', fields: ['MEDICAL'], status: 'OPEN' }, '2025-09-01T01:00:00.000Z'),
      ),
      ...senders.map((contributorId) =>
        lastYearsCollaboration('referral.declined', { referralId: randomUUID(), contributorId, destinationPrefectureCode: '13', fields: ['MEDICAL'], reason: 'NO_CAPACITY', receiverKind: 'PARTNER' }, '2025-09-02T01:00:00.000Z'),
      ),
      ...senders.map((contributorId) => lastYearsCollaboration('consultation.question_posted', { threadId: randomUUID(), contributorId, prefectureCode: '09', fields: ['MEDICAL'] }, '2025-09-03T01:00:00.000Z')),
    );
    // The questions come last in the stream: once they show, the referrals are applied too.
    await eventually(async () => (await portal.send(analyst, UnansweredQuestionsDocument, { filter: null })).data?.unansweredQuestions?.[0]?.count === 6, 'last year\'s questions in the dashboard');
    const flow = { originPrefectureCode: '09', originPrefectureName: '栃木県', destinationPrefectureCode: '13', destinationPrefectureName: '東京都', field: 'MEDICAL', outcome: 'SENT', count: 6, suppressed: false };
    expect((await send(analyst, ReferralFlowsDocument, { filter: null })).referralFlows).toEqual([flow]);
    expect((await send(tochigiGovernment, ReferralFlowsDocument, examples.ReferralFlows)).referralFlows).toEqual([flow]);
    expect((await send(tochigiGovernment, UnansweredQuestionsDocument, examples.UnansweredQuestions)).unansweredQuestions).toEqual([
      { prefectureCode: '09', prefectureName: '栃木県', field: 'MEDICAL', count: 6, suppressed: false },
    ]);
    const tokyoMedical = (await send(analyst, PartnerCoverageDocument, { prefectureCode: '13' })).partnerCoverage.find((r: any) => r.field === 'MEDICAL');
    expect(tokyoMedical).toMatchObject({ capacityDeclines: 6, gap: true });
  });

  it('coordinators see no dashboard', async () => {
    for (const [operation, variables] of [
      [SurveyDashboardDocument, { surveyId: survey.id }],
      [FieldIssueDashboardDocument, examples.FieldIssueDashboard],
      [PartnerCoverageDocument, examples.PartnerCoverage],
      [ReferralFlowsDocument, examples.ReferralFlows],
      [UnansweredQuestionsDocument, examples.UnansweredQuestions],
    ] as const) {
      expect(codes(await portal.send(tochigi[0]!, operation, variables))).toEqual(['FORBIDDEN']);
    }
  });
});
