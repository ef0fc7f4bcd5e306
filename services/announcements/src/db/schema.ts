import { sql } from 'drizzle-orm';
import { check, date, index, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import type { AnnouncementCategory, AnnouncementImportance } from '../vocabulary';

export const announcements = pgTable(
  'announcements',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    title: text('title').notNull(),
    body: text('body').notNull(),
    category: text('category').$type<AnnouncementCategory>().notNull(),
    importance: text('importance').$type<AnnouncementImportance>().notNull(),
    relatedFields: text('related_fields').array().notNull(),
    effectiveDate: date('effective_date'),
    // Empty: nationwide.
    targetPrefectureCodes: text('target_prefecture_codes').array().notNull(),
    // Null once the publisher's account is erased.
    publisherAccountId: text('publisher_account_id'),
    // Written by the service with millisecond precision, so that a cursor (which carries
    // it as an ISO string) compares exactly equal to the row it came from.
    publishedAt: timestamp('published_at', { withTimezone: true }).notNull(),
    withdrawnAt: timestamp('withdrawn_at', { withTimezone: true }),
    withdrawnBy: text('withdrawn_by'),
    // Derived from title and body when published, for text search through the GIN index.
    searchText: text('search_text').notNull(),
    searchGrams: text('search_grams').array().notNull(),
  },
  (t) => [
    index('announcements_newest_idx').on(t.publishedAt, t.id),
    index('announcements_target_idx').using('gin', t.targetPrefectureCodes),
    index('announcements_related_fields_idx').using('gin', t.relatedFields),
    index('announcements_search_grams_idx').using('gin', t.searchGrams),
    check('announcements_law_change_effective_date', sql`${t.category} <> 'LAW_CHANGE' or ${t.effectiveDate} is not null`),
  ],
);

/** Who has read what: one row per account and announcement, written once. */
export const announcementReads = pgTable(
  'announcement_reads',
  {
    accountId: text('account_id').notNull(),
    announcementId: uuid('announcement_id')
      .notNull()
      .references(() => announcements.id),
    readAt: timestamp('read_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.accountId, t.announcementId] })],
);

// Published announcements are written to the outbox with the change and relayed to NATS;
// coordinator events are projected here (targeting by activity prefecture).
export { coordinatorProjection, deadLetters, outbox, processedEvents } from '@portal/platform/events';
