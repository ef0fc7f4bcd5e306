import { and, eq, inArray, lt, sql } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import { activeCertification, namedStatements, textArray, type Executor } from '@portal/platform';
import {
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

/** The only place with SQL for reports. Writes run on the executor they are given (the consumer's transaction). */
export function createStore(db: Executor) {
  return namedStatements('reporting', {
    // ------------------------------------------------------------------ writes (event application)
    async markFresh(occurredAt: string) {
      await db
        .insert(reportingFreshness)
        .values({ id: 1, lastEventAt: occurredAt })
        .onConflictDoUpdate({ target: reportingFreshness.id, set: { lastEventAt: sql`greatest(${reportingFreshness.lastEventAt}, excluded.last_event_at)` } });
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

    async countResponse(surveyId: string, tally: ResponseTally) {
      const key = { surveyId, prefectureCode: tally.prefectureCode };
      await db
        .insert(surveyRespondents)
        .values({ ...key, n: 1 })
        .onConflictDoUpdate({ target: [surveyRespondents.surveyId, surveyRespondents.prefectureCode], set: { n: sql`${surveyRespondents.n} + excluded.n` } });
      if (tally.questions.length > 0) {
        await db
          .insert(surveyQuestionCounts)
          .values(tally.questions.map((q) => ({ ...key, ...q })))
          .onConflictDoUpdate({
            target: [surveyQuestionCounts.surveyId, surveyQuestionCounts.prefectureCode, surveyQuestionCounts.questionId],
            set: {
              answered: sql`${surveyQuestionCounts.answered} + excluded.answered`,
              scaleCount: sql`${surveyQuestionCounts.scaleCount} + excluded.scale_count`,
              scaleSum: sql`${surveyQuestionCounts.scaleSum} + excluded.scale_sum`,
            },
          });
      }
      if (tally.options.length > 0) {
        await db
          .insert(surveyOptionCounts)
          .values(tally.options.map((o) => ({ ...key, ...o, n: 1 })))
          .onConflictDoUpdate({
            target: [surveyOptionCounts.surveyId, surveyOptionCounts.prefectureCode, surveyOptionCounts.questionId, surveyOptionCounts.optionId],
            set: { n: sql`${surveyOptionCounts.n} + excluded.n` },
          });
      }
    },

    async countFieldIssue(increments: FieldIssueIncrement[]) {
      if (increments.length === 0) return;
      const t = fieldIssueContributions;
      await db
        .insert(t)
        .values(increments.map((i) => ({ ...i, reports: 1 })))
        .onConflictDoUpdate({ target: [t.prefectureCode, t.field, t.category, t.month, t.contributorId], set: { reports: sql`${t.reports} + excluded.reports` } });
    },

    async countReferralFlow(increments: ReferralFlowIncrement[]) {
      if (increments.length === 0) return;
      const t = referralFlowContributions;
      await db
        .insert(t)
        .values(increments.map((i) => ({ ...i, referrals: 1 })))
        .onConflictDoUpdate({
          target: [t.originPrefectureCode, t.destinationPrefectureCode, t.field, t.outcome, t.month, t.contributorId],
          set: { referrals: sql`${t.referrals} + excluded.referrals` },
        });
    },

    async countReferralDecline(increments: ReferralDeclineIncrement[]) {
      if (increments.length === 0) return;
      const t = referralDeclineContributions;
      await db
        .insert(t)
        .values(increments.map((i) => ({ ...i, declines: 1 })))
        .onConflictDoUpdate({ target: [t.prefectureCode, t.field, t.reason, t.month, t.contributorId], set: { declines: sql`${t.declines} + excluded.declines` } });
    },

    /** A question is posted once: its first posting stays, so a month that is over never changes. */
    async postQuestion(question: { threadId: string; contributorId: string; prefectureCode: string; fields: string[]; postedMonth: string }) {
      const { threadId: _key, ...posted } = question;
      const t = boardQuestions;
      await db.insert(t).values(question).onConflictDoUpdate({ target: t.threadId, set: posted, setWhere: sql`${t.postedMonth} is null` });
    },

    /** The first answer's month stays: a later (or redelivered) one changes nothing. */
    async answerQuestion(threadId: string, answeredMonth: string) {
      const t = boardQuestions;
      await db
        .insert(t)
        .values({ threadId, answeredMonth })
        .onConflictDoUpdate({ target: t.threadId, set: { answeredMonth: sql`least(${t.answeredMonth}, excluded.answered_month)` } });
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
