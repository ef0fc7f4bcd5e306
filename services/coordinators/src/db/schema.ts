import { sql } from 'drizzle-orm';
import { boolean, date, index, integer, jsonb, pgSequence, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';

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
    // The validUntil whose passing was announced (coordinator.certification_expired): each
    // validity expires once, and a renewal makes a new one to announce.
    expiryAnnouncedFor: date('expiry_announced_for'),
    // Derived on every write: copied to coordinator_listing for filters and order; the
    // search columns are matched here.
    prefectureCodes: text('prefecture_codes').array().notNull(),
    languageCodes: text('language_codes').array().notNull(),
    sortKey: text('sort_key').notNull(),
    searchText: text('search_text').notNull(),
    searchGrams: text('search_grams').array().notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  // Text search reads the row's own text; filters and order run on coordinator_listing.
  (t) => [
    index('coordinators_search_grams_idx').using('gin', t.searchGrams),
    // A search with text starts from the bigram index; Postgres can narrow it by the other
    // filters only with indexes on the same table (the listing has its own for the rest).
    index('coordinators_prefecture_codes_idx').using('gin', t.prefectureCodes),
    index('coordinators_expertise_fields_idx').using('gin', t.expertiseFields),
    index('coordinators_language_codes_idx').using('gin', t.languageCodes),
  ],
);

export type CoordinatorRow = typeof coordinators.$inferSelect;

/**
 * The columns the directory filters, sorts and counts on, one narrow row (~200 bytes) per
 * coordinator: a count that needs the rows (the listed-only test, array rechecks) reads
 * these instead of the wide coordinators rows (~1.9 kB: bio, jsonb, search text), a quarter
 * of the pages or less. The store writes it in the same statement as every write of
 * coordinators; like an index, it holds nothing of its own.
 */
export const coordinatorListing = pgTable(
  'coordinator_listing',
  {
    id: uuid('id')
      .primaryKey()
      .references(() => coordinators.id, { onDelete: 'cascade' }),
    sortKey: text('sort_key').notNull(),
    certificationStatus: text('certification_status').$type<CoordinatorRow['certificationStatus']>().notNull(),
    validUntil: date('valid_until').notNull(),
    prefectureCodes: text('prefecture_codes').array().notNull(),
    expertiseFields: text('expertise_fields').array().notNull(),
    languageCodes: text('language_codes').array().notNull(),
  },
  (t) => [
    index('coordinator_listing_prefecture_codes_idx').using('gin', t.prefectureCodes),
    index('coordinator_listing_expertise_fields_idx').using('gin', t.expertiseFields),
    index('coordinator_listing_language_codes_idx').using('gin', t.languageCodes),
    // Byte order ("C") keeps the listing order the same on every server, whatever its locale.
    index('coordinator_listing_sort_idx').on(sql`${t.sortKey} collate "C"`, t.id),
    index('coordinator_listing_listed_sort_idx')
      .on(sql`${t.sortKey} collate "C"`, t.id)
      .where(sql`certification_status = 'ACTIVE'`),
    // Lets the listed-only count run as an index-only scan instead of reading the table.
    index('coordinator_listing_listed_valid_until_idx').on(t.validUntil).where(sql`certification_status = 'ACTIVE'`),
  ],
);

/**
 * How many listing rows carry each filter value, by certification status and validity: the
 * directory's total for no filter or a single value (Tokyo, say) is a sum over a few hundred
 * of these rows instead of a count over thousands of listing rows. A trigger on
 * coordinator_listing (migration 0005) applies every insert, update and delete of listing
 * rows here in the same statement, so the sums are as exact as a count and see what a count
 * would see in any transaction. Keeping valid_until rather than "listed" lets a certification
 * pass its validity without any write: the listed total sums the ACTIVE rows still valid
 * today. Facets: `all` (value ''), `prefecture`, `field`, `language` (a tag and its primary
 * language, as the listing keeps them).
 */
export const coordinatorListingCounts = pgTable(
  'coordinator_listing_counts',
  {
    facet: text('facet').$type<ListingFacet>().notNull(),
    value: text('value').notNull(),
    certificationStatus: text('certification_status').$type<CoordinatorRow['certificationStatus']>().notNull(),
    validUntil: date('valid_until').notNull(),
    n: integer('n').notNull(),
  },
  (t) => [primaryKey({ name: 'coordinator_listing_counts_pk', columns: [t.facet, t.value, t.certificationStatus, t.validUntil] })],
);

export type ListingFacet = 'all' | 'prefecture' | 'field' | 'language';

/**
 * A coordinator's request to be erased, waiting for an agency admin: one per coordinator,
 * gone with the coordinator when the erasure is done.
 */
export const erasureRequests = pgTable(
  'erasure_requests',
  {
    coordinatorId: uuid('coordinator_id')
      .primaryKey()
      .references(() => coordinators.id, { onDelete: 'cascade' }),
    requestedAt: timestamp('requested_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('erasure_requests_requested_at_idx').on(t.requestedAt, t.coordinatorId)],
);

// Events of directory changes, written with the change and relayed to NATS; the consumer
// that clears an erased coordinator's published events keeps its inbox and dead letters.
export { deadLetters, outbox, processedEvents } from '@portal/platform/events';

/** Follow-up training sessions (フォローアップ研修) the agency schedules: what renewal requires. */
export const trainingSessions = pgTable(
  'training_sessions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    title: text('title').notNull(),
    heldOn: date('held_on').notNull(),
    format: text('format').$type<'ONLINE' | 'IN_PERSON'>().notNull(),
    // Where an in-person session is held; null online.
    prefectureCode: text('prefecture_code'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('training_sessions_held_on_idx').on(t.heldOn, t.id)],
);

export type TrainingSessionRow = typeof trainingSessions.$inferSelect;

/** A coordinator's attendance at a session, as an agency admin recorded it; gone with the coordinator. */
export const trainingAttendance = pgTable(
  'training_attendance',
  {
    sessionId: uuid('session_id')
      .notNull()
      .references(() => trainingSessions.id, { onDelete: 'cascade' }),
    coordinatorId: uuid('coordinator_id')
      .notNull()
      .references(() => coordinators.id, { onDelete: 'cascade' }),
    // Attending is recorded first; completion once the session's work is done.
    completed: boolean('completed').notNull(),
    recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.sessionId, t.coordinatorId] }), index('training_attendance_coordinator_idx').on(t.coordinatorId)],
);

export type TrainingAttendanceRow = typeof trainingAttendance.$inferSelect;

/** Every renewal of a certification: the validity it extended, from and to. */
export const certificationRenewals = pgTable(
  'certification_renewals',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    coordinatorId: uuid('coordinator_id')
      .notNull()
      .references(() => coordinators.id, { onDelete: 'cascade' }),
    previousValidUntil: date('previous_valid_until').notNull(),
    validUntil: date('valid_until').notNull(),
    renewedAt: timestamp('renewed_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('certification_renewals_coordinator_idx').on(t.coordinatorId, t.renewedAt)],
);

export type CertificationRenewalRow = typeof certificationRenewals.$inferSelect;

export interface ConsultationCountRow {
  field: string;
  count: number;
}

export interface LanguageCountRow {
  language: string;
  count: number;
}

/**
 * A coordinator's quarterly activity report (活動状況報告): counts only, one per coordinator
 * and quarter, corrected in place until the quarter's filing deadline; gone with the coordinator.
 */
export const activityReports = pgTable(
  'activity_reports',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    coordinatorId: uuid('coordinator_id')
      .notNull()
      .references(() => coordinators.id, { onDelete: 'cascade' }),
    quarter: text('quarter').notNull(),
    prefectureCodes: text('prefecture_codes').array().notNull(),
    consultations: jsonb('consultations').$type<ConsultationCountRow[]>().notNull(),
    languages: jsonb('languages').$type<LanguageCountRow[]>().notNull(),
    referralsToPartners: integer('referrals_to_partners').notNull(),
    referralsToCoordinators: integer('referrals_to_coordinators').notNull(),
    note: text('note'),
    filedAt: timestamp('filed_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('activity_reports_coordinator_quarter_idx').on(t.coordinatorId, t.quarter)],
);

export type ActivityReportRow = typeof activityReports.$inferSelect;

// The filer's pseudonym on activity_report.filed: reporting counts people by it.
export { contributorPseudonyms } from '@portal/platform/events';
