import { randomUUID } from 'node:crypto';
import { CONSULTATION_FIELDS, PREFECTURE_CODES, PREFECTURES, type QuestionKind } from '@portal/platform';
import type { OptionRow, QuestionRow, SurveyRow, SurveyStatus } from './db/schema';

// What a survey is made of and how its state reads; no SQL here.

/** Scales run between small integers: -10 … 10 at the widest. */
export const SCALE_LIMIT = 10;

/** Kinds answered by naming options. */
export const CHOICE_KINDS: ReadonlySet<QuestionKind> = new Set(['SINGLE_CHOICE', 'MULTIPLE_CHOICE', 'PREFECTURE', 'CONSULTATION_FIELD']);

// The options of vocabulary questions are the vocabulary itself: the option id is the code
// (prefecture "09", field "MEDICAL"), so that answers and events carry the codes.
const PREFECTURE_OPTIONS: OptionRow[] = PREFECTURE_CODES.map((id) => ({ id, label: PREFECTURES[id] }));
const FIELD_OPTIONS: OptionRow[] = Object.entries(CONSULTATION_FIELDS).map(([id, label]) => ({ id, label }));

/** How many options a question of the kind offers. */
export function choiceCount(kind: QuestionKind, ownOptions: number): number {
  if (kind === 'PREFECTURE') return PREFECTURE_OPTIONS.length;
  if (kind === 'CONSULTATION_FIELD') return FIELD_OPTIONS.length;
  return ownOptions;
}

export interface QuestionDraft {
  kind: QuestionKind;
  prompt: string;
  required: boolean;
  options?: string[] | null;
  maxChoices?: number | null;
  scaleMin?: number | null;
  scaleMax?: number | null;
}

function optionsOf(draft: QuestionDraft): OptionRow[] {
  if (draft.kind === 'PREFECTURE') return PREFECTURE_OPTIONS;
  if (draft.kind === 'CONSULTATION_FIELD') return FIELD_OPTIONS;
  return (draft.options ?? []).map((label) => ({ id: randomUUID(), label }));
}

/** Questions as stored, each with an id of its own and the ids of its options, in the order given. */
export function buildQuestions(drafts: QuestionDraft[]): QuestionRow[] {
  return drafts.map((draft) => ({
    id: randomUUID(),
    kind: draft.kind,
    prompt: draft.prompt,
    required: draft.required,
    options: optionsOf(draft),
    maxChoices: draft.kind === 'SINGLE_CHOICE' ? 1 : (draft.maxChoices ?? null),
    scaleMin: draft.scaleMin ?? null,
    scaleMax: draft.scaleMax ?? null,
  }));
}

type SurveyState = Pick<SurveyRow, 'status' | 'closesAt' | 'closedAt'>;

const pastCloseTime = (row: SurveyState, now: Date) => row.closesAt !== null && row.closesAt.getTime() <= now.getTime();

/** An OPEN survey whose closesAt has passed is CLOSED, whether or not an admin closed it. */
export function effectiveStatus(row: SurveyState, now = new Date()): SurveyStatus {
  return row.status === 'OPEN' && pastCloseTime(row, now) ? 'CLOSED' : row.status;
}

/** When the survey stopped taking responses, if it has. */
export function effectiveClosedAt(row: SurveyState, now = new Date()): Date | null {
  // Closed by an admin after closesAt had passed: it had stopped taking responses at closesAt.
  if (row.status === 'CLOSED') return row.closesAt && row.closedAt && row.closesAt < row.closedAt ? row.closesAt : row.closedAt;
  return row.status === 'OPEN' && pastCloseTime(row, now) ? row.closesAt : null;
}
