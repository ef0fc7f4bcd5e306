import { randomUUID } from 'node:crypto';
import { drizzle } from 'drizzle-orm/postgres-js';
import postgres from 'postgres';
import { afterAll, beforeAll } from 'vitest';
import type { ServiceOptions } from '@portal/platform';
import { applyCoordinatorEvent, type EventEnvelope } from '@portal/platform/events';
import { admin, useSubgraph } from '@portal/platform/testing';
import { service as surveys } from '../src/service';

export { admin, analyst, coordinator, localGovernment } from '@portal/platform/testing';

export interface OutboxRow {
  type: string;
  aggregate_id: string;
  data: Record<string, any>;
}

/**
 * A surveys subgraph on a fresh database of its own, with a counter of SQL statements and
 * direct SQL for what clients cannot see (the outbox, the coordinator projection).
 */
export function useSurveysService(options: Partial<ServiceOptions> = {}) {
  // Enough connections for the simultaneous submits of the concurrency test.
  const subgraph = useSubgraph(surveys, { databasePoolSize: 10, ...options });
  let sql: postgres.Sql;
  beforeAll(() => {
    sql = postgres(subgraph.databaseUrl, { max: 2, onnotice: () => {} });
  });
  afterAll(() => sql?.end());
  return {
    get app() {
      return subgraph.app;
    },
    get databaseUrl() {
      return subgraph.databaseUrl;
    },
    get sql() {
      return sql;
    },
    run: subgraph.run,
    ok: subgraph.ok,
    countStatements: subgraph.countStatements,
    outbox: () => sql<OutboxRow[]>`select type, aggregate_id, data from outbox order by seq`,
    /** Applies coordinator events to the projection as the consumer would, in one transaction. */
    async applyCoordinatorEvents(events: EventEnvelope[]) {
      await drizzle(sql).transaction(async (tx) => {
        for (const event of events) await applyCoordinatorEvent(tx, event);
      });
    },
  };
}

/** A coordinator event as the coordinators service publishes it. */
export function coordinatorEvent(accountId: string, prefectureCodes: string[], type = 'coordinator.registered', occurredAt = new Date().toISOString()): EventEnvelope {
  return {
    id: randomUUID(),
    type,
    version: 1,
    occurredAt,
    producer: 'coordinators',
    data: {
      coordinatorId: randomUUID(),
      accountId,
      prefectureCodes,
      primaryPrefectureCode: prefectureCodes[0] ?? null,
      fields: ['MEDICAL'],
      languages: ['vi'],
      certificationStatus: 'ACTIVE',
      validUntil: '2028-09-30',
    },
  };
}

export const SURVEY_FIELDS = /* GraphQL */ `
  id title description status closesAt openedAt closedAt
  questions { id kind prompt required options { id label } maxChoices scaleMin scaleMax }
`;

export const CREATE_SURVEY = /* GraphQL */ `
  mutation CreateSurvey($input: CreateSurveyInput!) { createSurvey(input: $input) { ${SURVEY_FIELDS} } }
`;
export const UPDATE_SURVEY = /* GraphQL */ `
  mutation UpdateSurvey($id: ID!, $input: CreateSurveyInput!) { updateSurvey(id: $id, input: $input) { ${SURVEY_FIELDS} } }
`;
export const OPEN_SURVEY = /* GraphQL */ `mutation OpenSurvey($id: ID!) { openSurvey(id: $id) { id status openedAt } }`;
export const CLOSE_SURVEY = /* GraphQL */ `mutation CloseSurvey($id: ID!) { closeSurvey(id: $id) { id status closedAt } }`;
export const SUBMIT = /* GraphQL */ `
  mutation SubmitSurveyResponse($surveyId: ID!, $answers: [AnswerInput!]!) {
    submitSurveyResponse(surveyId: $surveyId, answers: $answers) { id submittedAt }
  }
`;
export const EXPORT = /* GraphQL */ `query Export($surveyId: ID!) { surveyResponsesCsv(surveyId: $surveyId) }`;

/** The contract's example survey (CreateSurvey in examples.json), with every other kind added. */
export function exampleSurvey(overrides: Record<string, unknown> = {}) {
  return {
    title: '令和8年度 活動状況アンケート',
    description: '活動状況と地域課題の把握のため',
    closesAt: '2099-03-31T23:59:59+09:00',
    questions: [
      { kind: 'SINGLE_CHOICE', prompt: '主な勤務形態', required: true, options: ['地方公共団体', '国際交流協会', 'NPO', 'その他'] },
      { kind: 'MULTIPLE_CHOICE', prompt: '対応が難しかった分野', required: false, options: ['医療', '労働', '住宅', '教育'] },
      { kind: 'SCALE', prompt: '連携先の充足度', required: true, scaleMin: 1, scaleMax: 5 },
      { kind: 'FREE_TEXT', prompt: '制度上の課題', required: false },
      { kind: 'PREFECTURE', prompt: '主に活動している都道府県', required: false, maxChoices: 2 },
      { kind: 'CONSULTATION_FIELD', prompt: '相談の多い分野', required: false },
    ],
    ...overrides,
  };
}

export interface CreatedSurvey {
  id: string;
  questions: { id: string; kind: string; prompt: string; options: { id: string; label: string }[] }[];
}

/** Creates (and by default opens) a survey as an agency admin. */
export async function createSurvey(
  service: ReturnType<typeof useSurveysService>,
  input: Record<string, unknown> = exampleSurvey(),
  open = true,
): Promise<CreatedSurvey> {
  const created = await service.run(admin, CREATE_SURVEY, { input });
  if (created.errors) throw new Error(JSON.stringify(created.errors));
  const survey = created.data!.createSurvey as CreatedSurvey;
  if (open) {
    const opened = await service.run(admin, OPEN_SURVEY, { id: survey.id });
    if (opened.errors) throw new Error(JSON.stringify(opened.errors));
  }
  return survey;
}

/** A complete, valid set of answers to the example survey. */
export function validAnswers(survey: CreatedSurvey) {
  const [q1, q2, q3, q4] = survey.questions;
  return [
    { questionId: q1!.id, optionIds: [q1!.options[0]!.id] },
    { questionId: q2!.id, optionIds: [q2!.options[0]!.id, q2!.options[2]!.id] },
    { questionId: q3!.id, scale: 2 },
    { questionId: q4!.id, text: '夜間の医療通訳が地域にない' },
  ];
}
