import { sql } from 'drizzle-orm';
import { date, index, integer, jsonb, pgSequence, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

export interface ActivityRegionRow {
  prefectureCode: string;
  municipality: string | null;
}

export interface LanguageSkillRow {
  code: string;
  level: string;
}

/** Serial part of certificate numbers: unique across cohorts, never reused. */
export const certificateSerial = pgSequence('certificate_serial', { startWith: 1 });

export const coordinators = pgTable(
  'coordinators',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    accountId: text('account_id').notNull().unique(),
    name: text('name').notNull(),
    nameKana: text('name_kana'),
    bio: text('bio'),
    activityRegions: jsonb('activity_regions').$type<ActivityRegionRow[]>().notNull(),
    expertiseFields: text('expertise_fields').array().notNull(),
    languages: jsonb('languages').$type<LanguageSkillRow[]>().notNull(),
    qualifications: text('qualifications').array().notNull(),
    workplaceName: text('workplace_name'),
    workplacePrefectureCode: text('workplace_prefecture_code'),
    email: text('email'),
    phone: text('phone'),
    contactVisibility: text('contact_visibility').$type<'MEMBERS' | 'PRIVATE'>().notNull().default('MEMBERS'),
    certificateNumber: text('certificate_number').notNull().unique(),
    cohortYear: integer('cohort_year').notNull(),
    // ACTIVE, SUSPENDED or REVOKED as set by the agency; EXPIRED is derived from validUntil.
    certificationStatus: text('certification_status').$type<'ACTIVE' | 'SUSPENDED' | 'REVOKED'>().notNull().default('ACTIVE'),
    issuedAt: timestamp('issued_at', { withTimezone: true }).notNull(),
    validUntil: date('valid_until').notNull(),
    // Derived on every write, for filtering and search through indexes.
    prefectureCodes: text('prefecture_codes').array().notNull(),
    languageCodes: text('language_codes').array().notNull(),
    sortKey: text('sort_key').notNull(),
    searchText: text('search_text').notNull(),
    searchGrams: text('search_grams').array().notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('coordinators_prefecture_codes_idx').using('gin', t.prefectureCodes),
    index('coordinators_expertise_fields_idx').using('gin', t.expertiseFields),
    index('coordinators_language_codes_idx').using('gin', t.languageCodes),
    index('coordinators_search_grams_idx').using('gin', t.searchGrams),
    // Byte order ("C") keeps the listing order the same on every server, whatever its locale.
    index('coordinators_sort_idx').on(sql`${t.sortKey} collate "C"`, t.id),
    index('coordinators_listed_sort_idx')
      .on(sql`${t.sortKey} collate "C"`, t.id)
      .where(sql`certification_status = 'ACTIVE'`),
    // Lets the listed-only count run as an index-only scan instead of reading the table.
    index('coordinators_listed_valid_until_idx').on(t.validUntil).where(sql`certification_status = 'ACTIVE'`),
  ],
);

export type CoordinatorRow = typeof coordinators.$inferSelect;

// Events of directory changes, written with the change and relayed to NATS.
export { outbox } from '@portal/platform/events';
