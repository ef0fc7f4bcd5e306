import { sql } from 'drizzle-orm';
import { bigserial, boolean, check, index, integer, jsonb, pgTable, primaryKey, smallint, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import type { NotificationKind } from '../kinds';

const instant = (name: string) => timestamp(name, { withTimezone: true });

/**
 * A member's own e-mail address, from `notification_address.changed` (their profile): the
 * only address any message goes to. Deleted when the member is erased.
 */
export const addresses = pgTable('addresses', {
  accountId: text('account_id').primaryKey(),
  coordinatorId: uuid('coordinator_id').notNull(),
  email: text('email'),
  // A late redelivery of an older address never overwrites a newer one.
  asOf: timestamp('as_of', { withTimezone: true, mode: 'string' }).notNull(),
});

/** A member's choice for one kind; without a row, the kind's default (kinds.ts). */
export const preferences = pgTable(
  'preferences',
  {
    accountId: text('account_id').notNull(),
    kind: text('kind').$type<NotificationKind>().notNull(),
    email: boolean('email').notNull(),
  },
  (t) => [primaryKey({ columns: [t.accountId, t.kind] })],
);

/** The hour (Japan time) a member's daily digest is sent; without a row, DEFAULT_DIGEST_HOUR. */
export const digestHours = pgTable(
  'digest_hours',
  {
    accountId: text('account_id').primaryKey(),
    hour: smallint('hour').notNull(),
  },
  (t) => [check('digest_hours_hour_check', sql`${t.hour} between 0 and 23`)],
);

/**
 * The in-portal inbox. One row per (source, recipient): the source is the event or the
 * scheduled reminder that caused it, so a redelivered event or a second tick adds nothing.
 * `seq` orders the live stream and is its event id (Last-Event-ID).
 */
export const notifications = pgTable(
  'notifications',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    seq: bigserial('seq', { mode: 'number' }).notNull().unique(),
    accountId: text('account_id').notNull(),
    kind: text('kind').$type<NotificationKind>().notNull(),
    sourceKey: text('source_key').notNull(),
    // Ids, codes and dates only (the facts of the event), never text written by anyone.
    facts: jsonb('facts').$type<Record<string, string | null>>().notNull(),
    createdAt: instant('created_at').notNull(),
    readAt: instant('read_at'),
    mailId: uuid('mail_id'),
  },
  (t) => [
    uniqueIndex('notifications_source_recipient_idx').on(t.sourceKey, t.accountId),
    index('notifications_account_seq_idx').on(t.accountId, t.seq),
    index('notifications_mail_idx').on(t.mailId),
  ],
);

/**
 * E-mails to send, with their state: PENDING until due, SENDING while a sender holds it
 * (until `lease_until`), then SENT, DROPPED (no address, erased, unsubscribed meanwhile) or
 * FAILED (refused for good). A DIGEST collects a member's notifications until its hour; a
 * member has at most one PENDING digest.
 */
export const mails = pgTable(
  'mails',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    accountId: text('account_id').notNull(),
    digest: boolean('digest').notNull(),
    state: text('state').$type<'PENDING' | 'SENDING' | 'SENT' | 'DROPPED' | 'FAILED'>().notNull().default('PENDING'),
    dueAt: instant('due_at').notNull(),
    leaseUntil: instant('lease_until'),
    attempts: integer('attempts').notNull().default(0),
    // An SMTP reply code or an error's code: never a message, which may quote the address.
    lastError: text('last_error'),
    sentAt: instant('sent_at'),
  },
  (t) => [
    index('mails_due_idx').on(t.dueAt).where(sql`state in ('PENDING', 'SENDING')`),
    uniqueIndex('mails_one_pending_digest_idx').on(t.accountId).where(sql`digest and state = 'PENDING'`),
    index('mails_account_idx').on(t.accountId),
  ],
);

/**
 * Reminders and notices due later: a LAW_CHANGE a week before it takes effect, a survey
 * three days before it closes, a study meeting the day before. `accountId` null: the
 * audience is decided when it is due (who is targeted, who has not answered then).
 */
export const scheduled = pgTable(
  'scheduled',
  {
    key: text('key').primaryKey(),
    kind: text('kind').$type<NotificationKind>().notNull(),
    accountId: text('account_id'),
    dueAt: instant('due_at').notNull(),
    facts: jsonb('facts').$type<Record<string, string | null>>().notNull(),
    // Whom it is for when accountId is null: target prefectures (empty: nationwide).
    prefectureCodes: text('prefecture_codes').array().notNull().default(sql`'{}'`),
    firedAt: instant('fired_at'),
  },
  (t) => [index('scheduled_due_idx').on(t.dueAt).where(sql`fired_at is null`), index('scheduled_account_idx').on(t.accountId)],
);

/** Who has answered which survey, from `survey.answered`: the closing reminder skips them. */
export const surveyAnswers = pgTable(
  'survey_answers',
  {
    surveyId: uuid('survey_id').notNull(),
    accountId: text('account_id').notNull(),
  },
  (t) => [primaryKey({ columns: [t.surveyId, t.accountId] })],
);

/** Who has filed which quarter's activity report, from `activity_report.submitted`: its reminder skips them. */
export const activityReportFilings = pgTable(
  'activity_report_filings',
  {
    quarter: text('quarter').notNull(),
    accountId: text('account_id').notNull(),
  },
  (t) => [primaryKey({ columns: [t.quarter, t.accountId] }), index('activity_report_filings_account_idx').on(t.accountId)],
);

// Every event reaches this service through one consumer; coordinator events keep its projection.
export { coordinatorProjection, deadLetters, processedEvents } from '@portal/platform/events';
