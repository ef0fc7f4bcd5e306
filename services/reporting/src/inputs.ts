import { z } from 'zod';
import {
  absentWhenNull,
  CONSULTATION_FIELD_VALUES,
  consultationField,
  distinctList,
  FIELD_ISSUE_CATEGORIES,
  PREFECTURE_CODES,
  prefectureCode,
} from '@portal/platform';

export const surveyId = z.uuid('is not a survey id');

export const optionalPrefectureCode = prefectureCode.nullish().transform((code) => code ?? null);

/** Prefectures asked for, in the vocabulary's order; none given: the caller's scope. */
export const optionalPrefectureCodes = distinctList(prefectureCode, PREFECTURE_CODES.length)
  .nullish()
  .transform((codes) => (codes ? PREFECTURE_CODES.filter((code) => codes.includes(code)) : undefined));

/** DateTime arguments arrive as Date (the scalar parses them). */
const instant = z.date().nullish();

/** What every field-issue filter has: fields, categories and a window of time. */
const fieldIssueCriteria = {
  fields: absentWhenNull(distinctList(consultationField, CONSULTATION_FIELD_VALUES.length)),
  categories: absentWhenNull(distinctList(z.enum(FIELD_ISSUE_CATEGORIES), FIELD_ISSUE_CATEGORIES.length)),
  since: instant,
  until: instant,
};
const windowInOrder: [(f: { since?: Date | null; until?: Date | null }) => boolean, { path: string[]; message: string }] = [
  (f) => !f.since || !f.until || f.since <= f.until,
  { path: ['until'], message: 'must not be before since' },
];
/** An absent filter is no filter at all. */
const orNone = <T extends object>(f: T | null | undefined) => f ?? ({} as Partial<T>);

export const fieldIssueSummaryFilter = z
  .object({ prefectureCodes: distinctList(prefectureCode, PREFECTURE_CODES.length).nullish(), ...fieldIssueCriteria })
  .refine(...windowInOrder)
  .nullish()
  .transform(orNone);
export type FieldIssueSummaryFilter = z.infer<typeof fieldIssueSummaryFilter>;

/** The country's monthly figures: fields, categories and a window of months. */
export const fieldIssueTrendFilter = z.object(fieldIssueCriteria).refine(...windowInOrder).nullish().transform(orNone);
export type FieldIssueTrendFilter = z.infer<typeof fieldIssueTrendFilter>;
