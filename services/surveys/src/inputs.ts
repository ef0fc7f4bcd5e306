import { z } from 'zod';
import {
  CONSULTATION_FIELD_VALUES,
  consultationField,
  distinctList,
  FIELD_ISSUE_CATEGORIES,
  filterInput,
  optionalText,
  prefectureCode,
  QUESTION_KINDS,
  requiredText,
} from '@portal/platform';
import type { FieldIssueStatus } from './db/schema';
import { SCALE_LIMIT, choiceCount } from './questionnaire';


const MAX_QUESTIONS = 100;
const MAX_OPTIONS = 50;

const scaleBound = z.number().int().min(-SCALE_LIMIT, `must be at least -${SCALE_LIMIT}`).max(SCALE_LIMIT, `must be at most ${SCALE_LIMIT}`).nullish();

const questionInput = z
  .object({
    kind: z.enum(QUESTION_KINDS),
    prompt: requiredText(500),
    required: z
      .boolean()
      .nullish()
      .transform((v) => v ?? false),
    options: z.array(requiredText(200)).nullish(),
    maxChoices: z.number().int().min(1, 'must be at least 1').nullish(),
    scaleMin: scaleBound,
    scaleMax: scaleBound,
  })
  .superRefine((q, ctx) => {
    const issue = (path: string, message: string) => ctx.addIssue({ code: 'custom', path: [path], message });
    const hasOptions = q.kind === 'SINGLE_CHOICE' || q.kind === 'MULTIPLE_CHOICE';
    if (hasOptions) {
      const options = q.options ?? [];
      if (options.length < 2 || options.length > MAX_OPTIONS) issue('options', `a ${q.kind} question needs 2 to ${MAX_OPTIONS} options`);
      if (new Set(options).size !== options.length) issue('options', 'must not repeat a label');
    } else if (q.options != null) {
      issue('options', `a ${q.kind} question has no options of its own`);
    }
    if (q.kind === 'SCALE') {
      if (q.scaleMin == null || q.scaleMax == null) issue(q.scaleMin == null ? 'scaleMin' : 'scaleMax', 'is required for a SCALE question');
      else if (q.scaleMin >= q.scaleMax) issue('scaleMax', 'must be greater than scaleMin');
    } else {
      if (q.scaleMin != null) issue('scaleMin', 'is for SCALE questions only');
      if (q.scaleMax != null) issue('scaleMax', 'is for SCALE questions only');
    }
    if (q.maxChoices != null) {
      const limit = choiceCount(q.kind, q.options?.length ?? 0);
      if (q.kind !== 'MULTIPLE_CHOICE' && q.kind !== 'PREFECTURE' && q.kind !== 'CONSULTATION_FIELD') {
        issue('maxChoices', 'is for MULTIPLE_CHOICE, PREFECTURE and CONSULTATION_FIELD questions only');
      } else if (q.maxChoices > limit) {
        issue('maxChoices', `must be at most the number of options (${limit})`);
      }
    }
  });

export const surveyInput = z.object({
  title: requiredText(200),
  description: optionalText(2000),
  closesAt: z
    .date()
    .nullish()
    .transform((v) => v ?? null)
    .refine((d) => d === null || d.getTime() > Date.now(), 'must be in the future'),
  questions: z
    .array(questionInput)
    .min(1, 'must have at least one question')
    .max(MAX_QUESTIONS, `must have at most ${MAX_QUESTIONS} questions`),
});
export type SurveyInput = z.infer<typeof surveyInput>;

/** The shape of the answers; whether they fit the survey's questions is checked against them (answers.ts). */
export const answersInput = z
  .array(
    z.object({
      questionId: z.string(),
      optionIds: z.array(z.string()).max(100, 'must have at most 100 entries').nullish(),
      scale: z.number().int().nullish(),
      text: z.string().nullish(),
    }),
  )
  .max(MAX_QUESTIONS, `must have at most ${MAX_QUESTIONS} answers`);
export type AnswersInput = z.infer<typeof answersInput>;

export const surveyId = z.uuid('is not a survey id');
export const fieldIssueId = z.uuid('is not a field issue id');

export const fieldIssueInput = z.object({
  prefectureCode,
  fields: distinctList(consultationField, CONSULTATION_FIELD_VALUES.length).refine((l) => l.length > 0, 'must name at least one field'),
  category: z.enum(FIELD_ISSUE_CATEGORIES),
  description: requiredText(4000),
});
export type FieldIssueInput = z.infer<typeof fieldIssueInput>;

const FIELD_ISSUE_STATUSES = ['RECEIVED', 'UNDER_REVIEW', 'ADDRESSED'] as const satisfies readonly FieldIssueStatus[];

/** A public response to a field issue; null or left out keeps the current one. */
export const publicResponse = requiredText(4000)
  .nullish()
  .transform((v) => v ?? null);

export interface FieldIssueResponseInput {
  status: FieldIssueStatus;
  response: string | null;
}

export const fieldIssueFilter = filterInput({
  prefectureCodes: z.array(prefectureCode).max(47),
  fields: z.array(consultationField),
  categories: z.array(z.enum(FIELD_ISSUE_CATEGORIES)),
  statuses: z.array(z.enum(FIELD_ISSUE_STATUSES)),
});
export type FieldIssueFilter = z.infer<typeof fieldIssueFilter>;
