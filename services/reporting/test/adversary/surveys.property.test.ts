import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PREFECTURE_CODES } from '@portal/platform';
import { countResponses } from '@portal/platform/privacy';
import type { Scope } from '../../src/authorization';
import type { QuestionDefinition, SurveyDefinitionRow } from '../../src/db/schema';
import { surveyReportView, type SurveyReportView } from '../../src/survey-report';
import { Reader, subsets } from './reader';

// Random responses to a survey, then every view any caller can have of its results: the
// ministry's nationwide report and each prefecture's, and a local government's report for
// every set of prefectures its token may hold, with each of them in focus — plus, while the
// survey is open, the national count before and after a respondent who watches it. A reader
// (./reader.ts) combines all of it, knowing that one respondent's own answers, and must not
// be able to work out how many people of any group of 1 to k − 1 there are: people of a set
// of areas who answered a question, chose an option, did not choose it, or skipped it.

// Hokkaido is a region alone; Tochigi and Tokyo share Kanto; Osaka is Kinki.
const PREFECTURES = ['01', '09', '13', '27'];
type Area = string | null;
const AREAS: readonly Area[] = [...PREFECTURES, null];

const QUESTIONS: QuestionDefinition[] = [
  { questionId: 'q1', kind: 'SINGLE_CHOICE', prompt: 'q1', required: true, options: [{ optionId: 'a', label: 'a' }, { optionId: 'b', label: 'b' }], scaleMin: null, scaleMax: null },
  { questionId: 'q2', kind: 'MULTIPLE_CHOICE', prompt: 'q2', required: false, options: [{ optionId: 'c', label: 'c' }, { optionId: 'd', label: 'd' }], scaleMin: null, scaleMax: null },
  { questionId: 'q3', kind: 'SCALE', prompt: 'q3', required: false, options: [], scaleMin: 1, scaleMax: 5 },
];

interface Respondent {
  area: Area;
  q1: 0 | 1;
  /** Options chosen; empty: skipped. */
  q2: number[];
  q3: number | null;
}

const respondent: fc.Arbitrary<Respondent> = fc.record({
  // Weighted so that some areas hold groups near the threshold and some are small.
  area: fc.constantFrom<Area>('01', '09', '09', '13', '13', '13', '27', '27', null),
  q1: fc.constantFrom<0 | 1>(0, 1, 1),
  q2: fc.subarray([0, 1]),
  q3: fc.option(fc.integer({ min: 1, max: 5 }), { freq: 3 }),
});

/** A respondent's finest cell: area × (q1, q2 pattern, q3 answered). */
const PATTERNS = [[], [0], [1], [0, 1]].map((p) => p.join());
const atomOf = (r: Respondent) => AREAS.indexOf(r.area) * 16 + r.q1 * 8 + PATTERNS.indexOf(r.q2.join()) * 2 + (r.q3 === null ? 0 : 1);
const atomsWhere = (areas: readonly Area[], matches: (r: Respondent) => boolean) => {
  const atoms: number[] = [];
  for (const area of areas)
    for (const q1 of [0, 1] as const)
      for (const q2 of [[], [0], [1], [0, 1]])
        for (const q3 of [null, 1]) {
          const r = { area, q1, q2, q3 };
          if (matches(r)) atoms.push(atomOf(r));
        }
  return atoms;
};

/**
 * The groups the reader must not count, as predicates on a respondent: every set of answers
 * to one question (chose a; answered q2 with exactly d; skipped q3; …) and every pair of
 * single answers to two questions (chose a and skipped q2; …).
 */
const Q1 = [0, 1].map((v): [string, (r: Respondent) => boolean] => [`q1=${'ab'[v]}`, (r) => r.q1 === v]);
const Q2 = PATTERNS.map((p): [string, (r: Respondent) => boolean] => [`q2=[${p.replace(/\d/g, (d) => 'cd'[Number(d)]!)}]`, (r) => r.q2.join() === p]);
const Q3 = [false, true].map((answered): [string, (r: Respondent) => boolean] => [`q3 ${answered ? 'answered' : 'skipped'}`, (r) => (r.q3 !== null) === answered]);
const anyOf = (list: [string, (r: Respondent) => boolean][]): [string, (r: Respondent) => boolean] => [list.map(([n]) => n).join(' or '), (r) => list.some(([, m]) => m(r))];
const bothOf = ([a, ma]: [string, (r: Respondent) => boolean], [b, mb]: [string, (r: Respondent) => boolean]): [string, (r: Respondent) => boolean] => [`${a} and ${b}`, (r) => ma(r) && mb(r)];
const PREDICATES: [string, (r: Respondent) => boolean][] = [
  ...[Q1, Q2, Q3].flatMap((answers) => subsets(answers).map(anyOf)),
  ...[[Q1, Q2], [Q1, Q3], [Q2, Q3]].flatMap(([x, y]) => x!.flatMap((a) => y!.map((b) => bothOf(a, b)))),
];

const answersOf = (r: Respondent) => [
  { questionId: 'q1', optionIds: [QUESTIONS[0]!.options[r.q1]!.optionId], scale: null },
  ...(r.q2.length ? [{ questionId: 'q2', optionIds: r.q2.map((i) => QUESTIONS[1]!.options[i]!.optionId), scale: null }] : []),
  ...(r.q3 !== null ? [{ questionId: 'q3', optionIds: [], scale: r.q3 }] : []),
];

const definition = (responses: number, closed: boolean): SurveyDefinitionRow => ({
  surveyId: '00000000-0000-4000-8000-000000000000',
  questions: QUESTIONS,
  closesAt: null,
  closedAt: closed ? '2026-01-31T00:00:00.000Z' : null,
  finalResponses: closed ? responses : null,
  asOf: '2026-01-01T00:00:00.000Z',
});

const nationwide: Scope = { nationwide: true, prefectureCodes: PREFECTURE_CODES };
const localGovernment = (prefectureCodes: string[]): Scope => ({ nationwide: false, prefectureCodes });

/** Every view a caller can have: [view, the areas it adds up, the prefectures it lists]. */
function allViews(everyone: Respondent[], k: number, closed: boolean) {
  const counts = countResponses(everyone.map((r) => ({ respondentPrefectureCode: r.area, answers: answersOf(r) })));
  const def = definition(everyone.length, closed);
  const view = (scope: Scope, focus: string | null) => surveyReportView(def, counts, scope, focus, k, new Date());
  const views: { view: SurveyReportView; areas: Area[]; listed: string[] }[] = [];
  views.push({ view: view(nationwide, null), areas: [...AREAS], listed: PREFECTURES });
  for (const p of PREFECTURES) views.push({ view: view(nationwide, p), areas: [p], listed: [p] });
  for (const scope of subsets(PREFECTURES)) {
    views.push({ view: view(localGovernment(scope), null), areas: scope, listed: scope });
    for (const p of scope) views.push({ view: view(localGovernment(scope), p), areas: [p], listed: [p] });
  }
  return views;
}

/** What the reader learns from one view, less the watcher's own part. */
function learnFrom(reader: Reader, { view, areas, listed }: ReturnType<typeof allViews>[number], own: (atoms: number[]) => number) {
  const learn = (atoms: number[], value: number | null) => {
    if (value !== null) reader.learn(atoms, value - own(atoms));
  };
  learn(atomsWhere(areas, () => true), view.totalResponses);
  for (const p of listed) {
    const row = view.respondentsByPrefecture.find((r) => r.prefectureCode === p);
    // A prefecture left out of the list has no respondent.
    learn(atomsWhere([p], () => true), row ? row.count : 0);
  }
  const [q1, q2, q3] = view.questions;
  learn(atomsWhere(areas, () => true), q1!.answeredCount);
  q1!.options.forEach((o, i) => learn(atomsWhere(areas, (r) => r.q1 === i), o.count));
  learn(atomsWhere(areas, (r) => r.q2.length > 0), q2!.answeredCount);
  q2!.options.forEach((o, i) => learn(atomsWhere(areas, (r) => r.q2.includes(i)), o.count));
  learn(atomsWhere(areas, (r) => r.q3 !== null), q3!.answeredCount);
}

describe('survey results against a reader who combines every view', () => {
  it('never lets a group of 1 to k − 1 people be counted, even by a respondent who knows their own answers', () => {
    fc.assert(
      fc.property(fc.array(respondent, { maxLength: 45 }), fc.option(respondent), fc.integer({ min: 2, max: 5 }), (others, watcher, k) => {
        const everyone = watcher ? [...others, watcher] : others;
        const reader = new Reader(AREAS.length * 16);
        const own = (atoms: number[]) => (watcher && atoms.includes(atomOf(watcher)) ? 1 : 0);
        // While open: the national count, before and after the watcher answers.
        for (const seen of [others, everyone]) {
          const total = allViews(seen, k, false)[0]!.view.totalResponses;
          if (total !== null) reader.learn(atomsWhere([...AREAS], () => true), total - (seen === everyone ? own(atomsWhere([...AREAS], () => true)) : 0));
        }
        for (const v of allViews(everyone, k, true)) learnFrom(reader, v, own);

        for (const areas of subsets(AREAS)) {
          for (const [name, matches] of PREDICATES) {
            const truth = others.filter((r) => areas.includes(r.area) && matches(r)).length;
            if (truth >= 1 && truth < k && reader.derives(atomsWhere(areas, matches))) {
              expect.fail(`${name} in ${areas.map((a) => a ?? 'unknown').join('+')}: ${truth} people, derivable with k = ${k}`);
            }
          }
        }
      }),
      { numRuns: Number(process.env.ADVERSARY_RUNS ?? 100) },
    );
  }, 300_000);
});
