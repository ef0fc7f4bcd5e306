import { z } from 'zod';
import {
  CONSULTATION_FIELD_VALUES,
  consultationField,
  distinctList,
  email,
  filterInput,
  LANGUAGE_LEVELS,
  languageTag,
  optionalText,
  phone,
  prefectureCode,
  quarter,
  requiredText,
  searchText,
} from '@portal/platform';


const activityRegions = z
  .array(z.object({ prefectureCode, municipality: optionalText(100) }))
  .min(1, 'must name at least one prefecture')
  .max(47, 'must have at most 47 entries');

const languages = z
  .array(z.object({ code: languageTag, level: z.enum(LANGUAGE_LEVELS) }))
  .max(20, 'must have at most 20 entries')
  .refine((list) => new Set(list.map((l) => l.code)).size === list.length, 'must name each language once');

export const updateProfileInput = z.object({
  name: requiredText(200).optional(),
  nameKana: optionalText(200).optional(),
  bio: optionalText(4000).optional(),
  expertiseFields: distinctList(consultationField, CONSULTATION_FIELD_VALUES.length).optional(),
  languages: languages.optional(),
  qualifications: distinctList(requiredText(200), 30).optional(),
  activityRegions: activityRegions.optional(),
  currentWorkplace: z.object({ name: requiredText(200), prefectureCode: prefectureCode.nullish() }).nullish(),
  contact: z.object({ email: email.nullish(), phone: phone.nullish() }).nullish(),
  contactVisibility: z.enum(['MEMBERS', 'PRIVATE']).optional(),
});
export type UpdateProfileInput = z.infer<typeof updateProfileInput>;

export const registerCoordinatorInput = z.object({
  accountId: requiredText(200),
  name: requiredText(200),
  nameKana: optionalText(200),
  cohortYear: z
    .number()
    .int()
    .min(2000, 'must be 2000 or later')
    .refine((year) => year <= new Date().getFullYear() + 1, 'must not be in the future'),
  email: email.nullish(),
  phone: phone.nullish(),
  activityRegions,
  expertiseFields: distinctList(consultationField, CONSULTATION_FIELD_VALUES.length).nullish(),
  languages: languages.nullish(),
});
export type RegisterCoordinatorInput = z.infer<typeof registerCoordinatorInput>;

export const coordinatorFilter = filterInput({
  prefectureCodes: z.array(prefectureCode).max(47),
  fields: z.array(consultationField),
  languages: z.array(languageTag).max(20),
  text: searchText,
});

export const coordinatorId = z.uuid('is not a coordinator id');

export const scheduleTrainingSessionInput = z
  .object({
    title: requiredText(200),
    heldOn: z.string(),
    format: z.enum(['ONLINE', 'IN_PERSON']),
    prefectureCode: prefectureCode.nullish(),
  })
  .superRefine((input, ctx) => {
    if (input.format === 'IN_PERSON' && !input.prefectureCode) ctx.addIssue({ code: 'custom', path: ['prefectureCode'], message: 'is required for IN_PERSON' });
    if (input.format === 'ONLINE' && input.prefectureCode) ctx.addIssue({ code: 'custom', path: ['prefectureCode'], message: 'is not given for ONLINE' });
  });

export const trainingSessionId = z.uuid('is not a training session id');

/** A quarter's count of one kind: more than this in three months is a typing error, not a busy quarter. */
export const MAX_QUARTER_COUNT = 5000;
/** The note beside the counts: short, and screened for personal data. */
export const ACTIVITY_NOTE_MAX = 200;

const quarterCount = z.number().int('must be a whole number').min(0, 'must not be negative').max(MAX_QUARTER_COUNT, `must be at most ${MAX_QUARTER_COUNT}`);

/**
 * Counts only, never a resident's data: fields from the vocabulary, languages as the
 * primary language of a BCP 47 tag (pt-BR counts as pt), prefectures by code.
 */
export const fileActivityReportInput = z.object({
  quarter,
  prefectureCodes: distinctList(prefectureCode, 47).refine((list) => list.length > 0, 'must name at least one prefecture'),
  consultations: z
    .array(z.object({ field: consultationField, count: quarterCount }))
    .max(CONSULTATION_FIELD_VALUES.length)
    .refine((list) => new Set(list.map((c) => c.field)).size === list.length, 'must name each field once'),
  languages: z
    .array(z.object({ language: languageTag.transform((tag) => tag.split('-')[0]!), count: quarterCount }))
    .max(40, 'must have at most 40 entries')
    .refine((list) => new Set(list.map((l) => l.language)).size === list.length, 'must name each language once'),
  referralsToPartners: quarterCount,
  referralsToCoordinators: quarterCount,
  note: optionalText(ACTIVITY_NOTE_MAX),
});
export type FileActivityReportInput = z.infer<typeof fileActivityReportInput>;
