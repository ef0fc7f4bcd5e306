import { sql } from 'drizzle-orm';
import { bigint, boolean, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';

// Everything here is derived from the PORTAL stream and can be rebuilt by replaying it
// (src/replay.ts). Counters are per prefecture, so that any set of prefectures (a region, the
// whole country) is a sum; nothing identifies a respondent or a reporter (a field issue's
// contributor is a pseudonym that only the surveys service can link to an account, until the
// account is erased).

export { UNKNOWN_PREFECTURE } from '@portal/platform/privacy';

export interface QuestionDefinition {
  questionId: string;
  kind: string;
  prompt: string;
  required: boolean;
  options: { optionId: string; label: string }[];
  scaleMin: number | null;
  scaleMax: number | null;
}

/** A survey's questions as it was opened (the wording and order of its report), and when it closed. */
export const surveyDefinitions = pgTable('survey_definitions', {
  surveyId: uuid('survey_id').primaryKey(),
  questions: jsonb('questions').$type<QuestionDefinition[]>().notNull(),
  closesAt: timestamp('closes_at', { withTimezone: true, mode: 'string' }),
  // From survey.closed: when, and how many responses it closed with (its results are
  // released once all of them are counted).
  closedAt: timestamp('closed_at', { withTimezone: true, mode: 'string' }),
  finalResponses: integer('final_responses'),
  // The event's time: a late redelivery of an older definition never replaces a newer one.
  asOf: timestamp('as_of', { withTimezone: true, mode: 'string' }).notNull(),
});

/** Responses per survey and respondent prefecture. */
export const surveyRespondents = pgTable(
  'survey_respondents',
  {
    surveyId: uuid('survey_id').notNull(),
    prefectureCode: text('prefecture_code').notNull(),
    n: integer('n').notNull(),
  },
  (t) => [primaryKey({ name: 'survey_respondents_pk', columns: [t.surveyId, t.prefectureCode] })],
);

/** Per question and prefecture: how many answered, and the sum of scale values for the mean. */
export const surveyQuestionCounts = pgTable(
  'survey_question_counts',
  {
    surveyId: uuid('survey_id').notNull(),
    prefectureCode: text('prefecture_code').notNull(),
    questionId: text('question_id').notNull(),
    answered: integer('answered').notNull(),
    scaleCount: integer('scale_count').notNull(),
    scaleSum: bigint('scale_sum', { mode: 'number' }).notNull(),
  },
  (t) => [primaryKey({ name: 'survey_question_counts_pk', columns: [t.surveyId, t.prefectureCode, t.questionId] })],
);

/** Per option and prefecture: how many answers chose it. */
export const surveyOptionCounts = pgTable(
  'survey_option_counts',
  {
    surveyId: uuid('survey_id').notNull(),
    prefectureCode: text('prefecture_code').notNull(),
    questionId: text('question_id').notNull(),
    optionId: text('option_id').notNull(),
    n: integer('n').notNull(),
  },
  (t) => [primaryKey({ name: 'survey_option_counts_pk', columns: [t.surveyId, t.prefectureCode, t.questionId, t.optionId] })],
);

/**
 * Field issue reports per prefecture × field × category × month in Japan and contributor (an
 * issue with two fields counts in both): how many each contributor filed, so that figures
 * count reports while thresholds count the people behind them.
 */
export const fieldIssueContributions = pgTable(
  'field_issue_contributions',
  {
    prefectureCode: text('prefecture_code').notNull(),
    field: text('field').notNull(),
    category: text('category').notNull(),
    /** YYYY-MM in Japan. */
    month: text('month').notNull(),
    contributorId: text('contributor_id').notNull(),
    reports: integer('reports').notNull(),
  },
  (t) => [
    primaryKey({ name: 'field_issue_contributions_pk', columns: [t.prefectureCode, t.field, t.category, t.month, t.contributorId] }),
    index('field_issue_contributions_month_idx').on(t.month),
  ],
);

/**
 * Referral flows (広域連携): status changes per origin → destination prefecture × field ×
 * outcome × month in Japan and sender (a referral with two fields counts in both). An
 * outcome counts in the month it happened, so a month that is over never changes.
 */
export const referralFlowContributions = pgTable(
  'referral_flow_contributions',
  {
    originPrefectureCode: text('origin_prefecture_code').notNull(),
    destinationPrefectureCode: text('destination_prefecture_code').notNull(),
    field: text('field').notNull(),
    outcome: text('outcome').notNull(),
    month: text('month').notNull(),
    contributorId: text('contributor_id').notNull(),
    referrals: integer('referrals').notNull(),
  },
  (t) => [
    primaryKey({ name: 'referral_flow_contributions_pk', columns: [t.originPrefectureCode, t.destinationPrefectureCode, t.field, t.outcome, t.month, t.contributorId] }),
    index('referral_flow_contributions_month_idx').on(t.month),
  ],
);

/** Receivers' declines per destination prefecture × field × reason × month in Japan and sender. */
export const referralDeclineContributions = pgTable(
  'referral_decline_contributions',
  {
    prefectureCode: text('prefecture_code').notNull(),
    field: text('field').notNull(),
    reason: text('reason').notNull(),
    month: text('month').notNull(),
    contributorId: text('contributor_id').notNull(),
    declines: integer('declines').notNull(),
  },
  (t) => [primaryKey({ name: 'referral_decline_contributions_pk', columns: [t.prefectureCode, t.field, t.reason, t.month, t.contributorId] })],
);

/**
 * Board questions readable by members: their asker, prefecture, fields and month, and the
 * month of their first readable answer. Either event may come first; a row without its
 * question is not counted.
 */
export const boardQuestions = pgTable(
  'board_questions',
  {
    threadId: uuid('thread_id').primaryKey(),
    contributorId: text('contributor_id'),
    prefectureCode: text('prefecture_code'),
    fields: text('fields').array(),
    postedMonth: text('posted_month'),
    answeredMonth: text('answered_month'),
  },
  (t) => [index('board_questions_posted_month_idx').on(t.postedMonth)],
);

/** One row: the time of the latest event applied, which says how fresh every report is. */
export const reportingFreshness = pgTable('reporting_freshness', {
  id: integer('id').primaryKey(),
  lastEventAt: timestamp('last_event_at', { withTimezone: true, mode: 'string' }).notNull(),
});

// The consumer's inbox and dead letters, and the platform's projection of coordinator events.
// The platform's projections: coordinators, and every partner ever approved (approved ones count in coverage).
export { coordinatorProjection, deadLetters, partnerProjection, processedEvents } from '@portal/platform/events';

export type SurveyDefinitionRow = typeof surveyDefinitions.$inferSelect;

/**
 * The latest filing of every quarterly activity report, by its filer's pseudonym: counts
 * only. A correction replaces the row; filings made after the quarter's deadline are not kept.
 */
export const activityReports = pgTable(
  'activity_reports',
  {
    reportId: uuid('report_id').primaryKey(),
    contributorId: uuid('contributor_id').notNull(),
    quarter: text('quarter').notNull(),
    prefectureCodes: text('prefecture_codes').array().notNull(),
    consultations: jsonb('consultations').$type<{ field: string; count: number }[]>().notNull(),
    languages: jsonb('languages').$type<{ language: string; count: number }[]>().notNull(),
    referralsToPartners: integer('referrals_to_partners').notNull(),
    referralsToCoordinators: integer('referrals_to_coordinators').notNull(),
    filedAt: timestamp('filed_at', { withTimezone: true, mode: 'string' }).notNull(),
  },
  (t) => [index('activity_reports_quarter_idx').on(t.quarter)],
);
