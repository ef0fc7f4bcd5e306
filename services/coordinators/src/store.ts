import { and, asc, count, desc, eq, getTableColumns, gte, inArray, or, sql, type SQL } from 'drizzle-orm';
import type { TypedQueryBuilder } from 'drizzle-orm/query-builders/query-builder';
import { activeCertification, matchesEveryTerm, overlaps, transactional, withTotal, type Executor } from '@portal/platform';
import { contributorIdOf, forgetContributor, recordEvents, type NewEvent } from '@portal/platform/events';
import {
  activityReports,
  certificateSerial,
  certificationRenewals,
  coordinatorListing,
  coordinatorListingCounts,
  coordinators,
  erasureRequests,
  outbox,
  trainingAttendance,
  trainingSessions,
  type ActivityReportRow,
  type CertificationRenewalRow,
  type CoordinatorRow,
  type ListingFacet,
  type TrainingSessionRow,
} from './db/schema';

export interface DirectoryFilter {
  prefectureCodes?: string[];
  fields?: string[];
  languages?: string[];
  text?: string;
  /** Only certifications that are ACTIVE and not yet past validUntil. */
  listedOnly: boolean;
}

export type ActivityReportValues = Omit<typeof activityReports.$inferInsert, 'id' | 'updatedAt'>;

export type NewCoordinator = Omit<typeof coordinators.$inferInsert, 'id' | 'certificateNumber' | 'createdAt' | 'updatedAt'>;
export type CoordinatorPatch = Partial<Omit<NewCoordinator, 'accountId' | 'cohortYear' | 'issuedAt' | 'validUntil'>>;
/** An insert or update of coordinators returning every column. */
type CoordinatorsWrite = TypedQueryBuilder<(typeof coordinators)['_']['columns'], CoordinatorRow[]>;

const sortKey = sql`${coordinatorListing.sortKey} collate "C"`;
const certificateSerialText = sql.raw(`lpad(nextval('${certificateSerial.seqName}')::text, 6, '0')`);
/** FRSC-<cohort year>-<serial>; the serial is drawn when the row is inserted. */
const certificateNumber = (cohortYear: number) => sql`${`FRSC-${cohortYear}-`} || ${certificateSerialText}`;
const listingOfRow = eq(coordinatorListing.id, coordinators.id);

/** Either table's copy of the columns the directory filters on. */
type FilterColumns = typeof coordinatorListing | typeof coordinators;

function filterConditions(table: FilterColumns, filter: DirectoryFilter): SQL | undefined {
  return and(
    filter.listedOnly ? activeCertification(table.certificationStatus, table.validUntil) : undefined,
    filter.prefectureCodes?.length ? overlaps(table.prefectureCodes, filter.prefectureCodes) : undefined,
    filter.fields?.length ? overlaps(table.expertiseFields, filter.fields) : undefined,
    filter.languages?.length ? overlaps(table.languageCodes, filter.languages) : undefined,
  );
}

const textCondition = (filter: DirectoryFilter) =>
  filter.text ? matchesEveryTerm(coordinators.searchGrams, coordinators.searchText, filter.text) : undefined;

/**
 * The one filter value whose maintained count is the total (no filter: `all`), or null
 * when the filter combines values or has text: those totals are counted.
 */
function countedFacet(filter: DirectoryFilter): { facet: ListingFacet; value: string } | null {
  if (filter.text) return null;
  const given = (
    [
      ['prefecture', filter.prefectureCodes],
      ['field', filter.fields],
      ['language', filter.languages],
    ] as const
  ).flatMap(([facet, values]) => (values?.length ? [{ facet, values: new Set(values) }] : []));
  if (given.length === 0) return { facet: 'all', value: '' };
  const [only] = given;
  return given.length === 1 && only!.values.size === 1 ? { facet: only!.facet, value: [...only!.values][0]! } : null;
}

/**
 * The total of a search, always exact. A single filter value (Tokyo; or none) sums the
 * maintained counts of coordinator_listing_counts: a few hundred index entries, one per
 * status and validity date, where a count reads every matching listing row (12,755 for
 * Tokyo at 100,000 coordinators). Any other filter counts. Without a text term the count
 * reads the narrow listing only; with one, coordinators only: the text match visits those
 * rows anyway, and they carry the same filter columns, so a join to the listing would only
 * add a lookup per matching row.
 */
function countOf(db: Executor, filter: DirectoryFilter) {
  const facet = countedFacet(filter);
  if (facet) {
    const counts = coordinatorListingCounts;
    return db
      .select({ n: sql<number>`coalesce(sum(${counts.n}), 0)::int` })
      .from(counts)
      .where(
        and(
          eq(counts.facet, facet.facet),
          eq(counts.value, facet.value),
          filter.listedOnly ? activeCertification(counts.certificationStatus, counts.validUntil) : undefined,
        ),
      );
  }
  const text = textCondition(filter);
  const table = text ? coordinators : coordinatorListing;
  return db
    .select({ n: count() })
    .from(table)
    .where(and(filterConditions(table, filter), text));
}

/** On conflict, every listing column but the key takes the value proposed for insertion (`excluded`). */
const excludedListing = Object.fromEntries(
  Object.entries(getTableColumns(coordinatorListing))
    .filter(([, column]) => !column.primary)
    .map(([key, column]) => [key, sql`excluded.${sql.identifier(column.name)}`]),
);

/** The only place with SQL for coordinators. Writes run on the executor they are given. */
export const createStore = (db: Executor) => transactional('coordinators', db, queries);
function queries(db: Executor) {
  /**
   * Runs a write of coordinators (returning its rows) and the upsert of their listing rows
   * as one statement: the listing cannot fall behind, inside a transaction or not.
   */
  function writeListed(write: CoordinatorsWrite): Promise<CoordinatorRow[]> {
    const written = db.$with('written').as(write);
    const listed = db.$with('listed').as(
      db
        .insert(coordinatorListing)
        .select(
          db
            .select({
              id: written.id,
              sortKey: written.sortKey,
              certificationStatus: written.certificationStatus,
              validUntil: written.validUntil,
              prefectureCodes: written.prefectureCodes,
              expertiseFields: written.expertiseFields,
              languageCodes: written.languageCodes,
            })
            .from(written),
        )
        .onConflictDoUpdate({ target: coordinatorListing.id, set: excludedListing }),
    );
    return db.with(written, listed).select().from(written);
  }

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

    /**
     * One page of the directory in (sort key, id) order, after the given key; with its total
     * when asked. Filters, order and cursor apply to the listing; the rows come from coordinators.
     */
    search(filter: DirectoryFilter, limit: number, after?: [string, string], counted = false) {
      const text = textCondition(filter);
      return db
        .select(withTotal(getTableColumns(coordinators), counted ? countOf(db, filter) : undefined))
        .from(coordinatorListing)
        .innerJoin(coordinators, listingOfRow)
        .where(
          and(
            filterConditions(coordinatorListing, filter),
            // Postgres estimates a text term of several bigrams far too rare and starts from its
            // matches: the same filters on the row's own columns keep the join to the few that pass.
            ...(text ? [text, filterConditions(coordinators, filter)] : []),
            after ? sql`(${sortKey}, ${coordinatorListing.id}) > (${after[0]}, ${after[1]})` : undefined,
          ),
        )
        .orderBy(asc(sortKey), asc(coordinatorListing.id))
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
      const [row] = await writeListed(
        db
          .insert(coordinators)
          .values({ ...values, certificateNumber: certificateNumber(values.cohortYear) })
          .onConflictDoNothing({ target: coordinators.accountId })
          .returning(),
      );
      return row ?? null;
    },

    /** Inserts a batch in one statement, numbering certificates as insert does; accounts already registered are left out. */
    async insertMany(values: NewCoordinator[]): Promise<CoordinatorRow[]> {
      if (values.length === 0) return [];
      return writeListed(
        db
          .insert(coordinators)
          .values(values.map((v) => ({ ...v, certificateNumber: certificateNumber(v.cohortYear) })))
          .onConflictDoNothing({ target: coordinators.accountId })
          .returning(),
      );
    },

    async updateByAccountId(accountId: string, patch: CoordinatorPatch): Promise<CoordinatorRow | null> {
      const [row] = await writeListed(
        db
          .update(coordinators)
          .set({ ...patch, updatedAt: sql`now()` })
          .where(eq(coordinators.accountId, accountId))
          .returning(),
      );
      return row ?? null;
    },

    async setCertificationStatus(id: string, status: CoordinatorRow['certificationStatus']): Promise<CoordinatorRow | null> {
      const [row] = await writeListed(
        db
          .update(coordinators)
          .set({ certificationStatus: status, updatedAt: sql`now()` })
          .where(eq(coordinators.id, id))
          .returning(),
      );
      return row ?? null;
    },

    /** Records the coordinator's request to be erased; asking again keeps the first one. Null when there is no such coordinator. */
    async requestErasure(coordinatorId: string): Promise<{ requestedAt: Date } | null> {
      const [row] = await db
        .insert(erasureRequests)
        .select(db.select({ coordinatorId: coordinators.id, requestedAt: sql`now()`.as('requested_at') }).from(coordinators).where(eq(coordinators.id, coordinatorId)))
        // A no-op update, so that the first request's time comes back.
        .onConflictDoUpdate({ target: erasureRequests.coordinatorId, set: { requestedAt: sql`${erasureRequests.requestedAt}` } })
        .returning({ requestedAt: erasureRequests.requestedAt });
      return row ?? null;
    },

    /** Pending erasure requests with their coordinators, oldest first, in one statement. */
    async erasureRequests(): Promise<{ requestedAt: Date; coordinator: CoordinatorRow }[]> {
      return db
        .select({ requestedAt: erasureRequests.requestedAt, coordinator: getTableColumns(coordinators) })
        .from(erasureRequests)
        .innerJoin(coordinators, eq(coordinators.id, erasureRequests.coordinatorId))
        .orderBy(asc(erasureRequests.requestedAt), asc(erasureRequests.coordinatorId));
    },

    /** Deletes the coordinator with their listing row and erasure request; null when there is none (any more). */
    async deleteCoordinator(id: string): Promise<{ id: string; accountId: string } | null> {
      const [row] = await db.delete(coordinators).where(eq(coordinators.id, id)).returning({ id: coordinators.id, accountId: coordinators.accountId });
      return row ?? null;
    },

    /** Deletes the coordinator's events from the outbox, published or not: their data names the account. */
    async deleteEventsOf(coordinatorId: string): Promise<void> {
      await db.delete(outbox).where(eq(outbox.aggregateId, coordinatorId));
    },

    /**
     * Marks up to `limit` certifications whose validUntil passed before `today` as announced
     * expired, returning them; rows another sweep holds are skipped, so each is announced once.
     */
    markExpired(today: string, limit: number): Promise<CoordinatorRow[]> {
      const due = db
        .select({ id: coordinators.id })
        .from(coordinators)
        .where(
          and(
            eq(coordinators.certificationStatus, 'ACTIVE'),
            sql`${coordinators.validUntil} < ${today}`,
            sql`${coordinators.expiryAnnouncedFor} is distinct from ${coordinators.validUntil}`,
          ),
        )
        .limit(limit)
        .for('update', { skipLocked: true });
      return db
        .update(coordinators)
        .set({ expiryAnnouncedFor: sql`${coordinators.validUntil}` })
        .where(inArray(coordinators.id, due))
        .returning();
    },

    async insertTrainingSession(values: Omit<typeof trainingSessions.$inferInsert, 'id' | 'createdAt'>): Promise<TrainingSessionRow> {
      const [row] = await db.insert(trainingSessions).values(values).returning();
      return row!;
    },

    /** Sessions earliest first, from the given day on when one is given. */
    trainingSessions(from?: string): Promise<TrainingSessionRow[]> {
      return db
        .select()
        .from(trainingSessions)
        .where(from ? gte(trainingSessions.heldOn, from) : undefined)
        .orderBy(asc(trainingSessions.heldOn), asc(trainingSessions.id));
    },

    /**
     * Records a coordinator's attendance at a session, replacing an earlier record; null when
     * the session or the coordinator does not exist (any more).
     */
    async recordAttendance(sessionId: string, coordinatorId: string, completed: boolean) {
      const [row] = await db
        .insert(trainingAttendance)
        .select(
          db
            .select({ sessionId: trainingSessions.id, coordinatorId: coordinators.id, completed: sql`${completed}::boolean`.as('completed'), recordedAt: sql`now()`.as('recorded_at') })
            .from(trainingSessions)
            .innerJoin(coordinators, eq(coordinators.id, coordinatorId))
            .where(eq(trainingSessions.id, sessionId)),
        )
        .onConflictDoUpdate({
          target: [trainingAttendance.sessionId, trainingAttendance.coordinatorId],
          set: { completed: sql`excluded.completed`, recordedAt: sql`excluded.recorded_at` },
        })
        .returning();
      return row ?? null;
    },

    /** Inserts attendance records in one statement (demo data). */
    async insertAttendanceMany(records: Omit<typeof trainingAttendance.$inferInsert, 'recordedAt'>[]): Promise<void> {
      if (records.length > 0) await db.insert(trainingAttendance).values(records);
    },

    /** The training records of the given coordinators with their sessions, latest session first, in one statement. */
    trainingRecordsOf(coordinatorIds: readonly string[]) {
      if (coordinatorIds.length === 0) return Promise.resolve([]);
      return db
        .select({ coordinatorId: trainingAttendance.coordinatorId, completed: trainingAttendance.completed, recordedAt: trainingAttendance.recordedAt, session: getTableColumns(trainingSessions) })
        .from(trainingAttendance)
        .innerJoin(trainingSessions, eq(trainingSessions.id, trainingAttendance.sessionId))
        .where(inArray(trainingAttendance.coordinatorId, [...coordinatorIds]))
        .orderBy(desc(trainingSessions.heldOn), desc(trainingSessions.id));
    },

    /** The renewals of the given coordinators, latest first, in one statement. */
    renewalsOf(coordinatorIds: readonly string[]): Promise<CertificationRenewalRow[]> {
      if (coordinatorIds.length === 0) return Promise.resolve([]);
      return db
        .select()
        .from(certificationRenewals)
        .where(inArray(certificationRenewals.coordinatorId, [...coordinatorIds]))
        .orderBy(desc(certificationRenewals.renewedAt), desc(certificationRenewals.id));
    },

    /**
     * Moves the validity from `from` to `to` and records the renewal; null when the
     * certification is no longer valid until `from` (renewed meanwhile): of two renewals at
     * once, one extends.
     */
    async renew(coordinatorId: string, from: string, to: string): Promise<CoordinatorRow | null> {
      const [row] = await writeListed(
        db
          .update(coordinators)
          .set({ validUntil: to, updatedAt: sql`now()` })
          .where(and(eq(coordinators.id, coordinatorId), eq(coordinators.validUntil, from)))
          .returning(),
      );
      if (!row) return null;
      await db.insert(certificationRenewals).values({ coordinatorId, previousValidUntil: from, validUntil: to });
      return row;
    },

    /**
     * Files the coordinator's report of a quarter, or replaces the one filed: one row per
     * coordinator and quarter, so two filings at once leave one report, the later one's.
     */
    async upsertActivityReport(values: ActivityReportValues): Promise<ActivityReportRow> {
      const { coordinatorId: _c, quarter: _q, ...changes } = values;
      const [row] = await db
        .insert(activityReports)
        .values(values)
        .onConflictDoUpdate({ target: [activityReports.coordinatorId, activityReports.quarter], set: { ...changes, updatedAt: sql`now()` } })
        .returning();
      return row!;
    },

    /** Inserts reports in one statement (demo data), returning them. */
    insertActivityReportsMany(values: ActivityReportValues[]): Promise<ActivityReportRow[]> {
      if (values.length === 0) return Promise.resolve([]);
      return db.insert(activityReports).values(values).returning();
    },

    /** The coordinator's reports, latest quarter first. */
    activityReportsOf(coordinatorId: string): Promise<ActivityReportRow[]> {
      return db.select().from(activityReports).where(eq(activityReports.coordinatorId, coordinatorId)).orderBy(desc(activityReports.quarter));
    },

    /** Members a quarter's report is due from (certification active today, Japan), and how many of them filed it. */
    async activityReportCounts(quarter: string): Promise<{ due: number; filed: number }> {
      const [row] = await db
        .select({ due: count(), filed: count(activityReports.id) })
        .from(coordinators)
        .leftJoin(activityReports, and(eq(activityReports.coordinatorId, coordinators.id), eq(activityReports.quarter, quarter)))
        .where(activeCertification(coordinators.certificationStatus, coordinators.validUntil));
      return row ?? { due: 0, filed: 0 };
    },

    /** The first `limit` members a quarter's report is due from who have not filed it, in directory order. */
    missingActivityReports(quarter: string, limit: number): Promise<CoordinatorRow[]> {
      return db
        .select()
        .from(coordinators)
        .where(
          and(
            activeCertification(coordinators.certificationStatus, coordinators.validUntil),
            sql`not exists (select 1 from ${activityReports} where ${activityReports.coordinatorId} = ${coordinators.id} and ${activityReports.quarter} = ${quarter})`,
          ),
        )
        .orderBy(sql`${coordinators.sortKey} collate "C"`, asc(coordinators.id))
        .limit(limit);
    },

    /** The account's pseudonym on the events reporting counts people by, made on first use. */
    contributorIdOf(accountId: string): Promise<string> {
      return contributorIdOf(db, accountId);
    },

    /** Erasure: the account's pseudonym then links to nobody. */
    forgetContributor(accountId: string): Promise<void> {
      return forgetContributor(db, accountId);
    },
  };
}

export type Store = ReturnType<typeof createStore>;
