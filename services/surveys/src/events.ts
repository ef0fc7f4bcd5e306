import { portalEvent } from '@portal/platform/events';
import type { FieldIssueRow, SurveyResponseRow, SurveyRow } from './db/schema';

// Events of this service. A survey's events share its id as aggregate, so they are
// published in order: opened, the responses, closed. Survey wording (prompts, option labels)
// is the agency's own; what members write (free-text answers, issue descriptions) and who
// they are never leave the service.

/** The questionnaire as reporting needs it to tally answers, options with ids and labels. */
export const surveyOpened = (row: SurveyRow) =>
  portalEvent('survey.opened', row.id, {
    surveyId: row.id,
    closesAt: row.closesAt?.toISOString() ?? null,
    questions: row.questions.map((q) => ({
      questionId: q.id,
      kind: q.kind,
      prompt: q.prompt,
      required: q.required,
      options: q.options.map((o) => ({ optionId: o.id, label: o.label })),
      scaleMin: q.scaleMin,
      scaleMax: q.scaleMax,
    })),
  });

/** With the number of responses it closed with: reporting releases the results once it has counted them. */
export const surveyClosed = (row: SurveyRow, responses: number) => portalEvent('survey.closed', row.id, { surveyId: row.id, responses });

/**
 * Choices and scale values, and the respondent's primary prefecture. A free-text answer is
 * present only as the fact that the question was answered (no options, no scale).
 */
export const responseSubmitted = (response: SurveyResponseRow) =>
  portalEvent('survey.response_submitted', response.surveyId, {
    surveyId: response.surveyId,
    responseId: response.id,
    respondentPrefectureCode: response.respondentPrefectureCode,
    answers: response.answers.map((a) => ({ questionId: a.questionId, optionIds: a.optionIds, scale: a.scale })),
  });

/**
 * Who answered, for reminders to those who have not: in the same transaction as the
 * response, but with no id that the response's event carries.
 */
export const surveyAnswered = (surveyId: string, accountId: string) => portalEvent('survey.answered', surveyId, { surveyId, accountId });

/** For the reporter, whose account it names: so no id of the issue (see the catalog). */
export const fieldIssueStatusChanged = (row: FieldIssueRow, accountId: string, responded: boolean) =>
  portalEvent('field_issue.status_changed', row.id, { accountId, status: row.status, responded });

/** The reporter appears as their pseudonym only (see contributorPseudonyms). */
export const fieldIssueReported = (row: FieldIssueRow, contributorId: string) =>
  portalEvent('field_issue.reported', row.id, {
    fieldIssueId: row.id,
    contributorId,
    prefectureCode: row.prefectureCode,
    fields: row.fields,
    category: row.category,
  });
