import { and, count, desc, eq, getTableColumns, inArray, isNull, or, sql, type SQL } from 'drizzle-orm';
import { matchesEveryTerm, overlaps, transactional, withTotal, type Executor } from '@portal/platform';
import { coordinatorProjection, recordEvents, type NewEvent } from '@portal/platform/events';
import { announcementReads, announcements } from './db/schema';
import type { AnnouncementCategory, AnnouncementImportance } from './vocabulary';

/** Whose view of the announcements a query takes. */
export interface Reader {
  /** The account whose read receipts count and, unless `everyPrefecture`, whose activity prefectures. */
  accountId: string;
  /** Every announcement wherever it is targeted; otherwise nationwide ones and the reader's prefectures'. */
  everyPrefecture: boolean;
  /** Withdrawn announcements too. */
  withdrawn: boolean;
}

export interface InboxFilter {
  categories?: AnnouncementCategory[];
  importances?: AnnouncementImportance[];
  fields?: string[];
  unreadOnly?: boolean;
  text?: string;
}

const { searchText: _text, searchGrams: _grams, ...shownColumns } = getTableColumns(announcements);

export type NewAnnouncement = Omit<typeof announcements.$inferInsert, 'withdrawnAt' | 'withdrawnBy'>;
/** An announcement as a reader sees it: without its search columns, with their receipt. */
export type Announcement = Omit<typeof announcements.$inferSelect, 'searchText' | 'searchGrams'> & { isRead: boolean };

const readBy = (accountId: string) =>
  sql<boolean>`exists (select 1 from ${announcementReads} where ${announcementReads.announcementId} = ${announcements.id} and ${announcementReads.accountId} = ${accountId})`;

// The reader's activity prefectures as the coordinator events last said (none when no event
// about the account has arrived yet): read in the same statement, so that one request never
// mixes two versions of them.
const projectedPrefectures = (accountId: string) =>
  sql`coalesce((select ${coordinatorProjection.prefectureCodes} from ${coordinatorProjection} where ${coordinatorProjection.accountId} = ${accountId}), '{}'::text[])`;

function visibleTo(reader: Reader): SQL | undefined {
  return and(
    reader.withdrawn ? undefined : isNull(announcements.withdrawnAt),
    reader.everyPrefecture
      ? undefined
      : sql`(${announcements.targetPrefectureCodes} = '{}'::text[] or ${announcements.targetPrefectureCodes} && ${projectedPrefectures(reader.accountId)})`,
  );
}

function inboxConditions(reader: Reader, filter: InboxFilter): SQL | undefined {
  return and(
    visibleTo(reader),
    filter.categories?.length ? inArray(announcements.category, filter.categories) : undefined,
    filter.importances?.length ? inArray(announcements.importance, filter.importances) : undefined,
    filter.fields?.length ? overlaps(announcements.relatedFields, filter.fields) : undefined,
    filter.unreadOnly ? sql`not ${readBy(reader.accountId)}` : undefined,
    filter.text ? matchesEveryTerm(announcements.searchGrams, announcements.searchText, filter.text) : undefined,
  );
}

/** The only place with SQL for announcements. Writes run on the executor they are given. */
const countOf = (db: Executor, reader: Reader, filter: InboxFilter) =>
  db.select({ n: count() }).from(announcements).where(inboxConditions(reader, filter));

export const createStore = (db: Executor) => transactional('announcements', db, queries);
function queries(db: Executor) {
  return {
    recordEvents(events: NewEvent[], traceparent: string) {
      return recordEvents(db, events, traceparent);
    },

    async insert(values: NewAnnouncement): Promise<Announcement> {
      const [row] = await db
        .insert(announcements)
        .values(values)
        .returning({ ...shownColumns, isRead: sql<boolean>`false` });
      return row!;
    },

    async insertMany(values: NewAnnouncement[]): Promise<number> {
      if (values.length === 0) return 0;
      return (await db.insert(announcements).values(values).returning({ id: announcements.id })).length;
    },

    /** Records that the account has read the announcement; the first time counts. */
    async markRead(accountId: string, announcementId: string): Promise<void> {
      await db.insert(announcementReads).values({ accountId, announcementId }).onConflictDoNothing();
    },

    async markManyRead(receipts: { accountId: string; announcementId: string }[]): Promise<void> {
      if (receipts.length > 0) await db.insert(announcementReads).values(receipts).onConflictDoNothing();
    },

    /** Whether it is withdrawn already, its row locked until the transaction ends; null when there is no such announcement. */
    async lockForWithdrawal(id: string): Promise<{ withdrawn: boolean } | null> {
      const [row] = await db.select({ withdrawnAt: announcements.withdrawnAt }).from(announcements).where(eq(announcements.id, id)).for('update');
      return row ? { withdrawn: row.withdrawnAt !== null } : null;
    },

    /** Marks it withdrawn unless it already is (the first withdrawal stays); null when there is no such announcement. */
    async withdraw(reader: Reader, id: string, at: Date): Promise<Announcement | null> {
      const [row] = await db
        .update(announcements)
        .set({
          withdrawnAt: sql`coalesce(${announcements.withdrawnAt}, ${at.toISOString()}::timestamptz)`,
          withdrawnBy: sql`coalesce(${announcements.withdrawnBy}, ${reader.accountId})`,
        })
        .where(eq(announcements.id, id))
        .returning({ ...shownColumns, isRead: readBy(reader.accountId) });
      return row ?? null;
    },

    /** The announcements among `ids` that the reader can see, in one statement. */
    findVisible(reader: Reader, ids: readonly string[]): Promise<Announcement[]> {
      if (ids.length === 0) return Promise.resolve([]);
      return db
        .select({ ...shownColumns, isRead: readBy(reader.accountId) })
        .from(announcements)
        .where(and(inArray(announcements.id, [...ids]), visibleTo(reader)));
    },

    /** One page of the reader's inbox, newest first (ties by id), after the given key. */
    page(reader: Reader, filter: InboxFilter, limit: number, after?: [string, string], counted = false) {
      return db
        .select(withTotal({ ...shownColumns, isRead: readBy(reader.accountId) }, counted ? countOf(db, reader, filter) : undefined))
        .from(announcements)
        .where(
          and(
            inboxConditions(reader, filter),
            after ? sql`(${announcements.publishedAt}, ${announcements.id}) < (${after[0]}::timestamptz, ${after[1]}::uuid)` : undefined,
          ),
        )
        .orderBy(desc(announcements.publishedAt), desc(announcements.id))
        .limit(limit);
    },

    async count(reader: Reader, filter: InboxFilter): Promise<number> {
      const [row] = await countOf(db, reader, filter);
      return row?.n ?? 0;
    },

    async isEmpty(): Promise<boolean> {
      return (await db.select({ id: announcements.id }).from(announcements).limit(1)).length === 0;
    },

    /** Forgets an erased account: its read receipts go; what it published or withdrew as staff names no one. */
    async forgetAccount(accountId: string): Promise<void> {
      await db.delete(announcementReads).where(eq(announcementReads.accountId, accountId));
      await db
        .update(announcements)
        .set({
          publisherAccountId: sql`nullif(${announcements.publisherAccountId}, ${accountId})`,
          withdrawnBy: sql`nullif(${announcements.withdrawnBy}, ${accountId})`,
        })
        .where(or(eq(announcements.publisherAccountId, accountId), eq(announcements.withdrawnBy, accountId)));
    },
  };
}

export type Store = ReturnType<typeof createStore>;
