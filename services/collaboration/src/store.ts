import { and, asc, count, desc, eq, inArray, isNull, ne, or, sql, type AnyColumn, type SQL } from 'drizzle-orm';
import { activeCertification, overlaps, transactional, withTotal, type Executor } from '@portal/platform';
import {
  contributorIdOf,
  coordinatorProjection,
  forgetContributor,
  partnerProjection,
  recordEvents,
  type CoordinatorErasure,
  type CoordinatorProjectionRow,
  type NewEvent,
  type PartnerProjectionRow,
} from '@portal/platform/events';
import {
  consultationAnswers,
  consultationThreads,
  referralHistory,
  referralReceivers,
  referrals,
  threadInvitations,
  type AnswerRow,
  type ReferralHistoryRow,
  type ReferralReceiverRow,
  type ReferralRow,
  type ThreadRow,
} from './db/schema';
import type { ReferralStatus } from './vocabulary';

export type NewReferral = typeof referrals.$inferInsert;
export type NewReceiver = typeof referralReceivers.$inferInsert;
export type NewHistory = typeof referralHistory.$inferInsert;
export type NewThread = typeof consultationThreads.$inferInsert;
export type NewAnswer = typeof consultationAnswers.$inferInsert;
type ThreadPatch = Partial<Omit<NewThread, 'id'>>;
type AnswerPatch = Partial<Omit<NewAnswer, 'id' | 'threadId'>>;

/** Whose referrals a list shows: everyone's (admins) or those the account sent or receives. */
export interface ReferralReader {
  accountId: string;
  everyReferral: boolean;
}

export interface ReferralListFilter {
  sentByMe?: boolean;
  receivedByMe?: boolean;
  statuses?: ReferralStatus[];
}

/** Whose view of the board a list takes: members see public threads and their own. */
export interface BoardReader {
  accountId: string;
  heldAndHidden: boolean;
}

export interface ThreadListFilter {
  fields?: string[];
  languages?: string[];
  prefectureCodes?: string[];
  unsolvedOnly?: boolean;
  mine?: boolean;
  invitedMe?: boolean;
}

/** Where candidates for a need are looked for: its fields, and the prefectures near enough. */
export interface CandidateQuery {
  fields: readonly string[];
  prefectureCodes: readonly string[];
  excludeAccountId: string;
  limit: number;
}

const receivesAs = (accountId: string) =>
  sql`exists (select 1 from ${referralReceivers} where ${referralReceivers.referralId} = ${referrals.id} and ${referralReceivers.accountId} = ${accountId})`;

function referralConditions(reader: ReferralReader, filter: ReferralListFilter): SQL | undefined {
  const sent = eq(referrals.senderAccountId, reader.accountId);
  const received = receivesAs(reader.accountId);
  return and(
    reader.everyReferral ? undefined : or(sent, received),
    filter.sentByMe ? sent : undefined,
    filter.receivedByMe ? received : undefined,
    filter.statuses?.length ? inArray(referrals.status, filter.statuses) : undefined,
  );
}

const isPublicThread = sql`${consultationThreads.piiFindings} = '[]'::jsonb and ${consultationThreads.hiddenAt} is null`;

function threadConditions(reader: BoardReader, filter: ThreadListFilter): SQL | undefined {
  return and(
    reader.heldAndHidden ? undefined : or(isPublicThread, eq(consultationThreads.askerAccountId, reader.accountId)),
    filter.fields?.length ? overlaps(consultationThreads.fields, filter.fields) : undefined,
    filter.languages?.length ? overlaps(consultationThreads.languages, filter.languages) : undefined,
    filter.prefectureCodes?.length ? inArray(consultationThreads.prefectureCode, filter.prefectureCodes) : undefined,
    filter.unsolvedOnly ? eq(consultationThreads.status, 'OPEN') : undefined,
    filter.mine ? eq(consultationThreads.askerAccountId, reader.accountId) : undefined,
    filter.invitedMe
      ? sql`exists (select 1 from ${threadInvitations} where ${threadInvitations.threadId} = ${consultationThreads.id} and ${threadInvitations.accountId} = ${reader.accountId})`
      : undefined,
  );
}

const newestFirstAfter = (createdAt: AnyColumn, id: AnyColumn, after?: [string, string]) =>
  after ? sql`(${createdAt}, ${id}) < (${after[0]}::timestamptz, ${after[1]}::uuid)` : undefined;

/** Who may receive a referral or be invited as an expert. */
const activeCoordinator = () => activeCertification(coordinatorProjection.certificationStatus, coordinatorProjection.validUntil);

/** The only place with SQL for collaboration. Writes run on the executor they are given. */
export const createStore = (db: Executor) => transactional('collaboration', db, queries);
function queries(db: Executor) {
  const referralCount = (reader: ReferralReader, filter: ReferralListFilter) =>
    db.select({ n: count() }).from(referrals).where(referralConditions(reader, filter));
  const threadCount = (reader: BoardReader, filter: ThreadListFilter) =>
    db.select({ n: count() }).from(consultationThreads).where(threadConditions(reader, filter));

  return {
    recordEvents(events: NewEvent[], traceparent: string) {
      return recordEvents(db, events, traceparent);
    },

    contributorIdOf(accountId: string): Promise<string> {
      return contributorIdOf(db, accountId);
    },

    // The directory, as coordinator and partner events told it.

    /** Coordinators by id who may receive referrals today (active certification). */
    activeCoordinators(coordinatorIds: readonly string[]): Promise<CoordinatorProjectionRow[]> {
      if (coordinatorIds.length === 0) return Promise.resolve([]);
      return db
        .select()
        .from(coordinatorProjection)
        .where(and(inArray(coordinatorProjection.coordinatorId, [...coordinatorIds]), activeCoordinator()));
    },

    approvedPartners(partnerIds: readonly string[]): Promise<PartnerProjectionRow[]> {
      if (partnerIds.length === 0) return Promise.resolve([]);
      return db
        .select()
        .from(partnerProjection)
        .where(and(inArray(partnerProjection.partnerId, [...partnerIds]), eq(partnerProjection.approved, true)));
    },

    /** Coordinators with one of the fields, active in one of the prefectures, other than the caller. */
    candidateCoordinators(query: CandidateQuery): Promise<CoordinatorProjectionRow[]> {
      return db
        .select()
        .from(coordinatorProjection)
        .where(
          and(
            activeCoordinator(),
            overlaps(coordinatorProjection.fields, query.fields),
            overlaps(coordinatorProjection.prefectureCodes, query.prefectureCodes),
            ne(coordinatorProjection.accountId, query.excludeAccountId),
          ),
        )
        .orderBy(asc(coordinatorProjection.coordinatorId))
        .limit(query.limit);
    },

    /** Approved partners with one of the fields, serving one of the prefectures or every one. */
    candidatePartners(query: CandidateQuery): Promise<PartnerProjectionRow[]> {
      return db
        .select()
        .from(partnerProjection)
        .where(
          and(
            eq(partnerProjection.approved, true),
            overlaps(partnerProjection.fields, query.fields),
            or(eq(partnerProjection.nationwide, true), overlaps(partnerProjection.prefectureCodes, query.prefectureCodes)),
          ),
        )
        .orderBy(asc(partnerProjection.partnerId))
        .limit(query.limit);
    },

    // Referrals.

    async insertReferral(values: NewReferral): Promise<ReferralRow> {
      const [row] = await db.insert(referrals).values(values).returning();
      return row!;
    },

    insertReceivers(values: NewReceiver[]): Promise<ReferralReceiverRow[]> {
      return db.insert(referralReceivers).values(values).returning();
    },

    async recordHistory(values: NewHistory[]): Promise<void> {
      if (values.length > 0) await db.insert(referralHistory).values(values);
    },

    /**
     * The referral, its row locked until the transaction ends: answers, completion and
     * withdrawal of one referral happen one after the other, so two receivers accepting at
     * once cannot both win.
     */
    async lockReferral(id: string): Promise<ReferralRow | null> {
      const [row] = await db.select().from(referrals).where(eq(referrals.id, id)).for('update');
      return row ?? null;
    },

    findReferrals(ids: readonly string[]): Promise<ReferralRow[]> {
      if (ids.length === 0) return Promise.resolve([]);
      return db.select().from(referrals).where(inArray(referrals.id, [...ids]));
    },

    receiversOf(referralIds: readonly string[]): Promise<ReferralReceiverRow[]> {
      if (referralIds.length === 0) return Promise.resolve([]);
      return db.select().from(referralReceivers).where(inArray(referralReceivers.referralId, [...referralIds])).orderBy(asc(referralReceivers.id));
    },

    historyOf(referralIds: readonly string[]): Promise<ReferralHistoryRow[]> {
      if (referralIds.length === 0) return Promise.resolve([]);
      return db.select().from(referralHistory).where(inArray(referralHistory.referralId, [...referralIds])).orderBy(asc(referralHistory.seq));
    },

    async updateReferral(id: string, patch: Partial<Pick<ReferralRow, 'status' | 'acceptedReceiverId' | 'updatedAt'>>): Promise<ReferralRow> {
      const [row] = await db.update(referrals).set(patch).where(eq(referrals.id, id)).returning();
      return row!;
    },

    async answerReceiver(id: string, patch: Pick<ReferralReceiverRow, 'answer' | 'declineReason' | 'answeredAt'>): Promise<void> {
      await db.update(referralReceivers).set(patch).where(eq(referralReceivers.id, id));
    },

    /** One page of the referrals the reader sees, newest first (ties by id), after the given key. */
    referralPage(reader: ReferralReader, filter: ReferralListFilter, limit: number, after?: [string, string], counted = false) {
      return db
        .select(withTotal({ referral: referrals }, counted ? referralCount(reader, filter) : undefined))
        .from(referrals)
        .where(and(referralConditions(reader, filter), newestFirstAfter(referrals.createdAt, referrals.id, after)))
        .orderBy(desc(referrals.createdAt), desc(referrals.id))
        .limit(limit);
    },

    async countReferrals(reader: ReferralReader, filter: ReferralListFilter): Promise<number> {
      const [row] = await referralCount(reader, filter);
      return row?.n ?? 0;
    },

    // The consultation board.

    async insertThread(values: NewThread): Promise<ThreadRow> {
      const [row] = await db.insert(consultationThreads).values(values).returning();
      return row!;
    },

    insertThreads(values: NewThread[]): Promise<ThreadRow[]> {
      return db.insert(consultationThreads).values(values).returning();
    },

    /**
     * Updates the thread; with `unlessSet`, only while that moment is not recorded yet, so
     * that it is recorded once (null when a concurrent change came first).
     */
    async updateThread(id: string, patch: ThreadPatch, unlessSet?: 'postedAt' | 'answeredAt' | 'caseStudyRequestedAt'): Promise<ThreadRow | null> {
      const [row] = await db
        .update(consultationThreads)
        .set(patch)
        .where(and(eq(consultationThreads.id, id), unlessSet ? isNull(consultationThreads[unlessSet]) : undefined))
        .returning();
      return row ?? null;
    },

    /** The thread, locked until the transaction ends: marks of one thread run one at a time. */
    async lockThread(id: string): Promise<ThreadRow | null> {
      const [row] = await db.select().from(consultationThreads).where(eq(consultationThreads.id, id)).for('update');
      return row ?? null;
    },

    /** The answer, locked until the transaction ends: edits of one answer run one at a time. */
    async lockAnswer(id: string): Promise<AnswerRow | null> {
      const [row] = await db.select().from(consultationAnswers).where(eq(consultationAnswers.id, id)).for('update');
      return row ?? null;
    },

    findThreads(ids: readonly string[]): Promise<ThreadRow[]> {
      if (ids.length === 0) return Promise.resolve([]);
      return db.select().from(consultationThreads).where(inArray(consultationThreads.id, [...ids]));
    },

    threadPage(reader: BoardReader, filter: ThreadListFilter, limit: number, after?: [string, string], counted = false) {
      return db
        .select(withTotal({ thread: consultationThreads }, counted ? threadCount(reader, filter) : undefined))
        .from(consultationThreads)
        .where(and(threadConditions(reader, filter), newestFirstAfter(consultationThreads.createdAt, consultationThreads.id, after)))
        .orderBy(desc(consultationThreads.createdAt), desc(consultationThreads.id))
        .limit(limit);
    },

    async countThreads(reader: BoardReader, filter: ThreadListFilter): Promise<number> {
      const [row] = await threadCount(reader, filter);
      return row?.n ?? 0;
    },

    async insertAnswer(values: NewAnswer): Promise<AnswerRow> {
      const [row] = await db.insert(consultationAnswers).values(values).returning();
      return row!;
    },

    insertAnswers(values: NewAnswer[]): Promise<AnswerRow[]> {
      return db.insert(consultationAnswers).values(values).returning();
    },

    async updateAnswer(id: string, patch: AnswerPatch): Promise<AnswerRow> {
      const [row] = await db.update(consultationAnswers).set(patch).where(eq(consultationAnswers.id, id)).returning();
      return row!;
    },

    findAnswers(ids: readonly string[]): Promise<AnswerRow[]> {
      if (ids.length === 0) return Promise.resolve([]);
      return db.select().from(consultationAnswers).where(inArray(consultationAnswers.id, [...ids]));
    },

    /** Every answer of the threads, oldest first. */
    answersOf(threadIds: readonly string[]): Promise<AnswerRow[]> {
      if (threadIds.length === 0) return Promise.resolve([]);
      return db
        .select()
        .from(consultationAnswers)
        .where(inArray(consultationAnswers.threadId, [...threadIds]))
        .orderBy(asc(consultationAnswers.createdAt), asc(consultationAnswers.id));
    },

    /** Invites each coordinator once; inviting again changes nothing. */
    async invite(values: (typeof threadInvitations.$inferInsert)[]): Promise<void> {
      if (values.length > 0) await db.insert(threadInvitations).values(values).onConflictDoNothing();
    },

    invitationsOf(threadIds: readonly string[]) {
      if (threadIds.length === 0) return Promise.resolve([]);
      return db
        .select()
        .from(threadInvitations)
        .where(inArray(threadInvitations.threadId, [...threadIds]))
        .orderBy(asc(threadInvitations.invitedAt), asc(threadInvitations.coordinatorId));
    },

    async isEmpty(): Promise<boolean> {
      const [referral] = await db.select({ id: referrals.id }).from(referrals).limit(1);
      const [thread] = await db.select({ id: consultationThreads.id }).from(consultationThreads).limit(1);
      return !referral && !thread;
    },

    /**
     * Forgets an erased account: what they sent, asked and answered stays without them (the
     * other side of a referral keeps its record); invitations of theirs go; their pseudonym
     * links to nobody; a moderation they made as staff names no one.
     */
    async forgetAccount({ accountId, coordinatorId }: CoordinatorErasure): Promise<void> {
      await db.update(referrals).set({ senderAccountId: null }).where(eq(referrals.senderAccountId, accountId));
      await db
        .update(referralReceivers)
        .set({ accountId: null, coordinatorId: null })
        .where(or(eq(referralReceivers.accountId, accountId), eq(referralReceivers.coordinatorId, coordinatorId)));
      await db.update(consultationThreads).set({ askerAccountId: null }).where(eq(consultationThreads.askerAccountId, accountId));
      await db.update(consultationThreads).set({ hiddenBy: null }).where(eq(consultationThreads.hiddenBy, accountId));
      await db.update(consultationAnswers).set({ authorAccountId: null }).where(eq(consultationAnswers.authorAccountId, accountId));
      await db.update(consultationAnswers).set({ hiddenBy: null }).where(eq(consultationAnswers.hiddenBy, accountId));
      await db.delete(threadInvitations).where(or(eq(threadInvitations.accountId, accountId), eq(threadInvitations.coordinatorId, coordinatorId)));
      await forgetContributor(db, accountId);
    },
  };
}

export type Store = ReturnType<typeof createStore>;
