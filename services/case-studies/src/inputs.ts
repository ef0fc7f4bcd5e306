import { z } from 'zod';
import {
  absentWhenNull,
  badInput,
  CONSULTATION_FIELD_VALUES,
  consultationField,
  distinctList,
  filterInput,
  httpUrl,
  optionalText,
  parseInput,
  prefectureCode,
  requiredText,
  type ReviewDecision,
  searchText,
} from '@portal/platform';
import { CASE_STUDY_KINDS, CASE_STUDY_STATUSES, MEETING_FORMATS } from './db/schema';


const TITLE_MAX = 200;
const SUMMARY_MAX = 1_000;
const BODY_MAX = 20_000;

const caseStudyFields = {
  kind: z.enum(CASE_STUDY_KINDS),
  title: requiredText(TITLE_MAX),
  summary: requiredText(SUMMARY_MAX),
  body: requiredText(BODY_MAX),
  fields: distinctList(consultationField, CONSULTATION_FIELD_VALUES.length).refine((list) => list.length > 0, 'must name at least one field'),
  prefectureCode,
};

export const caseStudyInput = z.object(caseStudyFields);
export type CaseStudyInput = z.infer<typeof caseStudyInput>;

// A field left out (or null) is unchanged.
export const caseStudyUpdateInput = z.object({
  kind: absentWhenNull(caseStudyFields.kind),
  title: absentWhenNull(caseStudyFields.title),
  summary: absentWhenNull(caseStudyFields.summary),
  body: absentWhenNull(caseStudyFields.body),
  fields: absentWhenNull(caseStudyFields.fields),
  prefectureCode: absentWhenNull(caseStudyFields.prefectureCode),
});
export type CaseStudyUpdateInput = z.infer<typeof caseStudyUpdateInput>;

const ANONYMIZATION_CHECKLIST = [
  'personalNamesRemoved',
  'contactDetailsRemoved',
  'residenceCardNumbersRemoved',
  'consentObtainedOrNotIdentifiable',
] as const;

/** Each item of the posting guideline's checklist must be confirmed, and is named when it is not. */
export const anonymizationChecklist = z.object(
  Object.fromEntries(ANONYMIZATION_CHECKLIST.map((item) => [item, z.literal(true, { error: 'must be confirmed (true) before submitting' })])) as Record<
    (typeof ANONYMIZATION_CHECKLIST)[number],
    z.ZodLiteral<true>
  >,
);

const reviewNote = optionalText(2_000);

/** A reviewer's decision; a rejection must say why. */
export function parseReview(decision: ReviewDecision, note: unknown) {
  const parsed = parseInput(reviewNote, note, 'note');
  if (decision === 'REJECT' && !parsed) throw badInput({ field: 'note', message: 'must give the reason for a rejection' });
  return { decision, note: parsed };
}

export const caseStudyFilter = filterInput({
  kinds: z.array(z.enum(CASE_STUDY_KINDS)),
  fields: z.array(consultationField),
  prefectureCodes: z.array(prefectureCode).max(47),
  text: searchText,
  statuses: distinctList(z.enum(CASE_STUDY_STATUSES), CASE_STUDY_STATUSES.length),
  mine: z.boolean(),
});

export const id = (what: string) => z.uuid(`is not a ${what} id`);
export const isUuid = (value: unknown) => z.uuid().safeParse(value).success;

const MAX_LINKED_CASE_STUDIES = 20;

export const studyMeetingInput = z
  .object({
    title: requiredText(200),
    description: optionalText(4_000),
    startsAt: z.date().refine((startsAt) => startsAt > new Date(), 'must be in the future'),
    endsAt: z.date(),
    format: z.enum(MEETING_FORMATS),
    location: optionalText(200),
    onlineUrl: httpUrl.nullish().transform((v) => v ?? null),
    capacity: z.number().int().min(1, 'must be at least 1').max(10_000, 'must be at most 10000'),
    caseStudyIds: distinctList(id('case study'), MAX_LINKED_CASE_STUDIES)
      .nullish()
      .transform((v) => v ?? []),
  })
  .superRefine((meeting, ctx) => {
    if (meeting.endsAt <= meeting.startsAt) ctx.addIssue({ code: 'custom', path: ['endsAt'], message: 'must be after startsAt' });
    if (meeting.format !== 'ONLINE' && !meeting.location) {
      ctx.addIssue({ code: 'custom', path: ['location'], message: `is required for ${meeting.format} meetings` });
    }
  });
export type StudyMeetingInput = z.infer<typeof studyMeetingInput>;
