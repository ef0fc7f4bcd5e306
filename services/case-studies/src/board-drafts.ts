import { CONSULTATION_FIELD_VALUES, type ConsultationField, type Executor } from '@portal/platform';
import { parseEventData, type EventEnvelope } from '@portal/platform/events';
import { searchColumns } from './case-studies';
import { createStore } from './store';

/** The durable consumer of the board's requests for case-study drafts. */
export const BOARD_DRAFTS_CONSUMER = 'case-studies-board-drafts';
export const BOARD_DRAFT_EVENTS = 'consultation.case_study_requested';

const isField = (field: string): field is ConsultationField => (CONSULTATION_FIELD_VALUES as string[]).includes(field);

/**
 * A solved board thread whose asker wants it as a case study: their DRAFT (a consultation
 * case), to edit and submit like any other; it is screened for personal data on submission.
 */
export async function applyCaseStudyRequest(tx: Executor, event: EventEnvelope): Promise<void> {
  if (event.type !== BOARD_DRAFT_EVENTS) return;
  const request = parseEventData(BOARD_DRAFT_EVENTS, event.data);
  const at = new Date(event.occurredAt);
  const content = { title: request.title, summary: request.summary, body: request.body };
  // The consumer's transaction is on this service's own database; only its schema type differs.
  await createStore(tx as unknown as Parameters<typeof createStore>[0]).insertCaseStudy({
    authorAccountId: request.authorAccountId,
    kind: 'CONSULTATION',
    ...content,
    fields: request.fields.filter(isField),
    prefectureCode: request.prefectureCode,
    status: 'DRAFT',
    piiFindings: [],
    createdAt: at,
    updatedAt: at,
    sortAt: at,
    ...searchColumns(content),
  });
}
