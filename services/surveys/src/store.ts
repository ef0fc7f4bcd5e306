import { and, asc, count, desc, eq, getTableColumns, inArray, lt, ne, or, sql, type SQL } from 'drizzle-orm';
import { overlaps, transactional, withTotal, type Executor } from '@portal/platform';
import { contributorIdOf, forgetContributor, projectedCoordinators, recordEvents, type NewEvent } from '@portal/platform/events';
import { fieldIssues, surveyResponses, surveys, type FieldIssueRow, type FieldIssueStatus, type SurveyResponseRow, type SurveyRow, type SurveyStatus } from './db/schema';

export type NewSurvey = typeof surveys.$inferInsert;
export type SurveyPatch = Partial<Pick<SurveyRow, 'title' | 'description' | 'closesAt' | 'questions' | 'status' | 'openedAt' | 'closedAt'>>;
export type NewResponse = typeof surveyResponses.$inferInsert;
export type NewFieldIssue = Omit<typeof fieldIssues.$inferInsert, 'seq'>;
export type FieldIssuePatch = Partial<Pick<FieldIssueRow, 'status' | 'publicResponse' | 'respondedAt'>>;

export interface SurveyListing {
  status?: SurveyStatus;
  includeDrafts: boolean;
}

export interface FieldIssueListing {
  prefectureCodes?: string[];
  fields?: string[];
  categories?: string[];
  statuses?: FieldIssueStatus[];
  /** Only the reports of this account. */
  accountId?: string;
}

// The SQL form of effectiveStatus: an OPEN survey past closesAt is CLOSED.
const pastCloseTime = sql`(${surveys.closesAt} is not null and ${surveys.closesAt} <= now())`;
const STATUS_CONDITIONS: Record<SurveyStatus, SQL> = {
  DRAFT: eq(surveys.status, 'DRAFT'),
  OPEN: and(eq(surveys.status, 'OPEN'), sql`not ${pastCloseTime}`)!,
  CLOSED: or(eq(surveys.status, 'CLOSED'), and(eq(surveys.status, 'OPEN'), pastCloseTime))!,
};

function fieldIssueConditions(listing: FieldIssueListing): SQL | undefined {
  return and(
    listing.accountId !== undefined ? eq(fieldIssues.accountId, listing.accountId) : undefined,
    listing.prefectureCodes?.length ? inArray(fieldIssues.prefectureCode, listing.prefectureCodes) : undefined,
    listing.fields?.length ? overlaps(fieldIssues.fields, listing.fields) : undefined,
    listing.categories?.length ? inArray(fieldIssues.category, listing.categories) : undefined,
    listing.statuses?.length ? inArray(fieldIssues.status, listing.statuses) : undefined,
  );
}

/** The only place with SQL for surveys and field issues. Writes run on the executor they are given. */
const countOf = (db: Executor, listing: FieldIssueListing) =>
  db.select({ n: count() }).from(fieldIssues).where(fieldIssueConditions(listing));

export const createStore = (db: Executor) => transactional('surveys', db, queries);
function queries(db: Executor) {
  return {
    recordEvents(events: NewEvent[], traceparent: string) {
      return recordEvents(db, events, traceparent);
    },

    /** Surveys by id, in one statement. */
    findSurveys(ids: readonly string[]): Promise<SurveyRow[]> {
      if (ids.length === 0) return Promise.resolve([]);
      return db.select().from(surveys).where(inArray(surveys.id, [...ids]));
    },

    listSurveys(listing: SurveyListing): Promise<SurveyRow[]> {
      return db
        .select()
        .from(surveys)
        .where(
          and(
            listing.status ? STATUS_CONDITIONS[listing.status] : undefined,
            listing.includeDrafts ? undefined : ne(surveys.status, 'DRAFT'),
          ),
        )
        .orderBy(desc(surveys.createdAt), desc(surveys.id));
    },

    /**
     * The survey, locked until the transaction ends: `update` for a change of the survey,
     * `share` for a response, so that a response and the survey's closing never overlap.
     */
    async lockSurvey(id: string, mode: 'update' | 'share'): Promise<SurveyRow | null> {
      const [row] = await db.select().from(surveys).where(eq(surveys.id, id)).for(mode);
      return row ?? null;
    },

    async insertSurvey(values: NewSurvey): Promise<SurveyRow> {
      const [row] = await db.insert(surveys).values(values).returning();
      return row!;
    },

    async updateSurvey(id: string, patch: SurveyPatch): Promise<SurveyRow> {
      const [row] = await db
        .update(surveys)
        .set({ ...patch, updatedAt: sql`now()` })
        .where(eq(surveys.id, id))
        .returning();
      return row!;
    },

    /** The respondent's primary prefecture as coordinator events last told it; null when unknown. */
    async primaryPrefectureOf(accountId: string): Promise<string | null> {
      const [coordinator] = await projectedCoordinators(db, [accountId]);
      return coordinator?.primaryPrefectureCode ?? null;
    },

    /** Null when the account has already answered the survey (also when another submit just did). */
    async insertResponse(values: NewResponse): Promise<SurveyResponseRow | null> {
      const [row] = await db
        .insert(surveyResponses)
        .values(values)
        .onConflictDoNothing({ target: [surveyResponses.surveyId, surveyResponses.accountId] })
        .returning();
      return row ?? null;
    },

    /** The account's responses to the given surveys, in one statement. */
    findResponsesOf(accountId: string, surveyIds: readonly string[]): Promise<SurveyResponseRow[]> {
      if (surveyIds.length === 0) return Promise.resolve([]);
      return db
        .select()
        .from(surveyResponses)
        .where(and(eq(surveyResponses.accountId, accountId), inArray(surveyResponses.surveyId, [...surveyIds])));
    },

    /** Response counts of the given surveys, in one statement; surveys without responses are left out. */
    countResponses(surveyIds: readonly string[]): Promise<{ surveyId: string; count: number }[]> {
      if (surveyIds.length === 0) return Promise.resolve([]);
      return db
        .select({ surveyId: surveyResponses.surveyId, count: count() })
        .from(surveyResponses)
        .where(inArray(surveyResponses.surveyId, [...surveyIds]))
        .groupBy(surveyResponses.surveyId);
    },

    /** Every response to the survey in the order they arrived. */
    listResponses(surveyId: string): Promise<SurveyResponseRow[]> {
      return db
        .select()
        .from(surveyResponses)
        .where(eq(surveyResponses.surveyId, surveyId))
        .orderBy(asc(surveyResponses.submittedAt), asc(surveyResponses.id));
    },

    /** The account's pseudonym on field-issue events, made on first use; one statement. */
    contributorIdOf(accountId: string): Promise<string> {
      return contributorIdOf(db, accountId);
    },

    async insertFieldIssue(values: NewFieldIssue): Promise<FieldIssueRow> {
      const [row] = await db.insert(fieldIssues).values(values).returning();
      return row!;
    },

    /** Many reports in one statement (the demo's), in the order given: seq follows it. */
    async insertFieldIssues(values: readonly NewFieldIssue[]): Promise<FieldIssueRow[]> {
      if (values.length === 0) return [];
      const rows = await db.insert(fieldIssues).values([...values]).returning();
      return rows.sort((a, b) => a.seq - b.seq);
    },

    async lockFieldIssue(id: string): Promise<FieldIssueRow | null> {
      const [row] = await db.select().from(fieldIssues).where(eq(fieldIssues.id, id)).for('update');
      return row ?? null;
    },

    async updateFieldIssue(id: string, patch: FieldIssuePatch): Promise<FieldIssueRow> {
      const [row] = await db
        .update(fieldIssues)
        .set({ ...patch, updatedAt: sql`now()` })
        .where(eq(fieldIssues.id, id))
        .returning();
      return row!;
    },

    /** One page of reports, newest first, after the report with the given sequence number. */
    /** One page of field issues, newest first, after the given sequence number; with its total when asked. */
    listFieldIssues(listing: FieldIssueListing, limit: number, afterSeq?: number, counted = false) {
      return db
        .select(withTotal(getTableColumns(fieldIssues), counted ? countOf(db, listing) : undefined))
        .from(fieldIssues)
        .where(and(fieldIssueConditions(listing), afterSeq !== undefined ? lt(fieldIssues.seq, afterSeq) : undefined))
        .orderBy(desc(fieldIssues.seq))
        .limit(limit);
    },

    async countFieldIssues(listing: FieldIssueListing): Promise<number> {
      const [row] = await countOf(db, listing);
      return row?.n ?? 0;
    },

    async countSurveys(): Promise<number> {
      const [row] = await db.select({ n: count() }).from(surveys);
      return row?.n ?? 0;
    },

    /**
     * Forgets an erased account: its responses and reports stay, with their answers and
     * descriptions, but no longer link to it; surveys it drafted as staff name no one.
     */
    async forgetAccount(accountId: string): Promise<void> {
      await db.update(surveyResponses).set({ accountId: null }).where(eq(surveyResponses.accountId, accountId));
      await db.update(fieldIssues).set({ accountId: null }).where(eq(fieldIssues.accountId, accountId));
      await db.update(surveys).set({ createdBy: null }).where(eq(surveys.createdBy, accountId));
      // Their pseudonym on field-issue events then links to nobody.
      await forgetContributor(db, accountId);
    },
  };
}

export type Store = ReturnType<typeof createStore>;
