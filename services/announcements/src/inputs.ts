import { z } from 'zod';
import {
  CONSULTATION_FIELD_VALUES,
  consultationField,
  distinctList,
  filterInput,
  isStringPair,
  PREFECTURE_CODES,
  prefectureCode,
  requiredText,
  searchText,
} from '@portal/platform';
import { ANNOUNCEMENT_CATEGORIES, ANNOUNCEMENT_IMPORTANCES } from './vocabulary';

const category = z.enum(ANNOUNCEMENT_CATEGORIES);
const importance = z.enum(ANNOUNCEMENT_IMPORTANCES);

export const publishAnnouncementInput = z
  .object({
    title: requiredText(200),
    body: requiredText(20_000),
    category,
    importance: importance.nullish().transform((v) => v ?? 'NORMAL'),
    relatedFields: distinctList(consultationField, CONSULTATION_FIELD_VALUES.length)
      .nullish()
      .transform((v) => v ?? []),
    // The Date scalar has already checked that it is an existing YYYY-MM-DD.
    effectiveDate: z
      .string()
      .nullish()
      .transform((v) => v ?? null),
    targetPrefectureCodes: distinctList(prefectureCode, PREFECTURE_CODES.length)
      .nullish()
      .transform((v) => (v ?? []).sort()),
  })
  .superRefine((input, ctx) => {
    if (input.category === 'LAW_CHANGE' && !input.effectiveDate) {
      ctx.addIssue({ code: 'custom', path: ['effectiveDate'], message: 'is required for LAW_CHANGE: the date the change takes effect' });
    }
  });
export type PublishAnnouncementInput = z.infer<typeof publishAnnouncementInput>;

export const announcementFilter = filterInput({
  categories: z.array(category),
  importances: z.array(importance),
  fields: z.array(consultationField),
  unreadOnly: z.boolean(),
  text: searchText,
  includeWithdrawn: z.boolean(),
});

export const announcementId = z.uuid('is not an announcement id');

const isIsoInstant = (value: string) => !Number.isNaN(Date.parse(value)) && new Date(value).toISOString() === value;

/** A cursor key of the inbox: the publication instant as the service wrote it, and the id. */
export const isInboxCursor = (value: unknown): value is [string, string] =>
  isStringPair(value) && isIsoInstant(value[0]) && announcementId.safeParse(value[1]).success;
