import { afterAll, beforeAll } from 'vitest';
import { connectDatabase } from '@portal/platform';
import { admin, useSubgraph, type TestCaller } from '@portal/platform/testing';
import { service as caseStudies } from '../src/service';
import * as schema from '../src/db/schema';
import { createStore, type Store } from '../src/store';

export { admin, analyst, coordinator, localGovernment } from '@portal/platform/testing';

/**
 * A case-studies subgraph on a fresh database of its own, with a counter of SQL statements
 * and a store for arranging what no caller can create (such as meetings in the past).
 */
export function useCaseStudiesService() {
  // Enough connections for the concurrency tests to really overlap.
  const subgraph = useSubgraph(caseStudies, { databasePoolSize: 25 });
  const state = { store: undefined as unknown as Store, close: async () => {} };
  beforeAll(() => {
    const direct = connectDatabase({ url: subgraph.databaseUrl, schema, poolSize: 2 });
    state.store = createStore(direct.db);
    state.close = direct.close;
  });
  afterAll(() => state.close());
  return Object.defineProperty(subgraph, 'store', { get: () => state.store }) as typeof subgraph & { readonly store: Store };
}

export const CHECKLIST = {
  personalNamesRemoved: true,
  contactDetailsRemoved: true,
  residenceCardNumbersRemoved: true,
  consentObtainedOrNotIdentifiable: true,
};

export const CASE_INPUT = {
  kind: 'CONSULTATION',
  title: '技能実習生の未払い賃金相談を労働基準監督署につないだ事例',
  summary: '通訳同行と記録整理により申告まで支援した。',
  body: '相談者は製造業で働く20代の技能実習生。',
  fields: ['EMPLOYMENT', 'LEGAL'],
  prefectureCode: '23',
};

export const DRAFT = /* GraphQL */ `
  mutation DraftCaseStudy($input: CaseStudyInput!) {
    createCaseStudyDraft(input: $input) { id status }
  }
`;

export const UPDATE = /* GraphQL */ `
  mutation($id: ID!, $input: CaseStudyUpdateInput!) {
    updateCaseStudyDraft(id: $id, input: $input) { id status title summary body kind fields prefectureCode reviewerNote piiFindings { kind excerpt } }
  }
`;

export const SUBMIT = /* GraphQL */ `
  mutation SubmitCaseStudy($id: ID!, $checklist: AnonymizationChecklistInput!) {
    submitCaseStudy(id: $id, checklist: $checklist) { id status piiFindings { kind excerpt } }
  }
`;

export const REVIEW = /* GraphQL */ `
  mutation ReviewCaseStudy($id: ID!, $decision: ReviewDecision!, $note: String) {
    reviewCaseStudy(id: $id, decision: $decision, note: $note) { id status publishedAt reviewerNote }
  }
`;

export const ARCHIVE = 'mutation($id: ID!) { archiveCaseStudy(id: $id) { id status } }';

export const LIBRARY = /* GraphQL */ `
  query CaseLibrary($filter: CaseStudyFilter, $first: Int, $after: String) {
    caseStudies(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { cursor node { id kind title status publishedAt } }
    }
  }
`;

export const SCHEDULE = /* GraphQL */ `
  mutation ScheduleStudyMeeting($input: StudyMeetingInput!) {
    scheduleStudyMeeting(input: $input) { id title capacity }
  }
`;

export const REGISTER = /* GraphQL */ `
  mutation RegisterForStudyMeeting($id: ID!) {
    registerForStudyMeeting(id: $id) { id registeredCount viewerIsRegistered }
  }
`;

export const CANCEL = 'mutation($id: ID!) { cancelStudyMeetingRegistration(id: $id) { id registeredCount viewerIsRegistered } }';

/** A case study by `author`, taken through the workflow to `status` (DRAFT, SUBMITTED or PUBLISHED). */
export async function caseStudy(
  service: ReturnType<typeof useCaseStudiesService>,
  author: TestCaller,
  status: 'DRAFT' | 'SUBMITTED' | 'PUBLISHED',
  input: Partial<typeof CASE_INPUT> = {},
): Promise<string> {
  const draft = await service.run(author, DRAFT, { input: { ...CASE_INPUT, ...input } });
  if (draft.errors) throw new Error(JSON.stringify(draft.errors));
  const id = draft.data!.createCaseStudyDraft.id as string;
  if (status === 'DRAFT') return id;
  const submitted = await service.run(author, SUBMIT, { id, checklist: CHECKLIST });
  if (submitted.data?.submitCaseStudy.status !== 'SUBMITTED') throw new Error(JSON.stringify(submitted));
  if (status === 'SUBMITTED') return id;
  await service.run(admin, REVIEW, { id, decision: 'APPROVE' });
  return id;
}
