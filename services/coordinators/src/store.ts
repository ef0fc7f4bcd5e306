import { and, asc, count, eq, getTableColumns, inArray, or, sql, type SQL } from 'drizzle-orm';
import type { PostgresJsDatabase } from 'drizzle-orm/postgres-js';
import { matchesEveryTerm, overlaps, transactional, withTotal } from '@portal/platform';
import { recordEvents, type NewEvent } from '@portal/platform/events';
import * as schema from './db/schema';
import { certificateSerial, coordinators, type CoordinatorRow } from './db/schema';

export type Db = PostgresJsDatabase<typeof schema>;
type Executor = Db | Parameters<Parameters<Db['transaction']>[0]>[0];

export interface DirectoryFilter {
  prefectureCodes?: string[];
  fields?: string[];
  languages?: string[];
  text?: string;
  /** Only certifications that are ACTIVE and not yet past validUntil. */
  listedOnly: boolean;
}

export type NewCoordinator = Omit<typeof coordinators.$inferInsert, 'id' | 'certificateNumber' | 'createdAt' | 'updatedAt'>;
export type CoordinatorPatch = Partial<Omit<NewCoordinator, 'accountId' | 'cohortYear' | 'issuedAt' | 'validUntil'>>;

const sortKey = sql`${coordinators.sortKey} collate "C"`;
const todayInJapan = sql`(now() at time zone 'Asia/Tokyo')::date`;
const certificateSerialText = sql.raw(`lpad(nextval('${certificateSerial.seqName}')::text, 6, '0')`);
/** FRSC-<cohort year>-<serial>; the serial is drawn when the row is inserted. */
const certificateNumber = (cohortYear: number) => sql`${`FRSC-${cohortYear}-`} || ${certificateSerialText}`;

const countOf = (db: Executor, filter: DirectoryFilter) =>
  db.select({ n: count() }).from(coordinators).where(directoryConditions(filter));

function directoryConditions(filter: DirectoryFilter): SQL | undefined {
  return and(
    filter.listedOnly ? and(eq(coordinators.certificationStatus, 'ACTIVE'), sql`${coordinators.validUntil} >= ${todayInJapan}`) : undefined,
    filter.prefectureCodes?.length ? overlaps(coordinators.prefectureCodes, filter.prefectureCodes) : undefined,
    filter.fields?.length ? overlaps(coordinators.expertiseFields, filter.fields) : undefined,
    filter.languages?.length ? overlaps(coordinators.languageCodes, filter.languages) : undefined,
    filter.text ? matchesEveryTerm(coordinators.searchGrams, coordinators.searchText, filter.text) : undefined,
  );
}

/** The only place with SQL for coordinators. Writes run on the executor they are given. */
export const createStore = (db: Db) => transactional<Executor, ReturnType<typeof queries>>(db, queries);
function queries(db: Executor) {
  return {
    recordEvents(events: NewEvent[], traceparent: string) {
      return recordEvents(db, events, traceparent);
    },

    /** Coordinators by id or account id, in one statement. */
    findByKeys(ids: readonly string[], accountIds: readonly string[]): Promise<CoordinatorRow[]> {
      if (ids.length === 0 && accountIds.length === 0) return Promise.resolve([]);
      return db
        .select()
        .from(coordinators)
        .where(or(inArray(coordinators.id, [...ids]), inArray(coordinators.accountId, [...accountIds])));
    },

    /** One page of the directory in (sort key, id) order, after the given key; with its total when asked. */
    search(filter: DirectoryFilter, limit: number, after?: [string, string], counted = false) {
      return db
        .select(withTotal(getTableColumns(coordinators), counted ? countOf(db, filter) : undefined))
        .from(coordinators)
        .where(and(directoryConditions(filter), after ? sql`(${sortKey}, ${coordinators.id}) > (${after[0]}, ${after[1]})` : undefined))
        .orderBy(asc(sortKey), asc(coordinators.id))
        .limit(limit);
    },

    async count(filter: DirectoryFilter): Promise<number> {
      const [row] = await countOf(db, filter);
      return row?.n ?? 0;
    },

    /**
     * Inserts with the next certificate number, FRSC-<cohort year>-<serial>; null when the
     * account is already registered.
     */
    async insert(values: NewCoordinator): Promise<CoordinatorRow | null> {
      const [row] = await db
        .insert(coordinators)
        .values({ ...values, certificateNumber: certificateNumber(values.cohortYear) })
        .onConflictDoNothing({ target: coordinators.accountId })
        .returning();
      return row ?? null;
    },

    /**
     * Inserts a batch in one statement, numbering certificates as insert does; accounts
     * already registered are skipped. Returns how many rows were inserted.
     */
    /** Inserts a batch in one statement; accounts already registered are left out. */
    async insertMany(values: NewCoordinator[]): Promise<CoordinatorRow[]> {
      if (values.length === 0) return [];
      return db
        .insert(coordinators)
        .values(values.map((v) => ({ ...v, certificateNumber: certificateNumber(v.cohortYear) })))
        .onConflictDoNothing({ target: coordinators.accountId })
        .returning();
    },

    async updateByAccountId(accountId: string, patch: CoordinatorPatch): Promise<CoordinatorRow | null> {
      const [row] = await db
        .update(coordinators)
        .set({ ...patch, updatedAt: sql`now()` })
        .where(eq(coordinators.accountId, accountId))
        .returning();
      return row ?? null;
    },

    async setCertificationStatus(id: string, status: CoordinatorRow['certificationStatus']): Promise<CoordinatorRow | null> {
      const [row] = await db
        .update(coordinators)
        .set({ certificationStatus: status, updatedAt: sql`now()` })
        .where(eq(coordinators.id, id))
        .returning();
      return row ?? null;
    },
  };
}

export type Store = ReturnType<typeof createStore>;
