import { sql } from 'drizzle-orm';
import { bigserial, date, index, jsonb, pgTable, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';

// The HSDS 3.0 parts of an organisation that are edited together are kept as one document
// (jsonb) on the organisation's row, so that a page of partners is one statement; the
// columns the directory filters and sorts on are derived from it on every write.

export const PARTNER_STATUSES = ['PROPOSED', 'APPROVED', 'REJECTED', 'ARCHIVED'] as const;
export type PartnerStatus = (typeof PARTNER_STATUSES)[number];

/** PREFECTURE: one prefecture, optionally one municipality in it; the others serve every prefecture. */
export const SERVICE_AREA_SCOPES = ['PREFECTURE', 'NATIONWIDE', 'REMOTE'] as const;
export type ServiceAreaScope = (typeof SERVICE_AREA_SCOPES)[number];

/** HSDS phone.type values. */
export const PHONE_TYPES = ['VOICE', 'FAX', 'TEXT', 'CELL', 'VIDEO', 'PAGER', 'TEXTPHONE'] as const;
export type PhoneType = (typeof PHONE_TYPES)[number];

/** RFC 5545 BYDAY codes, as HSDS schedules use them. */
export const WEEKDAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

export interface ServiceAreaRow {
  scope: ServiceAreaScope;
  prefectureCode: string | null;
  municipality: string | null;
}

export interface PhoneRow {
  number: string;
  extension: string | null;
  type: PhoneType;
  description: string | null;
  languages: string[];
}

export interface ContactPersonRow {
  name: string | null;
  title: string | null;
  department: string | null;
  email: string | null;
  phones: PhoneRow[];
}

export interface ScheduleRow {
  byDay: Weekday[];
  opensAt: string | null;
  closesAt: string | null;
  description: string | null;
}

export interface ServiceRow {
  id: string;
  name: string;
  description: string | null;
  url: string | null;
  email: string | null;
  fields: string[];
  languages: string[];
  serviceAreas: ServiceAreaRow[];
  phones: PhoneRow[];
  contacts: ContactPersonRow[];
  schedules: ScheduleRow[];
}

export const partners = pgTable(
  'partners',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    name: text('name').notNull(),
    description: text('description'),
    legalStatus: text('legal_status'),
    email: text('email'),
    website: text('website'),
    phone: text('phone'),
    services: jsonb('services').$type<ServiceRow[]>().notNull(),
    status: text('status').$type<PartnerStatus>().notNull(),
    /** Account id of the coordinator who proposed it; null once they are erased (a former member). */
    proposedBy: text('proposed_by'),
    reviewNote: text('review_note'),
    reviewedBy: text('reviewed_by'),
    reviewedAt: timestamp('reviewed_at', { withTimezone: true }),
    /** HSDS assured_date: when the agency last confirmed the entry. */
    assuredDate: date('assured_date'),
    /** HSDS last_modified: any change of the entry, its status included. */
    lastModified: timestamp('last_modified', { withTimezone: true }).notNull().defaultNow(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    // Derived on every write from the services, for filtering and search through indexes.
    fields: text('fields').array().notNull(),
    /** Prefecture codes served; "*" for a nationwide or remote service, which serves every prefecture. */
    prefectureCodes: text('prefecture_codes').array().notNull(),
    /** Language tags and their primary subtags, so that "pt" finds "pt-BR". */
    languageCodes: text('language_codes').array().notNull(),
    sortKey: text('sort_key').notNull(),
    searchText: text('search_text').notNull(),
    searchGrams: text('search_grams').array().notNull(),
  },
  (t) => [
    index('partners_fields_idx').using('gin', t.fields),
    index('partners_prefecture_codes_idx').using('gin', t.prefectureCodes),
    index('partners_language_codes_idx').using('gin', t.languageCodes),
    index('partners_search_grams_idx').using('gin', t.searchGrams),
    // Byte order ("C") keeps the listing order the same on every server, whatever its locale.
    index('partners_sort_idx').on(sql`${t.sortKey} collate "C"`, t.id),
    index('partners_approved_sort_idx').on(sql`${t.sortKey} collate "C"`, t.id).where(sql`status = 'APPROVED'`),
    index('partners_proposed_by_idx').on(t.proposedBy),
  ],
);

export type PartnerRow = typeof partners.$inferSelect;

/**
 * A coordinator vouches for a partner they have worked with: at most once (the unique key).
 * An erased coordinator's endorsement stays without its account (a former member's), so
 * that a partner's endorsements still count it; unique keys let any number of those be.
 */
export const endorsements = pgTable(
  'partner_endorsements',
  {
    partnerId: uuid('partner_id')
      .notNull()
      .references(() => partners.id, { onDelete: 'cascade' }),
    accountId: text('account_id'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [unique('partner_endorsements_partner_account_key').on(t.partnerId, t.accountId), index('partner_endorsements_account_idx').on(t.accountId)],
);

export type EndorsementRow = typeof endorsements.$inferSelect;

export const CHANGE_ACTIONS = ['PROPOSE', 'APPROVE', 'REJECT', 'ARCHIVE', 'UPDATE'] as const;
export type ChangeAction = (typeof CHANGE_ACTIONS)[number];

/** The edit history, one row per changed field, after HSDS's metadata table. */
export const changes = pgTable(
  'partner_changes',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    partnerId: uuid('partner_id')
      .notNull()
      .references(() => partners.id, { onDelete: 'cascade' }),
    changedAt: timestamp('changed_at', { withTimezone: true }).notNull().defaultNow(),
    /** Account id of whoever made the change; null once that member is erased. */
    changedBy: text('changed_by'),
    action: text('action').$type<ChangeAction>().notNull(),
    field: text('field').notNull(),
    previousValue: text('previous_value'),
    replacementValue: text('replacement_value'),
  },
  (t) => [index('partner_changes_partner_idx').on(t.partnerId, t.id)],
);

export type ChangeRow = typeof changes.$inferSelect;

// Events of approvals and archivings, written with the change and relayed to NATS; the
// consumer of coordinator erasures keeps its inbox and dead letters.
export { deadLetters, outbox, processedEvents } from '@portal/platform/events';
