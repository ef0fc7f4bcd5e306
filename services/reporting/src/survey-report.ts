import { QUESTION_KINDS, type QuestionKind } from '@portal/platform';
import { buildSurveyRelease, NATIONAL, WITHHELD, type PublishedCount, type SurveyCounts } from '@portal/platform/privacy';
import type { Scope } from './authorization';
import type { SurveyDefinitionRow } from './db/schema';

// A survey's report is a view of its release (one protected table for the whole country,
// see @portal/platform/privacy), never a table of its own per caller.
//
// Results are released when the survey is over: once it closed and every response it closed
// with has been counted; until then nothing is shown. A live figure, watched before and
// after a response (one's own or anyone's), would give away what that one respondent did;
// once the survey is closed nobody can add to it. (Agency admins see how many have answered
// in the surveys service, which runs the survey.)

/** How long after closing the results are released even if a response never arrives (a lost event). */
export const RELEASE_GRACE_MS = 60 * 60_000;

export interface OptionReport extends PublishedCount {
  optionId: string;
  label: string;
}

export interface QuestionReport {
  questionId: string;
  prompt: string;
  kind: QuestionKind;
  answeredCount: number | null;
  options: OptionReport[];
  mean: number | null;
}

export interface SurveyReportView {
  releasedAt: string | null;
  totalResponses: number | null;
  respondentsByPrefecture: ({ prefectureCode: string } & PublishedCount)[];
  questions: QuestionReport[];
}

const isKnownKind = (kind: string): kind is QuestionKind => (QUESTION_KINDS as readonly string[]).includes(kind);

/** When the survey's results were released, or null while it is open or responses are still arriving. */
export function releasedAt(definition: SurveyDefinitionRow, counted: number, now: Date): string | null {
  const closedAt = definition.closedAt ?? definition.closesAt;
  if (!closedAt) return null;
  const closed = Date.parse(closedAt);
  if (closed > now.getTime()) return null;
  const allCounted = definition.finalResponses !== null && counted >= definition.finalResponses;
  if (allCounted) return closedAt;
  const graceOver = closed + RELEASE_GRACE_MS;
  return graceOver <= now.getTime() ? new Date(graceOver).toISOString() : null;
}

/**
 * The report of a survey for a caller's scope: the whole country (or, for a local
 * government, its prefectures added up from published figures), or one prefecture of it.
 */
export function surveyReportView(definition: SurveyDefinitionRow, counts: SurveyCounts, scope: Scope, focus: string | null, k: number, now: Date): SurveyReportView {
  const questions = definition.questions.filter((q): q is typeof q & { kind: QuestionKind } => isKnownKind(q.kind));
  const release = buildSurveyRelease(questions, counts, k);
  const released = releasedAt(definition, counts.respondents.reduce((s, r) => s + r.n, 0), now);

  const areas = focus ? [focus] : scope.nationwide ? [NATIONAL] : scope.prefectureCodes;
  const listed = (focus ? [focus] : scope.nationwide ? release.prefectureCodes : scope.prefectureCodes).filter((p) => release.prefectureCodes.includes(p));

  if (!released) {
    return {
      releasedAt: null,
      totalResponses: null,
      respondentsByPrefecture: [],
      questions: questions.map((q) => ({
        questionId: q.questionId,
        prompt: q.prompt,
        kind: q.kind,
        answeredCount: null,
        options: q.kind === 'SCALE' || q.kind === 'FREE_TEXT' ? [] : q.options.map((o) => ({ optionId: o.optionId, label: o.label, ...WITHHELD })),
        mean: null,
      })),
    };
  }

  const figures = release.combined(areas);
  return {
    releasedAt: released,
    totalResponses: figures.respondents.count,
    respondentsByPrefecture: listed.map((prefectureCode) => ({ prefectureCode, ...release.figures(prefectureCode).respondents })),
    questions: questions.map((q, i) => {
      const f = figures.questions[i]!;
      return {
        questionId: q.questionId,
        prompt: q.prompt,
        kind: q.kind,
        answeredCount: f.answered.count,
        options: f.options.map((count, o) => ({ optionId: q.options[o]!.optionId, label: q.options[o]!.label, ...count })),
        mean: f.mean,
      };
    }),
  };
}
