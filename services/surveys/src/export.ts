import { prefectureName, toCsv, todayInJapan, type CsvCell } from '@portal/platform';
import type { AnswerRow, QuestionRow, SurveyResponseRow, SurveyRow } from './db/schema';

/** Choices are written by label; several are joined with this. */
const CHOICE_SEPARATOR = ' / ';

function answerCell(question: QuestionRow, answer: AnswerRow | undefined): CsvCell {
  if (!answer) return null;
  if (question.kind === 'SCALE') return answer.scale;
  if (question.kind === 'FREE_TEXT') return answer.text;
  return question.options
    .filter((o) => answer.optionIds.includes(o.id))
    .map((o) => o.label)
    .join(CHOICE_SEPARATOR);
}

/**
 * The responses as CSV: response number (in order of arrival), date submitted in Japan, the
 * respondent's prefecture, then one column per question headed "Q<n> <prompt>". Nothing that
 * identifies a respondent: no account, no coordinator id, no time of day.
 */
export function responsesCsv(survey: SurveyRow, responses: SurveyResponseRow[]): string {
  const header = ['回答番号', '回答日', '回答者の都道府県', ...survey.questions.map((q, i) => `Q${i + 1} ${q.prompt}`)];
  const rows = responses.map((response, i) => {
    const byQuestion = new Map(response.answers.map((a) => [a.questionId, a]));
    return [
      i + 1,
      todayInJapan(response.submittedAt),
      response.respondentPrefectureCode ? prefectureName(response.respondentPrefectureCode) : null,
      ...survey.questions.map((q) => answerCell(q, byQuestion.get(q.id))),
    ];
  });
  return toCsv([header, ...rows]);
}
