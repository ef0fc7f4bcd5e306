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
