import { QUESTION_KINDS, type QuestionKind } from '@portal/platform';
import { UNKNOWN_PREFECTURE, type QuestionDefinition } from './db/schema';
import { createTable, type PublishedCount, type Table } from './privacy/suppression';

// A survey report is computed from the per-prefecture counters of the caller's scope as one
// table: the scope's totals, each prefecture's counts, and every relation between them that
// a reader could use (see privacy/suppression.ts). The nationwide report and each
// prefecture's report are views of that same protected table, so that comparing them (the
// nationwide count minus the published prefectures) reveals no withheld cell either.

export interface SurveyCounts {
  respondents: { prefectureCode: string; n: number }[];
  questions: { prefectureCode: string; questionId: string; answered: number; scaleCount: number; scaleSum: number }[];
  options: { prefectureCode: string; questionId: string; optionId: string; n: number }[];
}

/** Whose counts the report adds up: some prefectures, and whether respondents of unknown prefecture count too. */
export interface ReportScope {
  prefectureCodes: readonly string[];
  includesUnknown: boolean;
}

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
  totalResponses: number | null;
  respondentsByPrefecture: ({ prefectureCode: string } & PublishedCount)[];
  questions: QuestionReport[];
}

const isKnownKind = (kind: string): kind is QuestionKind => (QUESTION_KINDS as readonly string[]).includes(kind);

/** Only SINGLE_CHOICE answers name exactly one option; the other choice kinds may name several. */
const CHOICE_KINDS: ReadonlySet<QuestionKind> = new Set(['SINGLE_CHOICE', 'MULTIPLE_CHOICE', 'PREFECTURE', 'CONSULTATION_FIELD']);

const sum = (values: Iterable<number>) => {
  let s = 0;
  for (const v of values) s += v;
  return s;
};

/** Means are shown to two decimals. */
const round2 = (value: number) => Math.round(value * 100) / 100;

/** The counters of the given prefectures added up: a "row" of the table (the scope, one prefecture, the unknown bucket). */
class Counters {
  constructor(private readonly index: CountIndex, private readonly prefectureCodes: readonly string[]) {}
  respondents() {
    return sum(this.prefectureCodes.map((p) => this.index.respondents.get(p) ?? 0));
  }
  question(questionId: string) {
    const rows = this.prefectureCodes.map((p) => this.index.questions.get(`${p}/${questionId}`)).filter((r) => r !== undefined);
    return { answered: sum(rows.map((r) => r.answered)), scaleCount: sum(rows.map((r) => r.scaleCount)), scaleSum: sum(rows.map((r) => r.scaleSum)) };
  }
  option(questionId: string, optionId: string) {
    return sum(this.prefectureCodes.map((p) => this.index.options.get(`${p}/${questionId}/${optionId}`) ?? 0));
  }
}

type CountIndex = ReturnType<typeof indexCounts>;

// Question and option ids are the surveys service's ids; "/" cannot be part of a prefecture code.
function indexCounts(counts: SurveyCounts) {
  return {
    respondents: new Map(counts.respondents.map((r) => [r.prefectureCode, r.n])),
    questions: new Map(counts.questions.map((r) => [`${r.prefectureCode}/${r.questionId}`, r])),
    options: new Map(counts.options.map((r) => [`${r.prefectureCode}/${r.questionId}/${r.optionId}`, r.n])),
  };
}

interface Row {
  counters: Counters;
  respondents: number;
  respondentsCell: number;
}

interface QuestionCells {
  definition: QuestionDefinition & { kind: QuestionKind };
  answeredCells: Map<Row, number>;
  optionCells: Map<Row, number[]>;
  scale: Map<Row, { count: number; sum: number }>;
}

/**
 * The report of a survey for a scope, as a whole (`focus` null) or for one prefecture of it,
 * with every count protected against small cells.
 */
export function buildSurveyReport(
  questions: readonly QuestionDefinition[],
  counts: SurveyCounts,
  scope: ReportScope,
  focus: string | null,
  k: number,
): SurveyReportView {
  const inScope = new Set(scope.prefectureCodes);
  const present = new Set([...counts.respondents, ...counts.questions, ...counts.options].map((r) => r.prefectureCode).filter((p) => inScope.has(p)));
  if (focus) present.add(focus);
  const prefectureCodes = [...present].sort();

  const index = indexCounts(counts);
  const table = createTable();
  const row = (rowPrefectures: readonly string[]): Row => {
    const counters = new Counters(index, rowPrefectures);
    const respondents = counters.respondents();
    return { counters, respondents, respondentsCell: table.cell(respondents) };
  };
  const whole = row(scope.includesUnknown ? [...prefectureCodes, UNKNOWN_PREFECTURE] : prefectureCodes);
  const prefectures = new Map(prefectureCodes.map((p) => [p, row([p])] as const));
  const unknown = scope.includesUnknown ? new Counters(index, [UNKNOWN_PREFECTURE]) : null;
  const parts = [...prefectures.values()];

  // A reader cannot tell that nobody's prefecture is unknown; within a local government's scope there is no such bucket.
  const unknownBucket = (value: number) => table.hidden(value, { sensitive: true, zeroKnown: !unknown });
  table.sum(whole.respondentsCell, [...parts.map((r) => r.respondentsCell), unknownBucket(unknown?.respondents() ?? 0)]);

  const questionCells = questions
    .filter((q): q is QuestionDefinition & { kind: QuestionKind } => isKnownKind(q.kind))
    .map((definition) => relateQuestion(table, definition, whole, parts, unknown, unknownBucket));

  const published = table.publish(k);
  const view = (r: Row, respondentsByPrefecture: SurveyReportView['respondentsByPrefecture']): SurveyReportView => ({
    totalResponses: published(r.respondentsCell).count,
    respondentsByPrefecture,
    questions: questionCells.map((q) => questionReport(q, r, published, k)),
  });

  if (focus) {
    const r = prefectures.get(focus)!;
    return view(r, r.respondents > 0 ? [{ prefectureCode: focus, ...published(r.respondentsCell) }] : []);
  }
  return view(
    whole,
    prefectureCodes.filter((p) => prefectures.get(p)!.respondents > 0).map((p) => ({ prefectureCode: p, ...published(prefectures.get(p)!.respondentsCell) })),
  );
}

/**
 * The cells of one question and the relations a reader could use: the answered counts add
 * up over prefectures, each is at most the respondents (those who skipped the question are
 * a hidden remainder), and option counts add up over prefectures and, within a row, to the
 * answered count when answers name one option. Where an answer may name several options,
 * each option's count is one part of the answered count, the other part (those who did not
 * choose it) being a sensitive hidden cell: "all but two chose X" is a small cell too.
 */
function relateQuestion(
  table: Table,
  definition: QuestionCells['definition'],
  whole: Row,
  parts: Row[],
  unknown: Counters | null,
  unknownBucket: (value: number) => number,
): QuestionCells {
  const rows = [whole, ...parts];
  const stats = new Map(rows.map((r) => [r, r.counters.question(definition.questionId)] as const));
  const answeredCells = new Map(rows.map((r) => [r, table.cell(stats.get(r)!.answered)] as const));
  const unknownStats = unknown?.question(definition.questionId);
  table.sum(answeredCells.get(whole)!, [...parts.map((r) => answeredCells.get(r)!), unknownBucket(unknownStats?.answered ?? 0)]);
  // Nobody skips a required question; that nobody skipped an optional one, a reader cannot know.
  const skipped = (value: number) => table.hidden(value, { sensitive: false, zeroKnown: definition.required });
  for (const r of rows) table.sum(r.respondentsCell, [answeredCells.get(r)!, skipped(r.respondents - stats.get(r)!.answered)]);

  const optionCells = new Map<Row, number[]>();
  if (CHOICE_KINDS.has(definition.kind)) {
    const values = new Map(rows.map((r) => [r, definition.options.map((o) => r.counters.option(definition.questionId, o.optionId))] as const));
    for (const r of rows) optionCells.set(r, values.get(r)!.map((v) => table.cell(v)));
    definition.options.forEach((option, i) => {
      const unknownCount = unknown?.option(definition.questionId, option.optionId) ?? 0;
      table.sum(optionCells.get(whole)![i]!, [...parts.map((r) => optionCells.get(r)![i]!), unknownBucket(unknownCount)]);
    });
    for (const r of rows) {
      const answered = stats.get(r)!.answered;
      const chosen = values.get(r)!;
      const cells = optionCells.get(r)!;
      const answeredCell = answeredCells.get(r)!;
      // An answer naming one option (always so for SINGLE_CHOICE, and whenever the counts add
      // up, as a reader who knows the question allows one choice would assume): the options
      // add up to the answered count.
      if (sum(chosen) <= answered && (definition.kind === 'SINGLE_CHOICE' || sum(chosen) === answered)) {
        table.sum(answeredCell, [...cells, table.hidden(answered - sum(chosen), { sensitive: false })]);
      }
      if (definition.kind !== 'SINGLE_CHOICE') {
        chosen.forEach((n, i) => table.sum(answeredCell, [cells[i]!, table.hidden(answered - n, { sensitive: true, zeroKnown: false })]));
      }
    }
  }
  const scale = new Map(rows.map((r) => [r, { count: stats.get(r)!.scaleCount, sum: stats.get(r)!.scaleSum }] as const));
  return { definition, answeredCells, optionCells, scale };
}

function questionReport(q: QuestionCells, r: Row, published: (cell: number) => PublishedCount, k: number): QuestionReport {
  const answered = published(q.answeredCells.get(r)!);
  const scale = q.scale.get(r)!;
  // A mean of fewer than k answers is a small cell, and so is a mean whose count is withheld.
  const mean = q.definition.kind === 'SCALE' && !answered.suppressed && scale.count >= k ? round2(scale.sum / scale.count) : null;
  const cells = q.optionCells.get(r) ?? [];
  return {
    questionId: q.definition.questionId,
    prompt: q.definition.prompt,
    kind: q.definition.kind,
    answeredCount: answered.count,
    options: cells.map((cell, i) => ({ optionId: q.definition.options[i]!.optionId, label: q.definition.options[i]!.label, ...published(cell) })),
    mean,
  };
}
