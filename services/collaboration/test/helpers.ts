import { randomUUID } from 'node:crypto';
import postgres from 'postgres';
import { afterAll, beforeAll } from 'vitest';
import type { ServiceOptions } from '@portal/platform';
import { applyPartnerEvent, type EventEnvelope } from '@portal/platform/events';
import { applyEvents, useSubgraph, type TestCaller } from '@portal/platform/testing';
import { service as collaboration } from '../src/service';
import { applyCoordinatorEvents } from '../src/erasure';

export { admin, analyst, coordinator, localGovernment } from '@portal/platform/testing';

let clock = Date.parse('2026-11-01T00:00:00Z');
const envelope = (type: string, producer: string, data: Record<string, unknown>): EventEnvelope => {
  clock += 60_000;
  return { id: randomUUID(), type, version: 1, occurredAt: new Date(clock).toISOString(), producer, data };
};

export interface DirectoryCoordinator {
  caller: TestCaller;
  coordinatorId: string;
  prefectureCodes: string[];
  fields: string[];
  languages: string[];
  certificationStatus?: 'ACTIVE' | 'SUSPENDED' | 'REVOKED';
}

export interface DirectoryPartner {
  partnerId: string;
  prefectureCodes: string[];
  nationwide?: boolean;
  fields: string[];
  languages: string[];
}

/** A coordinator as the directory registers them. */
export const registered = (c: DirectoryCoordinator) =>
  envelope('coordinator.registered', 'coordinators', {
    coordinatorId: c.coordinatorId,
    accountId: c.caller.sub,
    prefectureCodes: c.prefectureCodes,
    primaryPrefectureCode: c.prefectureCodes[0] ?? null,
    fields: c.fields,
    languages: c.languages,
    certificationStatus: c.certificationStatus ?? 'ACTIVE',
    validUntil: '2029-09-30',
  });

export const approved = (p: DirectoryPartner) =>
  envelope('partner.approved', 'partners', { partnerId: p.partnerId, fields: p.fields, prefectureCodes: p.prefectureCodes, nationwide: p.nationwide ?? false, languages: p.languages });

/** A collaboration subgraph on a fresh database, with a connection of the test's own to its tables. */
export function useCollaborationService(options: Partial<ServiceOptions> = {}) {
  const subgraph = useSubgraph(collaboration, options);
  let sql: postgres.Sql | undefined;
  beforeAll(() => {
    sql = postgres(subgraph.databaseUrl, { max: 2, onnotice: () => {} });
  });
  afterAll(async () => {
    await sql?.end();
  });
  return {
    run: subgraph.run,
    ok: subgraph.ok,
    countStatements: subgraph.countStatements,
    get databaseUrl() {
      return subgraph.databaseUrl;
    },
    get sql() {
      return sql!;
    },
    /** Puts coordinators and partners into the directory projection, as their events would. */
    async directory(coordinators: DirectoryCoordinator[], partners: DirectoryPartner[] = []) {
      await applyEvents(subgraph.databaseUrl, applyCoordinatorEvents, ...coordinators.map(registered));
      await applyEvents(subgraph.databaseUrl, applyPartnerEvent, ...partners.map(approved));
    },
    /** The types of the events recorded in the outbox, oldest first. */
    async outbox(): Promise<{ type: string; aggregateId: string; data: Record<string, unknown> }[]> {
      return sql!`select type, aggregate_id as "aggregateId", data from outbox order by seq`;
    },
  };
}

/** A member of the directory: a coordinator caller with their directory entry. */
export function member(sub: string, prefectureCodes: string[], fields: string[] = ['MEDICAL'], languages: string[] = ['vi']): DirectoryCoordinator {
  return { caller: { sub, roles: ['COORDINATOR'] }, coordinatorId: randomUUID(), prefectureCodes, fields, languages };
}

export const REFERRAL_FIELDS = /* GraphQL */ `
  id status fields languages urgency originPrefectureCode destinationPrefectureCode description sentByMe
  receivers { id answer declineReason isMe coordinator { accountId } partner { id } }
  acceptedBy { id }
  history { action by declineReason receiver { id } }
`;

export const SEND = /* GraphQL */ `
  mutation SendReferral($input: SendReferralInput!) { sendReferral(input: $input) { ${REFERRAL_FIELDS} } }
`;
export const ANSWER = /* GraphQL */ `
  mutation AnswerReferral($input: AnswerReferralInput!) { answerReferral(input: $input) { ${REFERRAL_FIELDS} } }
`;
export const COMPLETE = /* GraphQL */ `mutation($id: ID!) { completeReferral(id: $id) { id status history { action by } } }`;
export const WITHDRAW = /* GraphQL */ `mutation($id: ID!) { withdrawReferral(id: $id) { id status history { action by } } }`;
export const REFERRAL = /* GraphQL */ `query($id: ID!) { referral(id: $id) { ${REFERRAL_FIELDS} } }`;

/** A valid referral from Tochigi to Gunma; `changes` override its fields. */
export const referralInput = (receivers: { coordinatorId?: string; partnerId?: string }[], changes: Record<string, unknown> = {}) => ({
  receivers,
  fields: ['MEDICAL'],
  languages: ['vi'],
  urgency: 'SOON',
  originPrefectureCode: '09',
  destinationPrefectureCode: '10',
  description: '転居予定の相談者。群馬県内でベトナム語の医療通訳を伴う受診支援をお願いしたい。',
  residentDetailsOutsidePortal: true,
  ...changes,
});

export const THREAD_FIELDS = /* GraphQL */ `
  id title body fields languages prefectureCode regionCode status visibility hiddenReason askedByMe invitedMe
  piiFindings { kind field }
  answers { id body byMe isSolving visibility hiddenReason piiFindings { kind } }
  solvingAnswer { id }
  caseStudyDraftRequestedAt
`;
export const ASK = /* GraphQL */ `
  mutation AskConsultationQuestion($input: ConsultationQuestionInput!) { askConsultationQuestion(input: $input) { ${THREAD_FIELDS} } }
`;
export const ANSWER_QUESTION = /* GraphQL */ `
  mutation AnswerConsultationQuestion($threadId: ID!, $body: String!) { answerConsultationQuestion(threadId: $threadId, body: $body) { id body visibility piiFindings { kind } } }
`;
export const THREAD = /* GraphQL */ `query($id: ID!) { consultationThread(id: $id) { ${THREAD_FIELDS} } }`;

export const questionInput = (changes: Record<string, unknown> = {}) => ({
  title: '夜間に受診できる医療通訳の探し方',
  body: 'ネパール語の医療通訳が夜間に必要な相談が増えています。他県ではどのように手配していますか。',
  fields: ['MEDICAL'],
  languages: ['ne'],
  prefectureCode: '09',
  ...changes,
});
