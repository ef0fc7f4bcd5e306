import { sql } from 'drizzle-orm';
import { bigserial, check, index, jsonb, pgTable, primaryKey, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import type { PiiFinding } from '@portal/platform';
import type { DeclineReason, ReceiverAnswer, ReceiverKind, ReferralAction, ReferralParty, ReferralStatus, ThreadStatus, Urgency } from '../vocabulary';

// Millisecond precision: JavaScript dates hold no more, so a keyset cursor made from a row's
// timestamp compares equal to the stored value.
const instant = (name: string) => timestamp(name, { withTimezone: true, precision: 3 });

/** A need handed from a coordinator to receivers in another prefecture (広域連携). */
export const referrals = pgTable(
  'referrals',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    // Null once the sender is erased.
    senderAccountId: text('sender_account_id'),
    fields: text('fields').array().notNull(),
    languages: text('languages').array().notNull(),
    urgency: text('urgency').$type<Urgency>().notNull(),
    originPrefectureCode: text('origin_prefecture_code').notNull(),
    destinationPrefectureCode: text('destination_prefecture_code').notNull(),
    // Screened for personal data before it is stored: the resident's details travel outside the portal.
    description: text('description').notNull(),
    status: text('status').$type<ReferralStatus>().notNull(),
    acceptedReceiverId: uuid('accepted_receiver_id'),
    createdAt: instant('created_at').notNull(),
    updatedAt: instant('updated_at').notNull(),
  },
  (t) => [
    index('referrals_sender_idx').on(t.senderAccountId, t.createdAt, t.id),
    index('referrals_newest_idx').on(t.createdAt, t.id),
    check('referrals_status_check', sql`${t.status} in ('OPEN', 'ACCEPTED', 'DECLINED', 'COMPLETED', 'WITHDRAWN')`),
    check('referrals_accepted_check', sql`(${t.status} in ('ACCEPTED', 'COMPLETED')) = (${t.acceptedReceiverId} is not null) or ${t.status} = 'WITHDRAWN'`),
  ],
);

export type ReferralRow = typeof referrals.$inferSelect;

/** Each receiver a referral went to: a coordinator (who answers) or a partner (the sender records its answer). */
export const referralReceivers = pgTable(
  'referral_receivers',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    referralId: uuid('referral_id')
      .notNull()
      .references(() => referrals.id),
    kind: text('kind').$type<ReceiverKind>().notNull(),
    coordinatorId: uuid('coordinator_id'),
    // The receiving coordinator's account, from the directory projection when sent: what they see by.
    accountId: text('account_id'),
    partnerId: uuid('partner_id'),
    answer: text('answer').$type<ReceiverAnswer>().notNull(),
    declineReason: text('decline_reason').$type<DeclineReason>(),
    answeredAt: instant('answered_at'),
  },
  (t) => [
    unique('referral_receivers_coordinator_unique').on(t.referralId, t.coordinatorId),
    unique('referral_receivers_partner_unique').on(t.referralId, t.partnerId),
    index('referral_receivers_account_idx').on(t.accountId),
    check('referral_receivers_kind_check', sql`(${t.kind} = 'COORDINATOR' and ${t.partnerId} is null) or (${t.kind} = 'PARTNER' and ${t.partnerId} is not null and ${t.coordinatorId} is null)`),
  ],
);

export type ReferralReceiverRow = typeof referralReceivers.$inferSelect;

/** Every change of a referral, in order: who (which side), what, when. Codes only, no free text. */
export const referralHistory = pgTable(
  'referral_history',
  {
    seq: bigserial('seq', { mode: 'number' }).primaryKey(),
    referralId: uuid('referral_id')
      .notNull()
      .references(() => referrals.id),
    action: text('action').$type<ReferralAction>().notNull(),
    by: text('by').$type<ReferralParty>().notNull(),
    receiverId: uuid('receiver_id'),
    declineReason: text('decline_reason').$type<DeclineReason>(),
    at: instant('at').notNull(),
  },
  (t) => [index('referral_history_referral_idx').on(t.referralId, t.seq)],
);

export type ReferralHistoryRow = typeof referralHistory.$inferSelect;

/** A de-identified question on the peer consultation board (相談掲示板). */
export const consultationThreads = pgTable(
  'consultation_threads',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    // Null once the asker is erased; never shown to others (the board is de-identified).
    askerAccountId: text('asker_account_id'),
    title: text('title').notNull(),
    body: text('body').notNull(),
    fields: text('fields').array().notNull(),
    languages: text('languages').array().notNull(),
    prefectureCode: text('prefecture_code').notNull(),
    regionCode: text('region_code').notNull(),
    status: text('status').$type<ThreadStatus>().notNull(),
    // Non-empty: held back for the asker to fix; nobody else reads it.
    piiFindings: jsonb('pii_findings').$type<PiiFinding[]>().notNull(),
    solvingAnswerId: uuid('solving_answer_id'),
    hiddenAt: instant('hidden_at'),
    hiddenReason: text('hidden_reason'),
    hiddenBy: text('hidden_by'),
    // When it was first readable by members: the posted event is recorded once.
    postedAt: instant('posted_at'),
    answeredAt: instant('answered_at'),
    caseStudyRequestedAt: instant('case_study_requested_at'),
    createdAt: instant('created_at').notNull(),
    updatedAt: instant('updated_at').notNull(),
  },
  (t) => [
    index('consultation_threads_board_idx').on(t.createdAt, t.id).where(sql`pii_findings = '[]'::jsonb and hidden_at is null`),
    index('consultation_threads_asker_idx').on(t.askerAccountId),
    index('consultation_threads_fields_idx').using('gin', t.fields),
    check('consultation_threads_status_check', sql`${t.status} in ('OPEN', 'SOLVED')`),
  ],
);

export type ThreadRow = typeof consultationThreads.$inferSelect;

export const consultationAnswers = pgTable(
  'consultation_answers',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    threadId: uuid('thread_id')
      .notNull()
      .references(() => consultationThreads.id),
    authorAccountId: text('author_account_id'),
    body: text('body').notNull(),
    piiFindings: jsonb('pii_findings').$type<PiiFinding[]>().notNull(),
    hiddenAt: instant('hidden_at'),
    hiddenReason: text('hidden_reason'),
    hiddenBy: text('hidden_by'),
    createdAt: instant('created_at').notNull(),
    updatedAt: instant('updated_at').notNull(),
  },
  (t) => [index('consultation_answers_thread_idx').on(t.threadId, t.createdAt, t.id)],
);

export type AnswerRow = typeof consultationAnswers.$inferSelect;

/** Experts the asker invited to a thread: coordinators, by id and account (what the invitee sees by). */
export const threadInvitations = pgTable(
  'thread_invitations',
  {
    threadId: uuid('thread_id')
      .notNull()
      .references(() => consultationThreads.id),
    coordinatorId: uuid('coordinator_id').notNull(),
    accountId: text('account_id'),
    invitedAt: instant('invited_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.threadId, t.coordinatorId] }), index('thread_invitations_account_idx').on(t.accountId)],
);

// Referral and board events go through the outbox; coordinator and partner events are
// projected here (who can receive a referral or answer as an expert).
export {
  contributorPseudonyms,
  coordinatorProjection,
  deadLetters,
  outbox,
  partnerProjection,
  processedEvents,
} from '@portal/platform/events';
