import { and, asc, count, eq, getTableColumns, inArray, or, sql, type SQL } from 'drizzle-orm';
import { matchesEveryTerm, overlaps, transactional, withTotal, type Executor } from '@portal/platform';
import { recordEvents, type NewEvent } from '@portal/platform/events';
import { changes, endorsements, partners, type ChangeRow, type EndorsementRow, type PartnerRow, type PartnerStatus } from './db/schema';
import { EVERY_PREFECTURE } from './document';

export interface PartnerQuery {
  fields?: string[];
  prefectureCodes?: string[];
  languages?: string[];
  text?: string;
  statuses?: PartnerStatus[];
  proposedBy?: string;
  /** Everything (agency admins), or approved partners plus the caller's own proposals. */
  scope: { everything: true } | { everything: false; accountId: string };
}

export type NewPartner = typeof partners.$inferInsert;
export type PartnerPatch = Partial<Omit<NewPartner, 'id' | 'proposedBy' | 'createdAt'>>;
export type NewChange = Omit<typeof changes.$inferInsert, 'id'>;
export type NewEndorsement = typeof endorsements.$inferInsert;

const sortKey = sql`${partners.sortKey} collate "C"`;

function queryConditions(query: PartnerQuery): SQL | undefined {
  return and(
    query.scope.everything ? undefined : or(eq(partners.status, 'APPROVED'), eq(partners.proposedBy, query.scope.accountId)),
    query.statuses?.length ? inArray(partners.status, query.statuses) : undefined,
    query.proposedBy !== undefined ? eq(partners.proposedBy, query.proposedBy) : undefined,
    query.fields?.length ? overlaps(partners.fields, query.fields) : undefined,
    // A nationwide or remote service serves every prefecture.
    query.prefectureCodes?.length ? overlaps(partners.prefectureCodes, [...query.prefectureCodes, EVERY_PREFECTURE]) : undefined,
    query.languages?.length ? overlaps(partners.languageCodes, query.languages) : undefined,
    query.text ? matchesEveryTerm(partners.searchGrams, partners.searchText, query.text) : undefined,
  );
}

const countOf = (db: Executor, query: PartnerQuery) => db.select({ n: count() }).from(partners).where(queryConditions(query));

function statements(db: Executor) {
  return {
    recordEvents(events: NewEvent[], traceparent: string) {
      return recordEvents(db, events, traceparent);
    },

    /** Partners by id, in one statement. */
    findByIds(ids: readonly string[]): Promise<PartnerRow[]> {
      if (ids.length === 0) return Promise.resolve([]);
      return db.select().from(partners).where(inArray(partners.id, [...ids]));
    },

    /** The partner, locked until the transaction ends, so that concurrent edits apply one after the other. */
    async lockById(id: string): Promise<PartnerRow | null> {
      const [row] = await db.select().from(partners).where(eq(partners.id, id)).for('update');
      return row ?? null;
    },

    /** One page of the directory in (sort key, id) order, after the given key. */
    /** One page of the directory in (sort key, id) order, after the given key; with its total when asked. */
    search(query: PartnerQuery, limit: number, after?: [string, string], counted = false) {
      return db
        .select(withTotal(getTableColumns(partners), counted ? countOf(db, query) : undefined))
        .from(partners)
        .where(and(queryConditions(query), after ? sql`(${sortKey}, ${partners.id}) > (${after[0]}, ${after[1]})` : undefined))
        .orderBy(asc(sortKey), asc(partners.id))
        .limit(limit);
    },

    async count(query: PartnerQuery): Promise<number> {
      const [row] = await countOf(db, query);
      return row?.n ?? 0;
    },

    async insert(values: NewPartner): Promise<PartnerRow> {
      const [row] = await db.insert(partners).values(values).returning();
      return row!;
    },

    /** Inserts a batch in one statement. */
    async insertMany(values: NewPartner[]): Promise<PartnerRow[]> {
      if (values.length === 0) return [];
      return db.insert(partners).values(values).returning();
    },

    /** Applies the patch and stamps last_modified; null when there is no such partner. */
    async update(id: string, patch: PartnerPatch): Promise<PartnerRow | null> {
      const [row] = await db
        .update(partners)
        .set({ ...patch, lastModified: sql`now()` })
        .where(eq(partners.id, id))
        .returning();
      return row ?? null;
    },

    async insertChanges(rows: NewChange[]): Promise<void> {
      if (rows.length > 0) await db.insert(changes).values(rows);
    },

    /** The edit history of each partner, oldest first, in one statement. */
    changesOf(partnerIds: readonly string[]): Promise<ChangeRow[]> {
      if (partnerIds.length === 0) return Promise.resolve([]);
      return db.select().from(changes).where(inArray(changes.partnerId, [...partnerIds])).orderBy(asc(changes.id));
    },

    /** Records an endorsement; endorsing again changes nothing. */
    async endorse(partnerId: string, accountId: string): Promise<void> {
      await db.insert(endorsements).values({ partnerId, accountId }).onConflictDoNothing();
    },

    async insertEndorsements(rows: NewEndorsement[]): Promise<number> {
      if (rows.length === 0) return 0;
      const inserted = await db.insert(endorsements).values(rows).onConflictDoNothing().returning({ partnerId: endorsements.partnerId });
      return inserted.length;
    },

    async withdrawEndorsement(partnerId: string, accountId: string): Promise<void> {
      await db.delete(endorsements).where(and(eq(endorsements.partnerId, partnerId), eq(endorsements.accountId, accountId)));
    },

    /** The endorsements of each partner, earliest first, in one statement. */
    endorsementsOf(partnerIds: readonly string[]): Promise<EndorsementRow[]> {
      if (partnerIds.length === 0) return Promise.resolve([]);
      return db
        .select()
        .from(endorsements)
        .where(inArray(endorsements.partnerId, [...partnerIds]))
        .orderBy(asc(endorsements.createdAt), asc(endorsements.accountId));
    },

    /** The partners each account endorsed, in directory order, in one statement. */
    async endorsedPartnersOf(accountIds: readonly string[]): Promise<{ accountId: string; partner: PartnerRow }[]> {
      if (accountIds.length === 0) return [];
      const rows = await db
        .select()
        .from(endorsements)
        .innerJoin(partners, eq(partners.id, endorsements.partnerId))
        .where(inArray(endorsements.accountId, [...accountIds]))
        .orderBy(asc(sortKey), asc(partners.id));
      // Found by account id, so never a former member's.
      return rows.map((row) => ({ accountId: row.partner_endorsements.accountId!, partner: row.partners }));
    },

    /**
     * Forgets an erased coordinator's account: their endorsements stay as a former member's
     * (each partner's count stays the same), their proposals and history entries name no one.
     */
    async forgetAccount(accountId: string): Promise<void> {
      await db.update(endorsements).set({ accountId: null }).where(eq(endorsements.accountId, accountId));
      await db
        .update(partners)
        .set({ proposedBy: sql`nullif(${partners.proposedBy}, ${accountId})`, reviewedBy: sql`nullif(${partners.reviewedBy}, ${accountId})` })
        .where(or(eq(partners.proposedBy, accountId), eq(partners.reviewedBy, accountId)));
      await db.update(changes).set({ changedBy: null }).where(eq(changes.changedBy, accountId));
    },
  };
}

/** The only place with SQL for partners. Writes run on the executor they are given; `transaction` groups them. */
export const createStore = (db: Executor) => transactional('partners', db, statements);

export type Store = ReturnType<typeof createStore>;
