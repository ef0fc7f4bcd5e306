import { bigserial, index, jsonb, pgTable, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import type { QuestionKind } from '@portal/platform';

export type SurveyStatus = 'DRAFT' | 'OPEN' | 'CLOSED';
export type FieldIssueStatus = 'RECEIVED' | 'UNDER_REVIEW' | 'ADDRESSED';

export interface OptionRow {
  id: string;
  label: string;
}

/** A question as stored; PREFECTURE and CONSULTATION_FIELD questions hold their generated options too. */
export interface QuestionRow {
  id: string;
  kind: QuestionKind;
  prompt: string;
  required: boolean;
  options: OptionRow[];
  maxChoices: number | null;
  scaleMin: number | null;
  scaleMax: number | null;
}

/** One answered question: option ids for the choice kinds, a scale value, or text. */
export interface AnswerRow {
  questionId: string;
  optionIds: string[];
  scale: number | null;
  text: string | null;
}

export const surveys = pgTable(
  'surveys',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    title: text('title').notNull(),
    description: text('description'),
    // DRAFT, OPEN or CLOSED as set by admins; a survey past closesAt is closed all the same.
    status: text('status').$type<SurveyStatus>().notNull().default('DRAFT'),
    closesAt: timestamp('closes_at', { withTimezone: true }),
    // The whole questionnaire is read and written at once, and frozen once opened.
    questions: jsonb('questions').$type<QuestionRow[]>().notNull(),
    // Null once the account of the admin who drafted it is erased.
    createdBy: text('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    openedAt: timestamp('opened_at', { withTimezone: true }),
    closedAt: timestamp('closed_at', { withTimezone: true }),
  },
  (t) => [index('surveys_created_idx').on(t.createdAt, t.id)],
);

export type SurveyRow = typeof surveys.$inferSelect;

export const surveyResponses = pgTable(
  'survey_responses',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    surveyId: uuid('survey_id')
      .notNull()
      .references(() => surveys.id),
    // Kept for "one response per coordinator" and myResponse only; never exported or published.
    // Null once the respondent is erased: the response and its answers stay, so results do not change.
    accountId: text('account_id'),
    // The respondent's primary prefecture when they answered, from the coordinator projection.
    respondentPrefectureCode: text('respondent_prefecture_code'),
    answers: jsonb('answers').$type<AnswerRow[]>().notNull(),
    submittedAt: timestamp('submitted_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    // Also what refuses the second of two simultaneous submits.
    unique('survey_responses_one_per_account').on(t.surveyId, t.accountId),
    index('survey_responses_export_idx').on(t.surveyId, t.submittedAt, t.id),
  ],
);

export type SurveyResponseRow = typeof surveyResponses.$inferSelect;

export const fieldIssues = pgTable(
  'field_issues',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    // Listing order and cursor: the order reports arrived in.
    seq: bigserial('seq', { mode: 'number' }).notNull().unique(),
    // The reporter; null once they are erased (the report stays).
    accountId: text('account_id'),
    prefectureCode: text('prefecture_code').notNull(),
    fields: text('fields').array().notNull(),
    category: text('category').notNull(),
    description: text('description').notNull(),
    status: text('status').$type<FieldIssueStatus>().notNull().default('RECEIVED'),
    publicResponse: text('public_response'),
    respondedAt: timestamp('responded_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('field_issues_account_idx').on(t.accountId, t.seq),
    index('field_issues_prefecture_idx').on(t.prefectureCode, t.seq),
    index('field_issues_fields_idx').using('gin', t.fields),
  ],
);

export type FieldIssueRow = typeof fieldIssues.$inferSelect;

// Events of survey and field-issue changes, written with the change and relayed to NATS;
// and the local projection of coordinator events (respondents' primary prefectures).
export { outbox, processedEvents, deadLetters, coordinatorProjection, contributorPseudonyms } from '@portal/platform/events';
