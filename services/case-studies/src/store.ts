import { and, asc, count, desc, eq, getTableColumns, gt, inArray, isNull, or, sql, type SQL } from 'drizzle-orm';
import { matchesEveryTerm, overlaps, transactional, withTotal, type Executor } from '@portal/platform';
import { recordEvents, type NewEvent } from '@portal/platform/events';
import {
  caseStudies,
  studyMeetingCaseStudies,
  studyMeetingRegistrations,
  studyMeetings,
  type CaseStudyKind,
  type CaseStudyRow,
  type CaseStudyStatus,
  type StudyMeetingRow,
} from './db/schema';

export interface CaseStudyFilter {
  kinds?: CaseStudyKind[];
  fields?: string[];
  prefectureCodes?: string[];
  text?: string;
  statuses: CaseStudyStatus[];
  /** Only the cases of this author. */
  authorAccountId?: string;
  /** Only what this account may see: published cases and its own. Absent: every case. */
  visibleTo?: string;
}

/** The position of a case in the library: its sort instant (ISO) and id. */
export type CaseStudyKey = [sortAt: string, id: string];

export type NewCaseStudy = Omit<typeof caseStudies.$inferInsert, 'id'>;
export type CaseStudyPatch = Partial<Omit<NewCaseStudy, 'authorAccountId' | 'createdAt'>>;
export type NewStudyMeeting = Omit<typeof studyMeetings.$inferInsert, 'id'>;

export interface RegistrationStats {
  meetingId: string;
  registeredCount: number;
  viewerIsRegistered: boolean;
}

// Rows are read without the search columns: a body's bigrams are large and no caller needs them.
const { searchText: _searchText, searchGrams: _searchGrams, ...caseStudyColumns } = getTableColumns(caseStudies);

const visibleTo = (accountId: string) => or(eq(caseStudies.status, 'PUBLISHED'), eq(caseStudies.authorAccountId, accountId))!;

function caseStudyConditions(filter: CaseStudyFilter): SQL | undefined {
  return and(
    inArray(caseStudies.status, filter.statuses),
    filter.visibleTo !== undefined ? visibleTo(filter.visibleTo) : undefined,
    filter.authorAccountId !== undefined ? eq(caseStudies.authorAccountId, filter.authorAccountId) : undefined,
    filter.kinds?.length ? inArray(caseStudies.kind, filter.kinds) : undefined,
    filter.fields?.length ? overlaps(caseStudies.fields, filter.fields) : undefined,
    filter.prefectureCodes?.length ? inArray(caseStudies.prefectureCode, filter.prefectureCodes) : undefined,
    filter.text ? matchesEveryTerm(caseStudies.searchGrams, caseStudies.searchText, filter.text) : undefined,
  );
}

const countOf = (db: Executor, filter: CaseStudyFilter) =>
  db.select({ n: count() }).from(caseStudies).where(caseStudyConditions(filter));

/** The only place with SQL for case studies and study meetings: every statement, on the executor given. */
function statements(db: Executor) {
  return {
    recordEvents(events: NewEvent[], traceparent: string) {
      return recordEvents(db, events, traceparent);
    },

    findCaseStudies(ids: readonly string[]): Promise<CaseStudyRow[]> {
      if (ids.length === 0) return Promise.resolve([]);
      return db.select(caseStudyColumns).from(caseStudies).where(inArray(caseStudies.id, [...ids]));
    },

    /** The cases of each author that `viewer` may see (published, or all when the viewer is the author), newest first. */
    caseStudiesOfAuthors(accountIds: readonly string[], viewer: string): Promise<CaseStudyRow[]> {
      return db
        .select(caseStudyColumns)
        .from(caseStudies)
        .where(and(inArray(caseStudies.authorAccountId, [...accountIds]), visibleTo(viewer)))
        .orderBy(desc(caseStudies.sortAt), desc(caseStudies.id));
    },

    /** One page of the library, newest first, after the given key. */
    /** One page of the library, newest first, after the given key; with its total when asked. */
    searchCaseStudies(filter: CaseStudyFilter, limit: number, after?: CaseStudyKey, counted = false) {
      return db
        .select(withTotal(caseStudyColumns, counted ? countOf(db, filter) : undefined))
        .from(caseStudies)
        .where(
          and(
            caseStudyConditions(filter),
            after ? sql`(${caseStudies.sortAt}, ${caseStudies.id}) < (${after[0]}::timestamptz, ${after[1]}::uuid)` : undefined,
          ),
        )
        .orderBy(desc(caseStudies.sortAt), desc(caseStudies.id))
        .limit(limit);
    },

    async countCaseStudies(filter: CaseStudyFilter): Promise<number> {
      const [row] = await countOf(db, filter);
      return row?.n ?? 0;
    },

    async insertCaseStudy(values: NewCaseStudy): Promise<CaseStudyRow> {
      const [row] = await db.insert(caseStudies).values(values).returning(caseStudyColumns);
      return row!;
    },

    async insertCaseStudies(values: NewCaseStudy[]): Promise<CaseStudyRow[]> {
      if (values.length === 0) return [];
      return db.insert(caseStudies).values(values).returning(caseStudyColumns);
    },

    /**
     * Changes a case only while it is still in one of `fromStatuses`: of two concurrent
     * transitions one wins and the other gets null.
     */
    async updateCaseStudy(id: string, fromStatuses: readonly CaseStudyStatus[], patch: CaseStudyPatch): Promise<CaseStudyRow | null> {
      const [row] = await db
        .update(caseStudies)
        .set(patch)
        .where(and(eq(caseStudies.id, id), inArray(caseStudies.status, [...fromStatuses])))
        .returning(caseStudyColumns);
      return row ?? null;
    },

    async isEmpty(): Promise<boolean> {
      const [row] = await db.select({ id: caseStudies.id }).from(caseStudies).limit(1);
      return row === undefined;
    },

    async insertStudyMeeting(values: NewStudyMeeting, caseStudyIds: readonly string[]): Promise<StudyMeetingRow> {
      const [meeting] = await db.insert(studyMeetings).values(values).returning();
      if (caseStudyIds.length > 0) {
        await db
          .insert(studyMeetingCaseStudies)
          .values(caseStudyIds.map((caseStudyId, position) => ({ meetingId: meeting!.id, caseStudyId, position })));
      }
      return meeting!;
    },

    findStudyMeetings(ids: readonly string[]): Promise<StudyMeetingRow[]> {
      if (ids.length === 0) return Promise.resolve([]);
      return db.select().from(studyMeetings).where(inArray(studyMeetings.id, [...ids]));
    },

    /** Meetings by start time; with `endingAfter`, only those that end later. */
    listStudyMeetings(endingAfter?: Date): Promise<StudyMeetingRow[]> {
      return db
        .select()
        .from(studyMeetings)
        .where(endingAfter ? gt(studyMeetings.endsAt, endingAfter) : undefined)
        .orderBy(asc(studyMeetings.startsAt), asc(studyMeetings.id));
    },

    /** The case studies linked to each meeting, in the organiser's order. */
    caseStudiesOfMeetings(meetingIds: readonly string[]): Promise<(CaseStudyRow & { meetingId: string })[]> {
      return db
        .select({ ...caseStudyColumns, meetingId: studyMeetingCaseStudies.meetingId })
        .from(studyMeetingCaseStudies)
        .innerJoin(caseStudies, eq(caseStudies.id, studyMeetingCaseStudies.caseStudyId))
        .where(inArray(studyMeetingCaseStudies.meetingId, [...meetingIds]))
        .orderBy(asc(studyMeetingCaseStudies.meetingId), asc(studyMeetingCaseStudies.position));
    },

    /** Seats taken in each meeting and whether `viewer` holds one, in one statement. */
    async registrationStats(meetingIds: readonly string[], viewer: string): Promise<RegistrationStats[]> {
      const rows = await db
        .select({
          meetingId: studyMeetingRegistrations.meetingId,
          registeredCount: count(),
          viewerIsRegistered: sql<boolean>`bool_or(${studyMeetingRegistrations.accountId} = ${viewer})`,
        })
        .from(studyMeetingRegistrations)
        .where(inArray(studyMeetingRegistrations.meetingId, [...meetingIds]))
        .groupBy(studyMeetingRegistrations.meetingId);
      return rows;
    },

    /**
     * The meeting, locked until the transaction ends: registrations for one meeting then
     * happen one after another, so the count of seats they compare with capacity is exact.
     */
    async lockStudyMeeting(id: string): Promise<StudyMeetingRow | null> {
      const [row] = await db.select().from(studyMeetings).where(eq(studyMeetings.id, id)).for('update');
      return row ?? null;
    },

    async isRegistered(meetingId: string, accountId: string): Promise<boolean> {
      const [row] = await db
        .select({ accountId: studyMeetingRegistrations.accountId })
        .from(studyMeetingRegistrations)
        .where(and(eq(studyMeetingRegistrations.meetingId, meetingId), eq(studyMeetingRegistrations.accountId, accountId)));
      return row !== undefined;
    },

    /** Takes a seat only while fewer than `capacity` are taken; false when the meeting is full. */
    async insertRegistrationWithinCapacity(meetingId: string, accountId: string, capacity: number, at: Date): Promise<boolean> {
      const rows = await db.execute(sql`
        insert into ${studyMeetingRegistrations} (meeting_id, account_id, registered_at)
        select ${meetingId}::uuid, ${accountId}, ${at.toISOString()}::timestamptz
        where (select count(*) from ${studyMeetingRegistrations} where meeting_id = ${meetingId}::uuid) < ${capacity}
        on conflict do nothing
        returning account_id`);
      return rows.length === 1;
    },

    async insertRegistrations(values: (typeof studyMeetingRegistrations.$inferInsert)[]): Promise<void> {
      if (values.length > 0) await db.insert(studyMeetingRegistrations).values(values);
    },

    /** True when there was a seat to give back. */
    async deleteRegistration(meetingId: string, accountId: string): Promise<boolean> {
      const rows = await db
        .delete(studyMeetingRegistrations)
        .where(and(eq(studyMeetingRegistrations.meetingId, meetingId), eq(studyMeetingRegistrations.accountId, accountId)))
        .returning({ accountId: studyMeetingRegistrations.accountId });
      return rows.length === 1;
    },

    /**
     * Forgets an erased account: cases it wrote that were never published are its own
     * unpublished writing and go; published ones (archived later or not) stay without an
     * author; its seats are given back; meetings it organised keep no organiser.
     */
    async forgetAccount(accountId: string): Promise<void> {
      await db.delete(caseStudies).where(and(eq(caseStudies.authorAccountId, accountId), isNull(caseStudies.publishedAt)));
      await db.update(caseStudies).set({ authorAccountId: null }).where(eq(caseStudies.authorAccountId, accountId));
      await db.delete(studyMeetingRegistrations).where(eq(studyMeetingRegistrations.accountId, accountId));
      await db.update(studyMeetings).set({ organizerAccountId: null }).where(eq(studyMeetings.organizerAccountId, accountId));
    },
  };
}

export type Statements = ReturnType<typeof statements>;

export const createStore = (db: Executor) => transactional('case-studies', db, statements);

export type Store = ReturnType<typeof createStore>;
