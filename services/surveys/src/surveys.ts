import { conflict, notFound } from '@portal/platform';
import { checkAnswers } from './answers';
import type { SurveyRow } from './db/schema';
import { responseSubmitted, surveyAnswered, surveyClosed, surveyOpened } from './events';
import type { AnswersInput, SurveyInput } from './inputs';
import { buildQuestions, effectiveStatus } from './questionnaire';
import type { Store } from './store';

// The survey workflow: DRAFT (editable) → OPEN (frozen, answered) → CLOSED.

function requireDraft(row: SurveyRow | null, id: string, action: string, now: Date): SurveyRow {
  if (!row) throw notFound('Survey', id);
  const status = effectiveStatus(row, now);
  if (status !== 'DRAFT') throw conflict(`Survey ${id} is ${status}; only a DRAFT survey can be ${action}`);
  return row;
}

const content = (input: SurveyInput) => ({
  title: input.title,
  description: input.description,
  closesAt: input.closesAt,
  questions: buildQuestions(input.questions),
});

export function createSurvey(store: Store, input: SurveyInput, createdBy: string): Promise<SurveyRow> {
  return store.insertSurvey({ ...content(input), createdBy });
}

/** Replaces a draft's content; its questions get new ids (nobody has answered a draft). */
export function updateSurvey(store: Store, id: string, input: SurveyInput, now = new Date()): Promise<SurveyRow> {
  return store.transaction(async (tx) => {
    requireDraft(await tx.lockSurvey(id, 'update'), id, 'edited', now);
    return tx.updateSurvey(id, content(input));
  });
}

export function openSurvey(store: Store, id: string, traceparent: string, now = new Date()): Promise<SurveyRow> {
  return store.transaction(async (tx) => {
    const draft = requireDraft(await tx.lockSurvey(id, 'update'), id, 'opened', now);
    if (draft.closesAt && draft.closesAt.getTime() <= now.getTime()) {
      throw conflict(`Survey ${id} would close at ${draft.closesAt.toISOString()}, which has passed; update the draft first`);
    }
    const row = await tx.updateSurvey(id, { status: 'OPEN', openedAt: now });
    await tx.recordEvents([surveyOpened(row)], traceparent);
    return row;
  });
}

/** Closes an OPEN survey, also one whose closesAt has passed, so that its closing is on record. */
export function closeSurvey(store: Store, id: string, traceparent: string, now = new Date()): Promise<SurveyRow> {
  return store.transaction(async (tx) => {
    const current = await tx.lockSurvey(id, 'update');
    if (!current) throw notFound('Survey', id);
    if (current.status !== 'OPEN') throw conflict(`Survey ${id} is ${current.status}; only an OPEN survey can be closed`);
    const row = await tx.updateSurvey(id, { status: 'CLOSED', closedAt: now });
    // Responses share-lock the survey, so none is half-way while this lock is held.
    const [responses] = await tx.countResponses([id]);
    await tx.recordEvents([surveyClosed(row, responses?.count ?? 0)], traceparent);
    return row;
  });
}

/**
 * Records a coordinator's one response to an OPEN survey, with their primary prefecture as
 * the coordinator projection knows it. The survey is share-locked, so it cannot close
 * half-way; a second response, even a simultaneous one, meets the unique constraint.
 */
export function submitResponse(store: Store, surveyId: string, accountId: string, given: AnswersInput, traceparent: string, now = new Date()) {
  return store.transaction(async (tx) => {
    const survey = await tx.lockSurvey(surveyId, 'share');
    if (!survey || survey.status === 'DRAFT') throw notFound('Survey', surveyId);
    if (effectiveStatus(survey, now) !== 'OPEN') throw conflict(`Survey ${surveyId} is closed and takes no more responses`);
    const answers = checkAnswers(survey.questions, given);
    const response = await tx.insertResponse({
      surveyId,
      accountId,
      respondentPrefectureCode: await tx.primaryPrefectureOf(accountId),
      answers,
    });
    if (!response) throw conflict(`You have already answered survey ${surveyId}`);
    await tx.recordEvents([responseSubmitted(response), surveyAnswered(surveyId, accountId)], traceparent);
    return response;
  });
}
