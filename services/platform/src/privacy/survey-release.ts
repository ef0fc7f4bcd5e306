import { isPrefectureCode, QUESTION_KINDS, REGION_CODES, REGIONS, type QuestionKind } from '../vocabulary';
import { createTable, sumOfPublished, type PublishedCount, type Table } from './suppression';

// A survey's release: every figure any dashboard or export shows of one survey, computed
// once on one protected table (see suppression.ts) — the whole country, the eight regions
// and each prefecture, with every relation a reader could use between them. What a caller
// sees is a part of it; a local government's own total is added up from published figures
// only. The surveys service computes the same release from its responses for its export.

/** Where a respondent's answers are counted when their prefecture is not known: never shown as a prefecture. */
export const UNKNOWN_PREFECTURE = 'unknown';
/** The key of the whole country's figures. */
export const NATIONAL = 'NATIONAL';

export interface SurveyQuestion {
  questionId: string;
  kind: string;
  prompt: string;
  required: boolean;
  options: { optionId: string; label: string }[];
}

/** A survey's counters per prefecture (or UNKNOWN_PREFECTURE). */
export interface SurveyCounts {
  respondents: { prefectureCode: string; n: number }[];
  questions: { prefectureCode: string; questionId: string; answered: number; scaleCount: number; scaleSum: number }[];
  options: { prefectureCode: string; questionId: string; optionId: string; n: number }[];
}

/** One response as it is counted: the respondent's prefecture and, per question, the options chosen or the scale value given. */
export interface CountedResponse {
  respondentPrefectureCode: string | null;
  answers: readonly { questionId: string; optionIds: readonly string[]; scale: number | null }[];
}

export interface ResponseTally {
  prefectureCode: string;
  questions: { questionId: string; answered: number; scaleCount: number; scaleSum: number }[];
  options: { questionId: string; optionId: string }[];
}

/**
 * What one response adds to the counters. It counts once in its respondent's prefecture (or
 * the unknown bucket); a question counts as answered when the response has an answer for it
 * (a free-text answer has no options or scale); repeated entries count once, so that the
 * increments have no repeated key.
 */
export function tallyResponse(response: CountedResponse): ResponseTally {
  const questions = new Map<string, ResponseTally['questions'][number]>();
  const options = new Map<string, ResponseTally['options'][number]>();
  for (const answer of response.answers) {
    if (questions.has(answer.questionId)) continue;
    questions.set(answer.questionId, { questionId: answer.questionId, answered: 1, scaleCount: answer.scale === null ? 0 : 1, scaleSum: answer.scale ?? 0 });
    for (const optionId of answer.optionIds) options.set(`${answer.questionId}/${optionId}`, { questionId: answer.questionId, optionId });
  }
  const prefecture = response.respondentPrefectureCode;
  return {
    prefectureCode: prefecture && isPrefectureCode(prefecture) ? prefecture : UNKNOWN_PREFECTURE,
    questions: [...questions.values()],
    options: [...options.values()],
  };
}

/** The counters of a set of responses, as reporting keeps them from their events. */
export function countResponses(responses: readonly CountedResponse[]): SurveyCounts {
  const respondents = new Map<string, number>();
  const questions = new Map<string, SurveyCounts['questions'][number]>();
  const options = new Map<string, SurveyCounts['options'][number]>();
  for (const response of responses) {
    const tally = tallyResponse(response);
    const p = tally.prefectureCode;
    respondents.set(p, (respondents.get(p) ?? 0) + 1);
    for (const q of tally.questions) {
      const row = questions.get(`${p}/${q.questionId}`) ?? { prefectureCode: p, questionId: q.questionId, answered: 0, scaleCount: 0, scaleSum: 0 };
      row.answered += q.answered;
      row.scaleCount += q.scaleCount;
      row.scaleSum += q.scaleSum;
      questions.set(`${p}/${q.questionId}`, row);
    }
    for (const o of tally.options) {
      const row = options.get(`${p}/${o.questionId}/${o.optionId}`) ?? { prefectureCode: p, ...o, n: 0 };
      row.n++;
      options.set(`${p}/${o.questionId}/${o.optionId}`, row);
    }
  }
  return {
    respondents: [...respondents].map(([prefectureCode, n]) => ({ prefectureCode, n })),
    questions: [...questions.values()],
    options: [...options.values()],
  };
}

export interface QuestionFigures {
  questionId: string;
  answered: PublishedCount;
  /** In the order of the question's options; empty unless the question is a choice. */
  options: PublishedCount[];
  /** SCALE: the mean to two decimals, when enough answered for it to be shown. */
  mean: number | null;
  /** What the mean is made of, to add published means up; never shown. */
  scale: { count: number; sum: number };
}

export interface SurveyFigures {
  respondents: PublishedCount;
  questions: QuestionFigures[];
}

export interface SurveyRelease {
  /** The figures of the country (NATIONAL), a region or a prefecture; zeros where nobody answered. */
  figures(area: string): SurveyFigures;
  /**
   * The figures of several areas together (a local government's prefectures), from their
   * published figures only: withheld wherever one of them is, so that nothing is worked out
   * from a withheld figure. Zeros for no area at all.
   */
  combined(areas: readonly string[]): SurveyFigures;
  /** Prefectures with at least one respondent, in code order. */
  prefectureCodes: readonly string[];
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

/** The counters of a set of prefectures, added up. */
function counters(counts: SurveyCounts) {
  const respondents = new Map(counts.respondents.map((r) => [r.prefectureCode, r.n]));
  const questions = new Map(counts.questions.map((r) => [`${r.prefectureCode}/${r.questionId}`, r]));
  const options = new Map(counts.options.map((r) => [`${r.prefectureCode}/${r.questionId}/${r.optionId}`, r.n]));
  return (prefectureCodes: readonly string[]) => ({
    respondents: sum(prefectureCodes.map((p) => respondents.get(p) ?? 0)),
    question(questionId: string) {
      const rows = prefectureCodes.map((p) => questions.get(`${p}/${questionId}`)).filter((r) => r !== undefined);
      return { answered: sum(rows.map((r) => r.answered)), scaleCount: sum(rows.map((r) => r.scaleCount)), scaleSum: sum(rows.map((r) => r.scaleSum)) };
    },
    option: (questionId: string, optionId: string) => sum(prefectureCodes.map((p) => options.get(`${p}/${questionId}/${optionId}`) ?? 0)),
  });
}

type Counters = ReturnType<ReturnType<typeof counters>>;

/** A row of the table: an area, or the unknown bucket (hidden). */
interface Row {
  counters: Counters;
  hidden: boolean;
  respondents: number;
  respondentsCell: number;
}

/**
 * The areas of the release and how they add up: the country is its regions and the unknown
 * bucket, a region its prefectures. Only areas with respondents take part; the others are
 * zeros, which a reader may know.
 */
function areaTree(present: readonly string[]) {
  const regions = REGION_CODES.map((code) => ({ code, prefectures: REGIONS[code].prefectureCodes.filter((p) => present.includes(p)) })).filter(
    (region) => region.prefectures.length > 0,
  );
  return regions;
}

/** Builds and protects the release of one survey from its counters. */
export function buildSurveyRelease(questions: readonly SurveyQuestion[], counts: SurveyCounts, k: number): SurveyRelease {
  const of = counters(counts);
  const present = [...new Set(counts.respondents.filter((r) => r.n > 0 && r.prefectureCode !== UNKNOWN_PREFECTURE).map((r) => r.prefectureCode))].sort();
  const table = createTable();
  const row = (prefectureCodes: readonly string[], hidden = false): Row => {
    const c = of(prefectureCodes);
    const cell = hidden ? table.hidden(c.respondents, { sensitive: true, zeroKnown: false }) : table.cell(c.respondents);
    return { counters: c, hidden, respondents: c.respondents, respondentsCell: cell };
  };

  const regions = areaTree(present);
  const prefectureRows = new Map(present.map((p) => [p, row([p])] as const));
  const regionRows = new Map(regions.map((region) => [region.code as string, row(region.prefectures)] as const));
  const unknown = row([UNKNOWN_PREFECTURE], true);
  const national = row([...present, UNKNOWN_PREFECTURE]);
  const areas = new Map<string, Row>([[NATIONAL, national], ...regionRows, ...prefectureRows]);
  // How the areas add up, as [total, parts] of rows.
  const sums: [Row, Row[]][] = [
    [national, [...regionRows.values(), unknown]],
    ...regions.map((region): [Row, Row[]] => [regionRows.get(region.code)!, region.prefectures.map((p) => prefectureRows.get(p)!)]),
  ];
  for (const [total, parts] of sums) table.sum(total.respondentsCell, parts.map((p) => p.respondentsCell));

  const relatedQuestions = questions
    .filter((q): q is SurveyQuestion & { kind: QuestionKind } => isKnownKind(q.kind))
    .map((question) => relateQuestion(table, question, [...areas.values(), unknown], sums));

  const published = table.publish(k);
  const figuresOf = (r: Row): SurveyFigures => {
    const respondents = published(r.respondentsCell);
    return { respondents, questions: relatedQuestions.map((q) => questionFigures(q, r, respondents, published, k)) };
  };
  const computed = new Map([...areas].map(([key, r]) => [key, figuresOf(r)] as const));
  const nobody = zeroFigures(relatedQuestions.map((q) => q.question));
  const figures = (area: string) => computed.get(area) ?? nobody;
  return { figures, combined: (list) => (list.length === 0 ? nobody : combineFigures(list.map(figures))), prefectureCodes: present };
}

interface RelatedQuestion {
  question: SurveyQuestion & { kind: QuestionKind };
  answeredCells: Map<Row, number>;
  optionCells: Map<Row, number[]>;
  scale: Map<Row, { count: number; sum: number }>;
}

/**
 * The cells of one question and the relations a reader could use: answered counts add up
 * like the areas, each is at most the respondents (those who skipped it are a hidden
 * remainder), and option counts add up like the areas and, within an area, to the answered
 * count when answers name one option. Each option's count is also one part of the answered
 * count, the other being those who did not choose it, a sensitive hidden cell: "all but
 * two chose X" names a small group too (the complement rule). A whole group choosing one
 * option is shown as such: its count equals the answered count, which says something of a
 * group of at least k + 1, never of fewer.
 */
function relateQuestion(table: Table, question: RelatedQuestion['question'], rows: Row[], sums: [Row, Row[]][]): RelatedQuestion {
  const stats = new Map(rows.map((r) => [r, r.counters.question(question.questionId)] as const));
  const cellOf = (r: Row, value: number) => (r.hidden ? table.hidden(value, { sensitive: true, zeroKnown: false }) : table.cell(value));
  const answeredCells = new Map(rows.map((r) => [r, cellOf(r, stats.get(r)!.answered)] as const));
  for (const [total, parts] of sums) table.sum(answeredCells.get(total)!, parts.map((p) => answeredCells.get(p)!));
  // Nobody skips a required question; that nobody skipped an optional one, a reader cannot know.
  for (const r of rows) {
    if (r.hidden) continue;
    const skipped = table.hidden(r.respondents - stats.get(r)!.answered, { sensitive: false, zeroKnown: question.required });
    table.sum(r.respondentsCell, [answeredCells.get(r)!, skipped]);
  }

  const optionCells = new Map<Row, number[]>();
  if (CHOICE_KINDS.has(question.kind)) {
    const values = new Map(rows.map((r) => [r, question.options.map((o) => r.counters.option(question.questionId, o.optionId))] as const));
    for (const r of rows) optionCells.set(r, values.get(r)!.map((v) => cellOf(r, v)));
    question.options.forEach((_, i) => {
      for (const [total, parts] of sums) table.sum(optionCells.get(total)![i]!, parts.map((p) => optionCells.get(p)![i]!));
    });
    for (const r of rows) {
      if (r.hidden) continue;
      const answered = stats.get(r)!.answered;
      const chosen = values.get(r)!;
      const cells = optionCells.get(r)!;
      const answeredCell = answeredCells.get(r)!;
      // An answer naming one option (always so for SINGLE_CHOICE, and whenever the counts add
      // up, as a reader who knows the question allows one choice would assume): the options
      // add up to the answered count.
      if (sum(chosen) <= answered && (question.kind === 'SINGLE_CHOICE' || sum(chosen) === answered)) {
        table.sum(answeredCell, [...cells, table.hidden(answered - sum(chosen), { sensitive: false })]);
      }
      chosen.forEach((n, i) => table.sum(answeredCell, [cells[i]!, table.hidden(answered - n, { sensitive: true, zeroKnown: false })]));
    }
  }
  const scale = new Map(rows.map((r) => [r, { count: stats.get(r)!.scaleCount, sum: stats.get(r)!.scaleSum }] as const));
  return { question, answeredCells, optionCells, scale };
}

const WITHHELD: PublishedCount = { count: null, suppressed: true };

/**
 * A question's figures within an area. Figures within a withheld group are withheld too,
 * zeros included: "none of Hokkaido's respondents chose X" says what each of a small
 * group did as surely as a count would.
 */
function questionFigures(q: RelatedQuestion, r: Row, respondents: PublishedCount, published: (cell: number) => PublishedCount, k: number): QuestionFigures {
  const within = (parent: PublishedCount, cell: number) => (parent.suppressed ? WITHHELD : published(cell));
  const answered = within(respondents, q.answeredCells.get(r)!);
  const scale = q.scale.get(r)!;
  // A mean is a figure of those who gave a scale value: shown only when the answered count is.
  const mean = q.question.kind === 'SCALE' && !answered.suppressed && scale.count > k ? round2(scale.sum / scale.count) : null;
  return { questionId: q.question.questionId, answered, options: (q.optionCells.get(r) ?? []).map((cell) => within(answered, cell)), mean, scale };
}

function zeroFigures(questions: readonly RelatedQuestion['question'][]): SurveyFigures {
  const zero: PublishedCount = { count: 0, suppressed: false };
  return {
    respondents: zero,
    questions: questions.map((q) => ({
      questionId: q.questionId,
      answered: zero,
      options: CHOICE_KINDS.has(q.kind) ? q.options.map(() => zero) : [],
      mean: null,
      scale: { count: 0, sum: 0 },
    })),
  };
}

/** Several areas' figures added up (see SurveyRelease.combined); `parts` is not empty. */
function combineFigures(parts: readonly SurveyFigures[]): SurveyFigures {
  const first = parts[0]!;
  if (parts.length === 1) return first;
  return {
    respondents: sumOfPublished(parts.map((p) => p.respondents)),
    questions: first.questions.map((question, i) => {
      const each = parts.map((p) => p.questions[i]!);
      const answered = sumOfPublished(each.map((q) => q.answered));
      const scale = { count: sum(each.map((q) => q.scale.count)), sum: sum(each.map((q) => q.scale.sum)) };
      const meansShown = each.every((q) => q.mean !== null || q.scale.count === 0);
      return {
        questionId: question.questionId,
        answered,
        options: question.options.map((_, o) => sumOfPublished(each.map((q) => q.options[o]!))),
        mean: meansShown && !answered.suppressed && scale.count > 0 ? round2(scale.sum / scale.count) : null,
        scale,
      };
    }),
  };
}
