import { connectDatabase, newTraceparent } from '@portal/platform';
import type { NewEvent } from '@portal/platform/events';
import { checkAnswers } from '../answers';
import type { AnswersInput } from '../inputs';
import * as schema from '../db/schema';
import type { QuestionRow } from '../db/schema';
import { fieldIssueReported, responseSubmitted, surveyClosed, surveyOpened } from '../events';
import { buildQuestions } from '../questionnaire';
import { createStore, type Store } from '../store';
import { CLOSED_SURVEY, FIELD_ISSUES, OPEN_SURVEY, REQUESTS } from './content';
import { closedSurveyRespondents, crowdFieldIssues, demoHomePrefecture } from './crowd';

const DEMO_ADMIN = 'demo|admin';
const DAY_MS = 86_400_000;
/** The answering window of last year's survey, over which its responses arrived. */
const ANSWERING_MS = CLOSED_SURVEY.closesAt.getTime() - CLOSED_SURVEY.openedAt.getTime();

/** The account of demo coordinator n, as in the coordinators service's demo data. */
const demoAccountId = (n: number) => `demo|c-${String(n).padStart(4, '0')}`;

const FIELD_ROTATION = ['MEDICAL', 'EMPLOYMENT', 'RESIDENCE', 'EDUCATION', 'HOUSING', 'DAILY_LIFE', 'WELFARE', 'LEGAL'];

/** Respondent n's answers to last year's survey: varied, and the same on every run. */
function closedSurveyAnswers(questions: QuestionRow[], n: number) {
  const [activity, usefulness, fields, wishes, requests] = questions;
  const answers: AnswersInput = [
    { questionId: activity!.id, optionIds: [activity!.options[n % 7 === 0 ? 2 : n % 3 === 0 ? 1 : 0]!.id] },
    { questionId: usefulness!.id, scale: n % 10 === 0 ? 2 : 3 + (n % 3) },
    { questionId: wishes!.id, optionIds: [wishes!.options[n % 4]!.id, wishes!.options[(n * 3 + 1) % 4]!.id] },
  ];
  if (n % 5 !== 0) answers.push({ questionId: fields!.id, optionIds: [FIELD_ROTATION[n % 8]!, FIELD_ROTATION[(n * 3 + 1) % 8]!] });
  if (n % 4 === 1) answers.push({ questionId: requests!.id, text: REQUESTS[Math.floor(n / 4) % REQUESTS.length]! });
  return checkAnswers(questions, answers);
}

async function seedSurveys(store: Store, events: NewEvent[]): Promise<number> {
  const open = await store.insertSurvey({
    title: OPEN_SURVEY.title,
    description: OPEN_SURVEY.description,
    closesAt: OPEN_SURVEY.closesAt,
    questions: buildQuestions(OPEN_SURVEY.questions),
    status: 'OPEN',
    createdBy: DEMO_ADMIN,
    createdAt: new Date(OPEN_SURVEY.openedAt.getTime() - 7 * DAY_MS),
    openedAt: OPEN_SURVEY.openedAt,
  });
  const closed = await store.insertSurvey({
    title: CLOSED_SURVEY.title,
    description: CLOSED_SURVEY.description,
    closesAt: CLOSED_SURVEY.closesAt,
    questions: buildQuestions(CLOSED_SURVEY.questions),
    status: 'CLOSED',
    createdBy: DEMO_ADMIN,
    createdAt: new Date(CLOSED_SURVEY.openedAt.getTime() - 7 * DAY_MS),
    openedAt: CLOSED_SURVEY.openedAt,
    closedAt: CLOSED_SURVEY.closedAt,
  });
  events.push({ ...surveyOpened(closed), occurredAt: CLOSED_SURVEY.openedAt });
  // Last year's respondents answered in the order of their numbers; the open survey is left for everyone to try.
  const respondents = closedSurveyRespondents().sort((a, b) => a - b);
  for (const [i, n] of respondents.entries()) {
    const response = await store.insertResponse({
      surveyId: closed.id,
      accountId: demoAccountId(n),
      respondentPrefectureCode: demoHomePrefecture(n),
      answers: closedSurveyAnswers(closed.questions, n),
      submittedAt: new Date(CLOSED_SURVEY.openedAt.getTime() + Math.floor(((i + 1) * ANSWERING_MS) / (respondents.length + 2)) + (n % 9) * 3_600_000),
    });
    events.push({ ...responseSubmitted(response!), occurredAt: response!.submittedAt });
  }
  events.push({ ...surveyClosed(closed, respondents.length), occurredAt: CLOSED_SURVEY.closedAt }, surveyOpened(open));
  return 2 + respondents.length;
}

async function seedFieldIssues(store: Store, events: NewEvent[]): Promise<number> {
  const issues = [...FIELD_ISSUES, ...crowdFieldIssues()];
  const rows = await store.insertFieldIssues(
    issues.map((issue) => ({
      accountId: demoAccountId(issue.reporter),
      prefectureCode: issue.prefectureCode,
      fields: issue.fields,
      category: issue.category,
      description: issue.description,
      status: issue.status,
      publicResponse: issue.publicResponse,
      respondedAt: issue.respondedAt ? new Date(issue.respondedAt) : null,
      createdAt: new Date(issue.reportedAt),
      updatedAt: new Date(issue.respondedAt ?? issue.reportedAt),
    })),
  );
  // One pseudonym a reporter, however many reports.
  const pseudonyms = new Map<string, string>();
  for (const row of rows) {
    const accountId = row.accountId!;
    if (!pseudonyms.has(accountId)) pseudonyms.set(accountId, await store.contributorIdOf(accountId));
    // Reported in their own months, so that reporting releases the periods that are over.
    events.push({ ...fieldIssueReported(row, pseudonyms.get(accountId)!), occurredAt: row.createdAt });
  }
  return rows.length;
}

/**
 * In a migrated database, when it has no survey yet, adds the demo: this year's survey
 * (OPEN until 2027-03-31, every question kind), last year's (CLOSED, answered by 467 demo
 * coordinators from every prefecture), a dozen written field issue reports in every status
 * and the crowd's 1,426 short ones over the fiscal years 2024–2026 (see crowd.ts). Their
 * events go to the outbox with them, so that reporting sees the demo as it would live data.
 * One transaction.
 */
export async function seedDemoData(url: string): Promise<{ inserted: number }> {
  const database = connectDatabase({ url, schema, poolSize: 1 });
  try {
    return await createStore(database.db).transaction(async (store) => {
      if ((await store.countSurveys()) > 0) return { inserted: 0 };
      const events: NewEvent[] = [];
      const inserted = (await seedSurveys(store, events)) + (await seedFieldIssues(store, events));
      await store.recordEvents(events, newTraceparent());
      return { inserted };
    });
  } finally {
    await database.close();
  }
}
