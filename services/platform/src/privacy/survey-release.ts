import { isPrefectureCode, QUESTION_KINDS, REGION_CODES, REGIONS, type QuestionKind } from '../vocabulary';
import { releaseTree, sumOfPublished, WITHHELD, type Measure, type PublishedCount, type TreeNode } from './suppression';

// A survey's release: every figure any dashboard or export shows of one survey, computed
// once (see suppression.ts) for the whole country, the eight regions and each prefecture.
// What a caller sees is a part of it; a local government's own total is added up from
// published figures only. The surveys service computes the same release from its responses
// for its export.
//
// The areas form one tree per kind of figure: the respondents, and each question. A reader
// who knows, for a set of areas, a question's answered count and option counts also knows
// every group those add up to — those who skipped it (respondents − answered), those who
// did not choose an option (answered − chose), for a single choice those who chose any of
// the options not shown, for two options of a multiple choice those who chose both — so a
// question is published for an area only with all of those, as one block, and its tree
// keeps every remainder of every such group above the threshold. Because a question's
// published areas lie among the respondents' published areas, nothing a reader can add or
// subtract reaches a group that the two trees do not check. An option that is rare
// nationally (1 to k, or all but 1 to k) is withheld in every area, so that it does not
// withhold its whole question.

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
  /** SCALE: the mean to two decimals, when the question is published for the area. */
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

/** A survey's counters by leaf (prefecture or UNKNOWN_PREFECTURE). */
function leafCounts(counts: SurveyCounts) {
  const respondents = new Map(counts.respondents.map((r) => [r.prefectureCode, r.n]));
  const questions = new Map(counts.questions.map((r) => [`${r.prefectureCode}/${r.questionId}`, r]));
  const options = new Map(counts.options.map((r) => [`${r.prefectureCode}/${r.questionId}/${r.optionId}`, r.n]));
  return {
    respondents: (leaf: string) => respondents.get(leaf) ?? 0,
    question: (leaf: string, questionId: string) => questions.get(`${leaf}/${questionId}`) ?? { answered: 0, scaleCount: 0, scaleSum: 0 },
    option: (leaf: string, questionId: string, optionId: string) => options.get(`${leaf}/${questionId}/${optionId}`) ?? 0,
  };
}

type LeafCounts = ReturnType<typeof leafCounts>;

/** The areas as a tree over the leaves: the country, its regions, their prefectures, and the unknown bucket. */
function areaTree(present: readonly string[], measuresOf: (leaf: string) => Measure[], publishable: (area: string) => boolean): TreeNode {
  const leaf = (key: string): TreeNode => ({ key, children: [], measures: measuresOf(key), publishable: key !== UNKNOWN_PREFECTURE && publishable(key) });
  const regions = REGION_CODES.map((code) => ({ code, prefectures: REGIONS[code].prefectureCodes.filter((p) => present.includes(p)) }))
    .filter((region) => region.prefectures.length > 0)
    .map((region): TreeNode => ({ key: region.code, children: region.prefectures.map(leaf), publishable: publishable(region.code) }));
  return { key: NATIONAL, children: [...regions, leaf(UNKNOWN_PREFECTURE)], publishable: publishable(NATIONAL) };
}

const people = (n: number): Measure => ({ value: n, contributors: n });

/**
 * The groups a question's figures give away in an area, given which options are shown:
 * answered and skipped; for each option shown, those who chose it and those who did not;
 * for a single choice, those who chose an option not shown; for a two-option multiple
 * choice with both shown, those who chose both.
 */
function questionGroups(question: SurveyQuestion & { kind: QuestionKind }, shown: readonly boolean[], leaves: LeafCounts) {
  return (leaf: string): Measure[] => {
    const answered = leaves.question(leaf, question.questionId).answered;
    const groups = [answered, leaves.respondents(leaf) - answered];
    if (CHOICE_KINDS.has(question.kind)) {
      const chosen = question.options.map((o) => leaves.option(leaf, question.questionId, o.optionId));
      chosen.forEach((n, i) => shown[i] && groups.push(n, answered - n));
      if (question.kind === 'SINGLE_CHOICE') groups.push(sum(chosen.filter((_, i) => !shown[i])));
      else if (chosen.length === 2 && shown.every(Boolean)) groups.push(chosen[0]! + chosen[1]! - answered);
    }
    return groups.map(people);
  };
}

/** Options shown in every area: not rare nationally (1 to k chose it, or all but 1 to k). */
function shownOptions(question: SurveyQuestion & { kind: QuestionKind }, leaves: readonly string[], counts: LeafCounts, k: number): boolean[] {
  if (!CHOICE_KINDS.has(question.kind)) return [];
  const answered = sum(leaves.map((l) => counts.question(l, question.questionId).answered));
  const chosen = question.options.map((o) => sum(leaves.map((l) => counts.option(l, question.questionId, o.optionId))));
  const rare = (n: number) => isSmallGroup(n, k) || isSmallGroup(answered - n, k);
  const shown = chosen.map((n) => !rare(n));
  if (question.kind === 'SINGLE_CHOICE') {
    // The options not shown add up to a group a reader can work out: it must not be small either.
    const order = chosen.map((n, i) => i).filter((i) => shown[i] && chosen[i]! > 0).sort((a, b) => chosen[a]! - chosen[b]!);
    while (isSmallGroup(sum(chosen.filter((_, i) => !shown[i])), k) && order.length > 0) shown[order.shift()!] = false;
  }
  return shown;
}

const isSmallGroup = (n: number, k: number) => n >= 1 && n <= k;

/** Builds the release of one survey from its counters. */
export function buildSurveyRelease(questions: readonly SurveyQuestion[], counts: SurveyCounts, k: number): SurveyRelease {
  const leaves = leafCounts(counts);
  const present = [...new Set(counts.respondents.filter((r) => r.n > 0 && r.prefectureCode !== UNKNOWN_PREFECTURE).map((r) => r.prefectureCode))].sort();
  const allLeaves = [...present, UNKNOWN_PREFECTURE];
  const known = questions.filter((q): q is SurveyQuestion & { kind: QuestionKind } => isKnownKind(q.kind));

  const respondents = releaseTree(areaTree(present, (leaf) => [people(leaves.respondents(leaf))], () => true), 1, k);
  const perQuestion = known.map((question) => {
    const shown = shownOptions(question, allLeaves, leaves, k);
    const groups = questionGroups(question, shown, leaves);
    const size = groups(UNKNOWN_PREFECTURE).length;
    // A question's published areas lie among the respondents' (see above).
    return { question, shown, release: releaseTree(areaTree(present, groups, (area) => respondents.isPublished(area)), size, k) };
  });

  const areaLeaves = (area: string) =>
    area === NATIONAL ? allLeaves : area in REGIONS ? REGIONS[area as keyof typeof REGIONS].prefectureCodes.filter((p) => present.includes(p)) : [area];
  const figures = (area: string): SurveyFigures => {
    const inArea = areaLeaves(area);
    const respondentsShown = respondents.isPublished(area) || inArea.every((l) => leaves.respondents(l) === 0);
    return {
      respondents: respondentsShown ? { count: sum(inArea.map(leaves.respondents)), suppressed: false } : WITHHELD,
      questions: perQuestion.map(({ question, shown, release }) => {
        const stats = inArea.map((l) => leaves.question(l, question.questionId));
        const scale = { count: sum(stats.map((s) => s.scaleCount)), sum: sum(stats.map((s) => s.scaleSum)) };
        const published = respondentsShown && (release.isPublished(area) || inArea.every((l) => leaves.respondents(l) === 0));
        const count = (n: number): PublishedCount => (published ? { count: n, suppressed: false } : WITHHELD);
        const options = CHOICE_KINDS.has(question.kind)
          ? question.options.map((o, i) => (shown[i] ? count(sum(inArea.map((l) => leaves.option(l, question.questionId, o.optionId)))) : WITHHELD))
          : [];
        return {
          questionId: question.questionId,
          answered: count(sum(stats.map((s) => s.answered))),
          options,
          mean: published && question.kind === 'SCALE' && scale.count > 0 ? round2(scale.sum / scale.count) : null,
          scale,
        };
      }),
    };
  };
  return { figures, combined: (list) => combineFigures(list.length === 0 ? [figures('none')] : list.map(figures)), prefectureCodes: present };
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
