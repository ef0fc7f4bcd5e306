import { z } from 'zod';
import {
  CONSULTATION_FIELD_VALUES,
  consultationField,
  distinctList,
  email,
  filterInput,
  httpUrl,
  languageTag,
  optionalText,
  phone,
  prefectureCode,
  requiredText,
  searchText,
  todayInJapan,
} from '@portal/platform';
import { PARTNER_STATUSES, PHONE_TYPES, SERVICE_AREA_SCOPES, WEEKDAYS, type ServiceAreaRow } from './db/schema';

const optional = <T extends z.ZodType>(schema: T) => schema.nullish().transform((v) => v ?? null);
const listOrEmpty = <T extends z.ZodType>(schema: T) => schema.nullish().transform((v) => (v ?? []) as z.infer<T>);

const fields = distinctList(consultationField, CONSULTATION_FIELD_VALUES.length).refine((l) => l.length > 0, 'must name at least one field');
const languages = distinctList(languageTag, 30);

const serviceArea = z
  .object({
    scope: z.enum(SERVICE_AREA_SCOPES).nullish(),
    prefectureCode: prefectureCode.nullish(),
    municipality: optionalText(100),
  })
  .transform((area, ctx): ServiceAreaRow => {
    const scope = area.scope ?? 'PREFECTURE';
    if (scope === 'PREFECTURE' && !area.prefectureCode) {
      ctx.addIssue({ code: 'custom', path: ['prefectureCode'], message: 'is required unless the scope is NATIONWIDE or REMOTE' });
    }
    if (scope !== 'PREFECTURE' && (area.prefectureCode || area.municipality)) {
      ctx.addIssue({ code: 'custom', path: ['prefectureCode'], message: `must be left out: a ${scope} service area covers every prefecture` });
    }
    return { scope, prefectureCode: scope === 'PREFECTURE' ? (area.prefectureCode ?? null) : null, municipality: scope === 'PREFECTURE' ? area.municipality : null };
  });

/** Service areas without repeats; a service must serve somewhere. */
const serviceAreas = z
  .array(serviceArea)
  .min(1, 'must name at least one service area')
  .max(100, 'must have at most 100 entries')
  .transform((areas) => [...new Map(areas.map((a) => [`${a.scope}|${a.prefectureCode}|${a.municipality}`, a])).values()]);

const phoneInput = z.object({
  number: phone,
  extension: z
    .string()
    .trim()
    .regex(/^\d{1,8}$/, 'must be 1 to 8 digits')
    .nullish()
    .transform((v) => v ?? null),
  type: z
    .enum(PHONE_TYPES)
    .nullish()
    .transform((v) => v ?? 'VOICE'),
  description: optionalText(200),
  languages: listOrEmpty(languages),
});
const phones = (max: number) => listOrEmpty(z.array(phoneInput).max(max, `must have at most ${max} entries`));

const contactPerson = z
  .object({
    name: optionalText(100),
    title: optionalText(100),
    department: optionalText(100),
    email: optional(email),
    phones: phones(5),
  })
  .refine((c) => c.name || c.title || c.department || c.email || c.phones.length > 0, 'must give a name, title, department, e-mail or phone');

const TIME = /^(([01]\d|2[0-3]):[0-5]\d|24:00)$/;
const time = z
  .string()
  .trim()
  .regex(TIME, 'must be a time as HH:MM, 00:00 to 24:00')
  .nullish()
  .transform((v) => v ?? null);

const schedule = z
  .object({
    byDay: listOrEmpty(distinctList(z.enum(WEEKDAYS), WEEKDAYS.length)),
    opensAt: time,
    closesAt: time,
    description: optionalText(200),
  })
  .superRefine((s, ctx) => {
    if ((s.opensAt === null) !== (s.closesAt === null)) {
      ctx.addIssue({ code: 'custom', path: [s.opensAt ? 'closesAt' : 'opensAt'], message: 'opensAt and closesAt go together' });
    } else if (s.opensAt && s.closesAt && s.opensAt >= s.closesAt) {
      ctx.addIssue({ code: 'custom', path: ['closesAt'], message: 'must be after opensAt (write overnight hours as two schedules)' });
    }
    if (s.byDay.length === 0 && !s.description) {
      ctx.addIssue({ code: 'custom', path: ['byDay'], message: 'must name a day unless a description says when' });
    }
  });

export const serviceInput = z.object({
  /** An existing service of the partner to edit; left out for a new one. */
  id: z.uuid('is not a service id').nullish(),
  name: requiredText(200),
  description: optionalText(2000),
  url: optional(httpUrl),
  email: optional(email),
  fields,
  languages: listOrEmpty(languages),
  serviceAreas,
  phones: phones(10),
  contacts: listOrEmpty(z.array(contactPerson).max(20, 'must have at most 20 entries')),
  schedules: listOrEmpty(z.array(schedule).max(14, 'must have at most 14 entries')),
});
export type ServiceInput = z.infer<typeof serviceInput>;

const services = z.array(serviceInput).min(1, 'must have at least one service').max(30, 'must have at most 30 entries');

const contact = z.object({ phone: optional(phone), email: optional(email), url: optional(httpUrl) });

const SUMMARY_KEYS = ['fields', 'serviceAreas', 'languages'] as const;
const summaryOrServices = (input: { services?: unknown; fields?: unknown; serviceAreas?: unknown; languages?: unknown }, ctx: z.RefinementCtx) => {
  if (input.services == null) return;
  for (const key of SUMMARY_KEYS) {
    if (input[key] != null) ctx.addIssue({ code: 'custom', path: [key], message: 'must be left out when services are given: each service names its own' });
  }
};

export const proposePartnerInput = z
  .object({
    name: requiredText(200),
    description: optionalText(4000),
    legalStatus: optionalText(100),
    fields: fields.nullish(),
    serviceAreas: serviceAreas.nullish(),
    languages: languages.nullish(),
    contact: contact.nullish(),
    services: services.nullish(),
  })
  .superRefine((input, ctx) => {
    summaryOrServices(input, ctx);
    if (input.services) {
      input.services.forEach((service, i) => {
        if (service.id) ctx.addIssue({ code: 'custom', path: ['services', i, 'id'], message: 'must be left out for a new partner' });
      });
    } else {
      if (!input.fields) ctx.addIssue({ code: 'custom', path: ['fields'], message: 'is required unless services are given' });
      if (!input.serviceAreas) ctx.addIssue({ code: 'custom', path: ['serviceAreas'], message: 'is required unless services are given' });
    }
  });
export type ProposePartnerInput = z.infer<typeof proposePartnerInput>;

/** Fields left out stay as they are; null clears an optional one. */
export const updatePartnerInput = z
  .object({
    name: requiredText(200).optional(),
    description: optionalText(4000).optional(),
    legalStatus: optionalText(100).optional(),
    contact: contact.nullish(),
    fields: fields.optional(),
    serviceAreas: serviceAreas.optional(),
    languages: languages.optional(),
    services: services.optional(),
    assuredDate: z
      .string()
      .refine((date) => date <= todayInJapan(), 'must not be in the future')
      .nullish(),
  })
  .superRefine(summaryOrServices);
export type UpdatePartnerInput = z.infer<typeof updatePartnerInput>;

export const reviewNote = optionalText(2000);

export const partnerFilter = filterInput({
  fields: z.array(consultationField),
  prefectureCodes: z.array(prefectureCode).max(47),
  languages: z.array(languageTag).max(20),
  text: searchText,
  statuses: z.array(z.enum(PARTNER_STATUSES)),
  proposedByMe: z.boolean(),
});

export const partnerId = z.uuid('is not a partner id');
