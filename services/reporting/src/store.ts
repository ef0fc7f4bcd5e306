import { and, eq, getTableColumns, inArray, lt, sql, type SQLChunk } from 'drizzle-orm';
import type { AnyPgColumn, PgTable } from 'drizzle-orm/pg-core';
import { activeCertification, namedStatements, textArray, typedArray, type Executor } from '@portal/platform';
import {
  activityReports,
  boardQuestions,
  coordinatorProjection,
  fieldIssueContributions,
  referralDeclineContributions,
  referralFlowContributions,
  reportingFreshness,
  surveyDefinitions,
  surveyOptionCounts,
  surveyQuestionCounts,
  surveyRespondents,
  type QuestionDefinition,
} from './db/schema';
import type { ResponseTally, SurveyCounts } from '@portal/platform/privacy';
import type { FieldIssueIncrement, ReferralDeclineIncrement, ReferralFlowIncrement } from './tally';

/** Partners or coordinators of one field in one prefecture. */
export type CoverageCount = {
  source: 'partners' | 'coordinators';
  prefectureCode: string;
  field: string;
  n: number;
};

export interface FieldIssueQuery {
  fields?: readonly string[];
  categories?: readonly string[];
  /** Months in Japan (YYYY-MM) before this one: those that are over. */
  beforeMonth: string;
}

export interface ReferralFlowQuery {
  fields?: readonly string[];
  beforeMonth: string;
}

const only = (column: AnyPgColumn, values: readonly string[] | null | undefined) => (values ? inArray(column, [...values]) : undefined);

// Every table has unqualified names, so that a rebuild can point the same statements at
// fresh tables through search_path (src/replay.ts).

/** A board question as its first posting tells it. */
export interface PostedQuestion {
  threadId: string;
  contributorId: string;
  prefectureCode: string;
  fields: string[];
  postedMonth: string;
}

/**
 * Adds the rows' counters to the table's, in one statement however many rows: the rows
 * travel as one array per column (`unnest`), rows of one key are summed first (an upsert may
 * not touch a row twice), and each sum is added to the stored counter or inserted.
 */
async function addUp<T extends PgTable, Row extends Partial<Record<keyof T['_']['columns'], string | number>>>(
  db: Executor,
  table: T,
  rows: readonly Row[],
  keys: readonly (keyof Row & keyof T['_']['columns'] & string)[],
  counters: readonly (keyof Row & keyof T['_']['columns'] & string)[],
) {
  if (rows.length === 0) return;
  const columns = getTableColumns(table);
  const name = (key: string) => sql.identifier(columns[key]!.name);
  const list = (items: SQLChunk[]) => sql.join(items, sql`, `);
  const arrays = [...keys, ...counters].map((key) => typedArray(rows.map((row) => row[key]), columns[key]!.getSQLType()));
  const sums = counters.map((key) => sql`sum(${name(key)})::${sql.raw(columns[key]!.getSQLType())}`);
  await db.execute(sql`
    insert into ${table} (${list([...keys, ...counters].map(name))})
    select ${list([...keys.map(name), ...sums])}
    from unnest(${list(arrays)}) as u(${list([...keys, ...counters].map(name))})
    group by ${list(keys.map(name))}
    on conflict (${list(keys.map(name))}) do update set ${list(counters.map((key) => sql`${name(key)} = ${table}.${name(key)} + excluded.${name(key)}`))}`);
}

/** The only place with SQL for reports. Writes run on the executor they are given (the consumer's transaction). */
export function createStore(db: Executor) {
  return namedStatements('reporting', {
    // ------------------------------------------------------------------ writes (event application)
    /** The latest of the events' times, unless a later one is recorded. */
    async markFresh(occurredAts: readonly string[]) {
      if (occurredAts.length === 0) return;
      const t = reportingFreshness;
      await db.execute(sql`
        insert into ${t} (id, last_event_at) select 1, max(at) from unnest(${typedArray(occurredAts, 'timestamptz')}) at
        on conflict (id) do update set last_event_at = greatest(${t.lastEventAt}, excluded.last_event_at)`);
    },

    async saveSurveyDefinition(surveyId: string, questions: QuestionDefinition[], closesAt: string | null, asOf: string) {
      await db
        .insert(surveyDefinitions)
        .values({ surveyId, questions, closesAt, asOf })
        .onConflictDoUpdate({ target: surveyDefinitions.surveyId, set: { questions, closesAt, asOf }, setWhere: sql`${surveyDefinitions.asOf} < excluded.as_of` });
    },

    /** Records a survey's closing; a survey reporting never saw opened has nothing to close. */
    async closeSurvey(surveyId: string, closedAt: string, responses: number) {
      await db.update(surveyDefinitions).set({ closedAt, finalResponses: responses }).where(eq(surveyDefinitions.surveyId, surveyId));
    },

    /** Adds responses to their survey's counters per prefecture, question and option. */
    async countResponses(responses: readonly { surveyId: string; tally: ResponseTally }[]) {
      const respondents = responses.map(({ surveyId, tally }) => ({ surveyId, prefectureCode: tally.prefectureCode, n: 1 }));
      const questions = responses.flatMap(({ surveyId, tally }) => tally.questions.map((q) => ({ surveyId, prefectureCode: tally.prefectureCode, ...q })));
      const options = responses.flatMap(({ surveyId, tally }) => tally.options.map((o) => ({ surveyId, prefectureCode: tally.prefectureCode, ...o, n: 1 })));
      await addUp(db, surveyRespondents, respondents, ['surveyId', 'prefectureCode'], ['n']);
      await addUp(db, surveyQuestionCounts, questions, ['surveyId', 'prefectureCode', 'questionId'], ['answered', 'scaleCount', 'scaleSum']);
      await addUp(db, surveyOptionCounts, options, ['surveyId', 'prefectureCode', 'questionId', 'optionId'], ['n']);
    },

    async countFieldIssues(increments: readonly FieldIssueIncrement[]) {
      const rows = increments.map((i) => ({ ...i, reports: 1 }));
      await addUp(db, fieldIssueContributions, rows, ['prefectureCode', 'field', 'category', 'month', 'contributorId'], ['reports']);
    },

    async countReferralFlows(increments: readonly ReferralFlowIncrement[]) {
      const rows = increments.map((i) => ({ ...i, referrals: 1 }));
      await addUp(db, referralFlowContributions, rows, ['originPrefectureCode', 'destinationPrefectureCode', 'field', 'outcome', 'month', 'contributorId'], ['referrals']);
    },

    async countReferralDeclines(increments: readonly ReferralDeclineIncrement[]) {
      const rows = increments.map((i) => ({ ...i, declines: 1 }));
      await addUp(db, referralDeclineContributions, rows, ['prefectureCode', 'field', 'reason', 'month', 'contributorId'], ['declines']);
    },

    /** A question is posted once: its first posting stays (the batch's first too), so a month that is over never changes. */
    async postQuestions(questions: readonly PostedQuestion[]) {
      if (questions.length === 0) return;
      const t = boardQuestions;
      const column = <K extends keyof PostedQuestion>(key: K) => questions.map((q) => q[key]);
      await db.execute(sql`
        insert into ${t} (thread_id, contributor_id, prefecture_code, fields, posted_month)
        select distinct on (thread_id) thread_id, contributor_id, prefecture_code, array(select jsonb_array_elements_text(fields)), posted_month
        from unnest(${typedArray(column('threadId'), 'uuid')}, ${typedArray(column('contributorId'), 'text')}, ${typedArray(column('prefectureCode'), 'text')},
                    ${typedArray(column('fields').map((f) => JSON.stringify(f)), 'jsonb')}, ${typedArray(column('postedMonth'), 'text')})
             with ordinality as q(thread_id, contributor_id, prefecture_code, fields, posted_month, position)
        order by thread_id, position
        on conflict (thread_id) do update
          set contributor_id = excluded.contributor_id, prefecture_code = excluded.prefecture_code, fields = excluded.fields, posted_month = excluded.posted_month
          where ${t.postedMonth} is null`);
    },

    /** The first answer's month stays: a later (or redelivered) one changes nothing. */
    async answerQuestions(answers: readonly { threadId: string; answeredMonth: string }[]) {
      if (answers.length === 0) return;
      const t = boardQuestions;
      await db.execute(sql`
        insert into ${t} (thread_id, answered_month)
        select thread_id, min(answered_month)
        from unnest(${typedArray(answers.map((a) => a.threadId), 'uuid')}, ${typedArray(answers.map((a) => a.answeredMonth), 'text')}) as a(thread_id, answered_month)
        group by thread_id
        on conflict (thread_id) do update set answered_month = least(${t.answeredMonth}, excluded.answered_month)`);
    },

    /** A filing replaces the report's earlier one; an older one redelivered changes nothing. */
    async saveActivityReport(row: typeof activityReports.$inferInsert) {
      const { reportId: _key, ...changes } = row;
      await db
        .insert(activityReports)
        .values(row)
        .onConflictDoUpdate({ target: activityReports.reportId, set: changes, setWhere: sql`${activityReports.filedAt} <= excluded.filed_at` });
    },

    /** Every report of a quarter, as last filed. */
    activityReportsOf(quarter: string) {
      return db
        .select({
          contributorId: activityReports.contributorId,
          prefectureCodes: activityReports.prefectureCodes,
          consultations: activityReports.consultations,
          languages: activityReports.languages,
          referralsToPartners: activityReports.referralsToPartners,
          referralsToCoordinators: activityReports.referralsToCoordinators,
        })
        .from(activityReports)
        .where(eq(activityReports.quarter, quarter));
    },

    // ------------------------------------------------------------------ reads (reports)
    surveyDefinitions(surveyIds: readonly string[]) {
      return db.select().from(surveyDefinitions).where(inArray(surveyDefinitions.surveyId, [...surveyIds]));
    },

    /** A survey's counters in every prefecture and the unknown bucket: its release is computed on all of them. */
    async surveyCounts(surveyId: string): Promise<SurveyCounts> {
      const [respondents, questions, options] = await Promise.all([
        db
          .select({ prefectureCode: surveyRespondents.prefectureCode, n: surveyRespondents.n })
          .from(surveyRespondents)
          .where(eq(surveyRespondents.surveyId, surveyId)),
        db
          .select({
            prefectureCode: surveyQuestionCounts.prefectureCode,
            questionId: surveyQuestionCounts.questionId,
            answered: surveyQuestionCounts.answered,
            scaleCount: surveyQuestionCounts.scaleCount,
            scaleSum: surveyQuestionCounts.scaleSum,
          })
          .from(surveyQuestionCounts)
          .where(eq(surveyQuestionCounts.surveyId, surveyId)),
        db
          .select({
            prefectureCode: surveyOptionCounts.prefectureCode,
            questionId: surveyOptionCounts.questionId,
            optionId: surveyOptionCounts.optionId,
            n: surveyOptionCounts.n,
          })
          .from(surveyOptionCounts)
          .where(eq(surveyOptionCounts.surveyId, surveyId)),
      ]);
      return { respondents, questions, options };
    },

    async lastEventAt(): Promise<string | null> {
      const [row] = await db.select({ lastEventAt: reportingFreshness.lastEventAt }).from(reportingFreshness).where(eq(reportingFreshness.id, 1));
      return row?.lastEventAt ?? null;
    },

    /** Every contribution to field issues in the months that are over, for the given fields and categories. */
    fieldIssueContributions(query: FieldIssueQuery) {
      const t = fieldIssueContributions;
      return db
        .select({ prefectureCode: t.prefectureCode, field: t.field, category: t.category, month: t.month, contributorId: t.contributorId, reports: t.reports })
        .from(t)
        .where(and(only(t.field, query.fields), only(t.category, query.categories), lt(t.month, query.beforeMonth)));
    },

    /** Every status change of referrals in the months that are over, for the given fields. */
    referralFlowContributions(query: ReferralFlowQuery) {
      const t = referralFlowContributions;
      return db
        .select({
          originPrefectureCode: t.originPrefectureCode,
          destinationPrefectureCode: t.destinationPrefectureCode,
          field: t.field,
          outcome: t.outcome,
          month: t.month,
          contributorId: t.contributorId,
          referrals: t.referrals,
        })
        .from(t)
        .where(and(only(t.field, query.fields), lt(t.month, query.beforeMonth)));
    },

    /** Receivers' declines for a reason in the months that are over, as contributions to their destination prefecture (category: the reason). */
    referralDeclineContributions(reason: string, beforeMonth: string) {
      const t = referralDeclineContributions;
      return db
        .select({ prefectureCode: t.prefectureCode, field: t.field, category: t.reason, month: t.month, contributorId: t.contributorId, reports: t.declines })
        .from(t)
        .where(and(eq(t.reason, reason), lt(t.month, beforeMonth)));
    },

    /** Board questions posted in the months before `beforeMonth`, with the month of their first answer. */
    async boardQuestions(beforeMonth: string) {
      const t = boardQuestions;
      const rows = await db
        .select({ contributorId: t.contributorId, prefectureCode: t.prefectureCode, fields: t.fields, postedMonth: t.postedMonth, answeredMonth: t.answeredMonth })
        .from(t)
        .where(lt(t.postedMonth, beforeMonth));
      return rows.map((r) => ({ ...r, contributorId: r.contributorId!, prefectureCode: r.prefectureCode!, fields: r.fields!, postedMonth: r.postedMonth! }));
    },

    /**
     * For each prefecture asked for, per field: approved partners serving it (nationwide ones
     * count everywhere) and coordinators with an ACTIVE certification valid today in Japan who
     * work there. One statement, whatever the number of prefectures.
     */
    async coverage(prefectureCodes: readonly string[]): Promise<CoverageCount[]> {
      const codes = textArray(prefectureCodes);
      const c = coordinatorProjection;
      const rows = await db.execute<CoverageCount>(sql`
        select 'partners' as source, pc as "prefectureCode", f as field, count(distinct p.partner_id)::int as n
          from partner_projection p, unnest(p.fields) f,
               unnest(case when p.nationwide then ${codes} else p.prefecture_codes end) pc
          where p.approved and (p.nationwide or p.prefecture_codes && ${codes}) and pc = any(${codes})
          group by pc, f
        union all
        select 'coordinators', pc, f, count(distinct ${c.accountId})::int
          from ${c}, unnest(${c.fields}) f, unnest(${c.prefectureCodes}) pc
          where ${activeCertification(c.certificationStatus, c.validUntil)} and ${c.prefectureCodes} && ${codes} and pc = any(${codes})
          group by pc, f`);
      return [...rows];
    },

    /** Every survey reporting has seen opened, with how many of its responses are counted. */
    reportedSurveys() {
      const d = surveyDefinitions;
      return db
        .select({ definition: d, counted: sql<number>`coalesce(sum(${surveyRespondents.n}), 0)::int` })
        .from(d)
        .leftJoin(surveyRespondents, eq(surveyRespondents.surveyId, d.surveyId))
        .groupBy(d.surveyId)
        .orderBy(sql`coalesce(${d.closedAt}, ${d.closesAt}) desc nulls first`, d.surveyId);
    },
  });
}

export type Store = ReturnType<typeof createStore>;

// ------------------------------------------------------------------ rebuild (src/replay.ts)

/** Where a rebuild builds the fresh tables, and where the replaced ones go to be dropped. */
export const NEXT_SCHEMA = 'reporting_next';
const OLD_SCHEMA = 'reporting_old';
// Any fixed number: only rebuilds of this database take it.
const REBUILD_LOCK = 727_006;

const ident = (name: string) => {
  if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`not a plain identifier: ${name}`);
  return name;
};

/**
 * The statements of a rebuild, on one connection (a session lock and `set local` need it).
 * Tables are copied from the live ones as they are in the catalog, so whatever the
 * migrations made of them (indexes included, with their names) the swap puts back.
 */
export function createRebuildStore(db: Executor) {
  const run = (statement: string) => db.execute(sql.raw(statement));
  return namedStatements('reporting.rebuild', {
    /** False when another rebuild holds the lock. */
    async tryLock(): Promise<boolean> {
      const rows = await db.execute<{ locked: boolean }>(sql`select pg_try_advisory_lock(${REBUILD_LOCK}) as locked`);
      return rows[0]?.locked === true;
    },
    async unlock() {
      await db.execute(sql`select pg_advisory_unlock(${REBUILD_LOCK})`);
    },

    /** Empty copies of the live tables in NEXT_SCHEMA, replacing any left by an earlier attempt. */
    async createNextTables(tables: readonly string[]) {
      await db.transaction(async (tx) => {
        // With only pg_catalog on the path, index definitions name their table with its schema.
        await tx.execute(sql.raw('set local search_path to pg_catalog'));
        await tx.execute(sql.raw(`drop schema if exists ${NEXT_SCHEMA} cascade`));
        await tx.execute(sql.raw(`create schema ${NEXT_SCHEMA}`));
        for (const table of tables.map(ident)) {
          await tx.execute(sql.raw(`create table ${NEXT_SCHEMA}.${table} (like public.${table} including all excluding indexes)`));
          const constraints = await tx.execute<{ name: string; definition: string }>(sql`
            select conname as name, pg_get_constraintdef(oid) as definition
            from pg_constraint where conrelid = ${`public.${table}`}::regclass and contype in ('p', 'u', 'x')`);
          for (const c of constraints) await tx.execute(sql.raw(`alter table ${NEXT_SCHEMA}.${table} add constraint "${c.name}" ${c.definition}`));
          const indexes = await tx.execute<{ definition: string }>(sql`
            select pg_get_indexdef(i.indexrelid) as definition from pg_index i
            where i.indrelid = ${`public.${table}`}::regclass and not exists (select 1 from pg_constraint c where c.conindid = i.indexrelid)`);
          for (const { definition } of indexes) {
            const moved = definition.replace(` ON public.${table} `, ` ON ${NEXT_SCHEMA}.${table} `);
            if (moved === definition) throw new Error(`cannot copy index: ${definition}`);
            await tx.execute(sql.raw(moved));
          }
        }
      });
    },

    /** Points the transaction's unqualified table names at the fresh tables. */
    async useNextTables() {
      await run(`set local search_path to ${NEXT_SCHEMA}, public`);
    },

    /**
     * Takes the live tables for the rest of the transaction. `tables` must begin with
     * processed_events: a consumer's batch writes there first, so it either holds nothing yet
     * (and waits) or finishes before this lock is granted; no deadlock either way.
     */
    async lockLiveTables(tables: readonly string[]) {
      await run(`set local lock_timeout = '30s'`);
      await run(`lock table ${tables.map((t) => `public.${ident(t)}`).join(', ')} in access exclusive mode`);
    },

    /** Puts the fresh tables in place of the live ones, in the caller's transaction. */
    async swapTables(tables: readonly string[]) {
      await run(`create schema ${OLD_SCHEMA}`);
      for (const table of tables.map(ident)) await run(`alter table public.${table} set schema ${OLD_SCHEMA}`);
      for (const table of tables.map(ident)) await run(`alter table ${NEXT_SCHEMA}.${table} set schema public`);
      await run(`drop schema ${OLD_SCHEMA} cascade`);
      await run(`drop schema ${NEXT_SCHEMA} cascade`);
    },
  });
}
