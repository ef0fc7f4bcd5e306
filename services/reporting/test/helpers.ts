import { randomUUID } from 'node:crypto';
import { print } from 'graphql';
import { afterAll, beforeAll } from 'vitest';
import { CoverageMatrixDocument } from '@portal/client';
import { connectDatabase, type Database } from '@portal/platform';
import { applyBatchOnce, type CoordinatorSnapshot, type EventData, type EventEnvelope, type EventType, type PartnerSnapshot } from '@portal/platform/events';
import { coordinator, localGovernment, useSubgraph } from '@portal/platform/testing';
import { service as reporting } from '../src/service';
import * as schema from '../src/db/schema';
import { applyReportingEvents, REPORTING_CONSUMER } from '../src/projection';
import { REBUILT_TABLES } from '../src/replay';

export { admin, analyst } from '@portal/platform/testing';
/** A local government of Tochigi (09). */
export const tochigi = localGovernment;
export const member = coordinator('idp|c-1');

/** A reporting subgraph on a fresh database; events are applied by hand, as the consumer would. */
export function useReportingService(settings: { smallCellK?: number } = {}) {
  const subgraph = useSubgraph(reporting, { settings: { SMALL_CELL_K: settings.smallCellK } });
  let database: Database<typeof schema> | undefined;
  beforeAll(() => {
    database = connectDatabase({ url: subgraph.databaseUrl, schema, poolSize: 2 });
  });
  afterAll(async () => {
    await database?.close();
  });
  return {
    run: subgraph.run,
    ok: subgraph.ok,
    countStatements: subgraph.countStatements,
    /** Applies events one transaction each, through the consumer's inbox. */
    async apply(...events: EventEnvelope[]) {
      for (const event of events) await database!.db.transaction((tx) => applyBatchOnce(tx, REPORTING_CONSUMER, [event], applyReportingEvents));
    },
  };
}

/** Every table derived from the stream, row by row (processed_at aside, which is when, not what). */
export async function derivedTables(database: Database<typeof schema>) {
  const tables: Record<string, string[]> = {};
  for (const table of REBUILT_TABLES) {
    const rows = await database.sql.unsafe(`select to_jsonb(t) - 'processed_at' as row from public.${table} t`);
    tables[table] = rows.map((r) => JSON.stringify(r.row)).sort();
  }
  return tables;
}

let clock = Date.parse('2026-06-01T00:00:00Z');

/** An event as a producer publishes it; each one a millisecond after the previous unless `occurredAt` is given. */
export function portalEventOf<T extends EventType>(type: T, data: EventData<T>, occurredAt = new Date((clock += 1)).toISOString()): EventEnvelope {
  return { id: randomUUID(), type, version: 1, occurredAt, producer: 'tests', data: data as Record<string, unknown> };
}

export const coordinatorRegistered = (accountId: string, changes: Partial<CoordinatorSnapshot> = {}) =>
  portalEventOf('coordinator.registered', {
    coordinatorId: randomUUID(),
    accountId,
    prefectureCodes: ['09'],
    primaryPrefectureCode: '09',
    fields: ['MEDICAL'],
    languages: ['ne'],
    certificationStatus: 'ACTIVE',
    validUntil: '2099-03-31',
    ...changes,
  });

export const partnerSnapshot = (changes: Partial<PartnerSnapshot> = {}): PartnerSnapshot => ({
  partnerId: randomUUID(),
  fields: ['MEDICAL'],
  prefectureCodes: ['09'],
  nationwide: false,
  languages: ['ja'],
  ...changes,
});

/** A field issue, by a new contributor unless one is named. */
export const fieldIssueReported = (prefectureCode: string, fields: string[], category: string, occurredAt?: string, contributorId: string = randomUUID()) =>
  portalEventOf('field_issue.reported', { fieldIssueId: randomUUID(), contributorId, prefectureCode, fields, category }, occurredAt);

/** A referral's status change, sent by a new sender unless one is named. */
export const referralStatusChanged = (
  originPrefectureCode: string,
  destinationPrefectureCode: string,
  fields: string[],
  status: EventData<'referral.status_changed'>['status'],
  occurredAt?: string,
  contributorId: string = randomUUID(),
) => portalEventOf('referral.status_changed', { referralId: randomUUID(), contributorId, originPrefectureCode, destinationPrefectureCode, fields, status }, occurredAt);

/** One receiver's decline of a referral to a prefecture, sent by a new sender unless one is named. */
export const referralDeclined = (destinationPrefectureCode: string, fields: string[], reason: string, occurredAt?: string, contributorId: string = randomUUID()) =>
  portalEventOf('referral.declined', { referralId: randomUUID(), contributorId, destinationPrefectureCode, fields, reason, receiverKind: 'PARTNER' }, occurredAt);

/** A board question, asked by a new member unless one is named, and its first answer. */
export function boardQuestion(prefectureCode: string, fields: string[], postedAt: string, contributorId: string = randomUUID()) {
  const threadId = randomUUID();
  return {
    posted: portalEventOf('consultation.question_posted', { threadId, contributorId, prefectureCode, fields }, postedAt),
    answered: (answeredAt: string) => portalEventOf('consultation.question_answered', { threadId }, answeredAt),
  };
}

export interface SurveyFixture {
  surveyId: string;
  opened: EventEnvelope;
  /** Its closing, with the number of responses it closed with. */
  closed(responses: number): EventEnvelope;
  /** A response from a prefecture (null: unknown); answers by question id. */
  response(prefectureCode: string | null, answers: Record<string, { optionIds?: string[]; scale?: number }>): EventEnvelope;
}

/** A survey like the contract's example: q1 single choice, q2 multiple choice, q3 scale 1–5, q4 free text. */
export function exampleSurvey(): SurveyFixture {
  const surveyId = randomUUID();
  const options = (labels: string[], q: string) => labels.map((label, i) => ({ optionId: `${q}o${i + 1}`, label }));
  const opened = portalEventOf('survey.opened', {
    surveyId,
    closesAt: null,
    questions: [
      { questionId: 'q1', kind: 'SINGLE_CHOICE', prompt: '主な勤務形態', required: true, options: options(['地方公共団体', '国際交流協会', 'NPO', 'その他'], 'q1'), scaleMin: null, scaleMax: null },
      { questionId: 'q2', kind: 'MULTIPLE_CHOICE', prompt: '対応が難しかった分野', required: false, options: options(['医療', '労働', '住宅', '教育'], 'q2'), scaleMin: null, scaleMax: null },
      { questionId: 'q3', kind: 'SCALE', prompt: '連携先の充足度', required: true, options: [], scaleMin: 1, scaleMax: 5 },
      { questionId: 'q4', kind: 'FREE_TEXT', prompt: '制度上の課題', required: false, options: [], scaleMin: null, scaleMax: null },
    ],
  });
  return {
    surveyId,
    opened,
    closed: (responses) => portalEventOf('survey.closed', { surveyId, responses }),
    response: (prefectureCode, answers) =>
      portalEventOf('survey.response_submitted', {
        surveyId,
        responseId: randomUUID(),
        respondentPrefectureCode: prefectureCode,
        answers: Object.entries(answers).map(([questionId, a]) => ({ questionId, optionIds: a.optionIds ?? [], scale: a.scale ?? null })),
      }),
  };
}

export const SURVEY_DASHBOARD = /* GraphQL */ `
  query SurveyDashboard($surveyId: ID!, $prefectureCode: String) {
    surveyReport(surveyId: $surveyId, prefectureCode: $prefectureCode) {
      survey { id }
      prefectureCode
      totalResponses
      releasedAt
      lastEventAt
      respondentsByPrefecture { prefectureCode prefectureName count suppressed }
      questions { questionId prompt kind answeredCount options { optionId label count suppressed } mean }
    }
  }
`;

export const FIELD_ISSUE_DASHBOARD = /* GraphQL */ `
  query FieldIssueDashboard($filter: FieldIssueSummaryFilter) {
    fieldIssueSummary(filter: $filter) { prefectureCode prefectureName field category count suppressed }
  }
`;

export const REFERRAL_FLOWS = /* GraphQL */ `
  query ReferralFlows($filter: ReferralFlowFilter) {
    referralFlows(filter: $filter) { originPrefectureCode originPrefectureName destinationPrefectureCode destinationPrefectureName field outcome count suppressed }
  }
`;

export const UNANSWERED_QUESTIONS = /* GraphQL */ `
  query UnansweredQuestions($filter: UnansweredQuestionFilter) {
    unansweredQuestions(filter: $filter) { prefectureCode prefectureName field count suppressed }
  }
`;

export const PARTNER_COVERAGE = /* GraphQL */ `
  query PartnerCoverage($prefectureCode: String!) {
    partnerCoverage(prefectureCode: $prefectureCode) {
      field partnerCount coordinatorCount coordinatorCountSuppressed shortageReports shortageReportsSuppressed capacityDeclines capacityDeclinesSuppressed gap gapReasons
    }
  }
`;

/** The contract's own operation, as the dashboard sends it. */
export const PARTNER_COVERAGE_MATRIX = print(CoverageMatrixDocument);

export const REPORTED_SURVEYS = /* GraphQL */ `
  query ReportedSurveys { reportedSurveys { id survey { id } closesAt releasedAt } }
`;

export const REPORTING_FRESHNESS = /* GraphQL */ `
  query ReportingFreshness { reportingFreshness { lastEventAt smallCellK } }
`;
