import { sql } from 'drizzle-orm';
import { check, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';

export const CASE_STUDY_KINDS = ['CONSULTATION', 'REGIONAL_ISSUE', 'ADVANCED_PRACTICE'] as const;
export type CaseStudyKind = (typeof CASE_STUDY_KINDS)[number];

export const CASE_STUDY_STATUSES = ['DRAFT', 'SUBMITTED', 'PUBLISHED', 'REJECTED', 'ARCHIVED'] as const;
export type CaseStudyStatus = (typeof CASE_STUDY_STATUSES)[number];

export const MEETING_FORMATS = ['ONLINE', 'IN_PERSON', 'HYBRID'] as const;
export type MeetingFormat = (typeof MEETING_FORMATS)[number];

/** What the personal-data screen found at the last submission attempt: masked, never the raw value. */
export interface PiiFindingRow {
  kind: string;
  field: string;
  excerpt: string;
}

// Millisecond precision: JavaScript dates hold no more, so a keyset cursor made from a row's
// timestamp compares equal to the stored value.
const instant = (name: string) => timestamp(name, { withTimezone: true, precision: 3 });

export const caseStudies = pgTable(
  'case_studies',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    // Null once the author is erased: a published case stays in the library, a former member's.
    authorAccountId: text('author_account_id'),
    kind: text('kind').$type<CaseStudyKind>().notNull(),
    title: text('title').notNull(),
    summary: text('summary').notNull(),
    body: text('body').notNull(),
    fields: text('fields').array().notNull(),
    prefectureCode: text('prefecture_code').notNull(),
    status: text('status').$type<CaseStudyStatus>().notNull(),
    reviewerNote: text('reviewer_note'),
    piiFindings: jsonb('pii_findings').$type<PiiFindingRow[]>().notNull().default([]),
    createdAt: instant('created_at').notNull(),
    updatedAt: instant('updated_at').notNull(),
    submittedAt: instant('submitted_at'),
    publishedAt: instant('published_at'),
    // The library lists newest first: published cases by publication, the rest by creation.
    sortAt: instant('sort_at').notNull(),
    // Derived on every write, for search through the GIN index.
    searchText: text('search_text').notNull(),
    searchGrams: text('search_grams').array().notNull(),
  },
  (t) => [
    index('case_studies_fields_idx').using('gin', t.fields),
    index('case_studies_search_grams_idx').using('gin', t.searchGrams),
    index('case_studies_prefecture_idx').on(t.prefectureCode),
    index('case_studies_author_idx').on(t.authorAccountId, t.sortAt.desc().nullsFirst(), t.id.desc().nullsFirst()),
    index('case_studies_sort_idx').on(t.sortAt.desc().nullsFirst(), t.id.desc().nullsFirst()),
    // The library as members see it: published cases, newest first.
    index('case_studies_published_sort_idx').on(t.sortAt.desc().nullsFirst(), t.id.desc().nullsFirst()).where(sql`status = 'PUBLISHED'`),
    check('case_studies_status_check', sql`${t.status} in ('DRAFT', 'SUBMITTED', 'PUBLISHED', 'REJECTED', 'ARCHIVED')`),
  ],
);

/** A case study as the service reads it: the search columns are for the database alone. */
export type CaseStudyRow = Omit<typeof caseStudies.$inferSelect, 'searchText' | 'searchGrams'>;

export const studyMeetings = pgTable(
  'study_meetings',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    title: text('title').notNull(),
    description: text('description'),
    startsAt: instant('starts_at').notNull(),
    endsAt: instant('ends_at').notNull(),
    format: text('format').$type<MeetingFormat>().notNull(),
    location: text('location'),
    onlineUrl: text('online_url'),
    capacity: integer('capacity').notNull(),
    // Null once the organiser's account is erased.
    organizerAccountId: text('organizer_account_id'),
    createdAt: instant('created_at').notNull(),
  },
  (t) => [
    index('study_meetings_starts_at_idx').on(t.startsAt, t.id),
    check('study_meetings_capacity_check', sql`${t.capacity} >= 1`),
    check('study_meetings_times_check', sql`${t.endsAt} > ${t.startsAt}`),
  ],
);

export type StudyMeetingRow = typeof studyMeetings.$inferSelect;

/** The case studies a meeting discusses, in the order the organiser gave them. */
export const studyMeetingCaseStudies = pgTable(
  'study_meeting_case_studies',
  {
    meetingId: uuid('meeting_id')
      .notNull()
      .references(() => studyMeetings.id, { onDelete: 'cascade' }),
    caseStudyId: uuid('case_study_id')
      .notNull()
      .references(() => caseStudies.id),
    position: integer('position').notNull(),
  },
  (t) => [primaryKey({ columns: [t.meetingId, t.caseStudyId] })],
);

/** One seat per coordinator and meeting: the primary key makes a second one impossible. */
export const studyMeetingRegistrations = pgTable(
  'study_meeting_registrations',
  {
    meetingId: uuid('meeting_id')
      .notNull()
      .references(() => studyMeetings.id, { onDelete: 'cascade' }),
    accountId: text('account_id').notNull(),
    registeredAt: instant('registered_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.meetingId, t.accountId] })],
);

// Events of publications, written with the change and relayed to NATS; the consumer of
// coordinator erasures keeps its inbox and dead letters.
export { deadLetters, outbox, processedEvents } from '@portal/platform/events';
