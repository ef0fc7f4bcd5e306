import { monthInJapan, prefectureName, REGIONS, regionOf, toCsv, type CsvCell, type PrefectureCode } from '@portal/platform';
import { buildSurveyRelease, countResponses } from '@portal/platform/privacy';
import type { AnswerRow, QuestionRow, SurveyResponseRow, SurveyRow } from './db/schema';

// The responses of a survey, one row each, for agency admins. Nothing identifies a
// respondent: no account, no time of day, and where a respondent's prefecture is a small
// group the row names its region instead (or neither). Which areas may be named is read off
// the survey's release, the table the dashboards show, so that the number of rows naming an
// area is a figure the dashboards could show too. Every export format writes these rows.

/** Choices are written by label; several are joined with this. */
const CHOICE_SEPARATOR = ' / ';
/** Where neither the prefecture nor the region may be named. */
const UNNAMED_AREA = '—';

export const EXPORT_HEADER = ['回答番号', '回答月', '回答者の地域'] as const;

function answerCell(question: QuestionRow, answer: AnswerRow | undefined, maskText: (text: string) => string): CsvCell {
  if (!answer) return null;
  if (question.kind === 'SCALE') return answer.scale;
  if (question.kind === 'FREE_TEXT') return answer.text === null ? null : maskText(answer.text);
  return question.options
    .filter((o) => answer.optionIds.includes(o.id))
    .map((o) => o.label)
    .join(CHOICE_SEPARATOR);
}

/** The area a row may name: its prefecture if the release publishes its count, else its region if that is published. */
function areaNamer(survey: SurveyRow, responses: readonly SurveyResponseRow[], k: number) {
  const release = buildSurveyRelease(
    survey.questions.map((q) => ({ questionId: q.id, kind: q.kind, prompt: q.prompt, required: q.required, options: q.options.map((o) => ({ optionId: o.id, label: o.label })) })),
    countResponses(responses),
    k,
  );
  const shown = (area: string) => !release.figures(area).respondents.suppressed;
  return (prefectureCode: string | null): string => {
    if (!prefectureCode) return UNNAMED_AREA;
    if (shown(prefectureCode)) return prefectureName(prefectureCode);
    const region = regionOf(prefectureCode as PrefectureCode);
    return shown(region) ? REGIONS[region].name : UNNAMED_AREA;
  };
}

/**
 * The rows of the export: response number (in order of arrival), month submitted in Japan,
 * the respondent's area, then one column per question headed "Q<n> <prompt>". Free-text
 * answers pass through `maskText` (personal data replaced).
 */
export function exportRows(survey: SurveyRow, responses: SurveyResponseRow[], k: number, maskText: (text: string) => string): CsvCell[][] {
  const areaOf = areaNamer(survey, responses, k);
  const header = [...EXPORT_HEADER, ...survey.questions.map((q, i) => `Q${i + 1} ${q.prompt}`)];
  const rows = responses.map((response, i) => {
    const byQuestion = new Map(response.answers.map((a) => [a.questionId, a]));
    return [
      i + 1,
      monthInJapan(response.submittedAt),
      areaOf(response.respondentPrefectureCode),
      ...survey.questions.map((q) => answerCell(q, byQuestion.get(q.id), maskText)),
    ];
  });
  return [header, ...rows];
}

/** The export as CSV (UTF-8 with BOM, RFC 4180). */
export const responsesCsv = (rows: CsvCell[][]) => toCsv(rows);
