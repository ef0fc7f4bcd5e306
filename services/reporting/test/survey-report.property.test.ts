import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { UNKNOWN_PREFECTURE, type QuestionDefinition } from '../src/db/schema';
import { isSmall } from '../src/privacy/suppression';
import { buildSurveyReport, type SurveyCounts, type SurveyReportView } from '../src/survey-report';
import { tallyResponse } from '../src/tally';

// Random responses to a survey with every kind of counted question, reported for a random
// scope. A "reader" then takes every relation between published numbers that follows from
// what a survey is (written here from the reports' meaning, not from the builder's table)
// and checks that no withheld count can be worked out from any one of them.

const PREFECTURES = ['09', '13', '27'];
const opts = (q: string, n: number) => Array.from({ length: n }, (_, i) => ({ optionId: `${q}-${i}`, label: `${q} ${i}` }));
const QUESTIONS: QuestionDefinition[] = [
  // Required: everyone answers it, and a reader knows nobody skipped it.
  { questionId: 'single', kind: 'SINGLE_CHOICE', prompt: 's', required: true, options: opts('single', 3), scaleMin: null, scaleMax: null },
  { questionId: 'multi', kind: 'MULTIPLE_CHOICE', prompt: 'm', required: false, options: opts('multi', 4), scaleMin: null, scaleMax: null },
  // A PREFECTURE question allowing one choice: its options add up although its kind allows several.
  { questionId: 'pref', kind: 'PREFECTURE', prompt: 'p', required: false, options: opts('pref', 3), scaleMin: null, scaleMax: null },
  { questionId: 'scale', kind: 'SCALE', prompt: 'c', required: false, options: [], scaleMin: 1, scaleMax: 5 },
  { questionId: 'text', kind: 'FREE_TEXT', prompt: 't', required: false, options: [], scaleMin: null, scaleMax: null },
];

const prefecture = fc.constantFrom<string | null>(...PREFECTURES, null);
const answering = fc.record({
  prefecture,
  single: fc.integer({ min: 0, max: 2 }),
  multi: fc.subarray([0, 1, 2, 3]),
  pref: fc.option(fc.integer({ min: 0, max: 2 })),
  scale: fc.option(fc.integer({ min: 1, max: 5 })),
  text: fc.boolean(),
});
// Someone who answered the required question only.
const blank = fc.record({ prefecture, single: fc.integer({ min: 0, max: 2 }) }).map((r) => ({ ...r, multi: [] as number[], pref: null, scale: null, text: false }));
const respondent = fc.oneof({ arbitrary: answering, weight: 4 }, { arbitrary: blank, weight: 1 });
type Respondent = typeof respondent extends fc.Arbitrary<infer R> ? R : never;

function answersOf(r: Respondent) {
  const answers: { questionId: string; optionIds: string[]; scale: number | null }[] = [];
  answers.push({ questionId: 'single', optionIds: [`single-${r.single}`], scale: null });
  if (r.multi.length > 0) answers.push({ questionId: 'multi', optionIds: r.multi.map((i) => `multi-${i}`), scale: null });
  if (r.pref !== null) answers.push({ questionId: 'pref', optionIds: [`pref-${r.pref}`], scale: null });
  if (r.scale !== null) answers.push({ questionId: 'scale', optionIds: [], scale: r.scale });
  if (r.text) answers.push({ questionId: 'text', optionIds: [], scale: null });
  return answers;
}

/** The counters the projection would hold for these responses. */
function countersOf(respondents: Respondent[]): SurveyCounts {
  const counts: SurveyCounts = { respondents: [], questions: [], options: [] };
  const add = <T>(list: T[], match: (row: T) => boolean, fresh: T, update: (row: T) => void) => {
    const row = list.find(match);
    if (row) update(row);
    else list.push(fresh);
  };
  for (const r of respondents) {
    const tally = tallyResponse({ surveyId: '00000000-0000-4000-8000-000000000000', responseId: '00000000-0000-4000-8000-000000000001', respondentPrefectureCode: r.prefecture, answers: answersOf(r) });
    const p = tally.prefectureCode;
    add(counts.respondents, (x) => x.prefectureCode === p, { prefectureCode: p, n: 1 }, (x) => x.n++);
    for (const q of tally.questions) {
      add(counts.questions, (x) => x.prefectureCode === p && x.questionId === q.questionId, { prefectureCode: p, ...q }, (x) => {
        x.answered += q.answered;
        x.scaleCount += q.scaleCount;
        x.scaleSum += q.scaleSum;
      });
    }
    for (const o of tally.options) add(counts.options, (x) => x.prefectureCode === p && x.questionId === o.questionId && x.optionId === o.optionId, { prefectureCode: p, ...o, n: 1 }, (x) => x.n++);
  }
  return counts;
}

interface Truth {
  respondents: number;
  answered: Record<string, number>;
  options: Record<string, number[]>;
  scaleSum: number;
}

/** The true numbers of a group of respondents, counted directly from the responses. */
function truthOf(group: Respondent[]): Truth {
  const answered: Record<string, number> = {};
  const options: Record<string, number[]> = {};
  for (const q of QUESTIONS) {
    answered[q.questionId] = group.filter((r) => answersOf(r).some((a) => a.questionId === q.questionId)).length;
    options[q.questionId] = q.options.map((o) => group.filter((r) => answersOf(r).some((a) => a.optionIds.includes(o.optionId))).length);
  }
  return { respondents: group.length, answered, options, scaleSum: group.reduce((s, r) => s + (r.scale ?? 0), 0) };
}

/** One relation a reader can use: total = parts, where a part is published, withheld, or hidden (never published). */
interface Term {
  published: number | null;
  truth: number;
  /** Hidden terms that must not be inferable when from 1 to k−1. */
  sensitive?: boolean;
  hidden?: boolean;
  /** A hidden term a reader can tell is 0 when it is. */
  zeroKnown?: boolean;
}

function checkRelation(total: Term, parts: Term[], k: number, what: string) {
  const unknown = parts.filter((p) => (p.hidden || p.published === null) && p.truth > 0);
  const needsProtection = (t: Term) => !t.hidden || (t.sensitive === true && isSmall(t.truth, k));
  if (total.published === null) {
    // A withheld total must not be the sum of known parts.
    const open = unknown.length + parts.filter((p) => p.hidden && p.truth === 0 && !p.zeroKnown).length;
    expect(open, `${what}: a withheld total can be added up`).toBeGreaterThanOrEqual(1);
    return;
  }
  if (!unknown.some(needsProtection)) return;
  const S = total.published - parts.reduce((s, p) => s + (p.hidden ? 0 : (p.published ?? 0)), 0);
  const n = unknown.length;
  expect(S, what).toBe(unknown.reduce((s, p) => s + p.truth, 0));
  // Each unknown lies in [1, S − (n − 1)]: at least two values, and together at least k.
  expect(S - (n - 1), `${what}: a withheld count is determined`).toBeGreaterThanOrEqual(2);
  expect(S, `${what}: withheld counts add up to a small cell`).toBeGreaterThanOrEqual(k);
}

const term = (published: number | null, truth: number): Term => ({ published, truth });
const hidden = (truth: number, sensitive: boolean, zeroKnown: boolean): Term => ({ published: null, truth, hidden: true, sensitive, zeroKnown });

describe('a survey report against a reader who combines what it publishes', () => {
  it('publishes true counts, none from 1 to k−1, and no withheld count follows from any relation between them', () => {
    fc.assert(
      fc.property(fc.array(respondent, { maxLength: 45 }), fc.integer({ min: 2, max: 6 }), fc.boolean(), (respondents, k, nationwide) => {
        const scope = nationwide ? { prefectureCodes: PREFECTURES, includesUnknown: true } : { prefectureCodes: ['09', '13'], includesUnknown: false };
        const inScope = respondents.filter((r) => (r.prefecture === null ? scope.includesUnknown : scope.prefectureCodes.includes(r.prefecture)));
        const counts = countersOf(respondents.filter((r) => inScope.includes(r)));
        const whole = buildSurveyReport(QUESTIONS, counts, scope, null, k);
        const prefectures = scope.prefectureCodes.map((p) => ({ p, view: buildSurveyReport(QUESTIONS, counts, scope, p, k), truth: truthOf(inScope.filter((r) => r.prefecture === p)) }));
        const wholeTruth = truthOf(inScope);
        const unknownTruth = truthOf(inScope.filter((r) => r.prefecture === null));

        const rows: { view: SurveyReportView; truth: Truth; name: string }[] = [{ view: whole, truth: wholeTruth, name: 'scope' }, ...prefectures.map((x) => ({ view: x.view, truth: x.truth, name: x.p }))];
        for (const { view, truth, name } of rows) {
          const numbers = [view.totalResponses, ...view.respondentsByPrefecture.map((r) => r.count), ...view.questions.flatMap((q) => [q.answeredCount, ...q.options.map((o) => o.count)])];
          for (const n of numbers) if (n !== null) expect(isSmall(n, k), `${name}: published ${n}`).toBe(false);
          // Published numbers are the true ones.
          if (view.totalResponses !== null) expect(view.totalResponses).toBe(truth.respondents);
          for (const q of view.questions) {
            if (q.answeredCount !== null) expect(q.answeredCount).toBe(truth.answered[q.questionId]);
            q.options.forEach((o, i) => o.count !== null && expect(o.count).toBe(truth.options[q.questionId]![i]));
            if (q.kind === 'SCALE') {
              const n = truth.answered.scale!;
              expect(q.mean).toBe(q.answeredCount !== null && n >= k ? Math.round((truth.scaleSum / n) * 100) / 100 : null);
            }
          }
        }
        const respondentsIn = (p: string) => whole.respondentsByPrefecture.find((r) => r.prefectureCode === p);
        for (const x of prefectures) {
          // The prefecture's own report and the nationwide list agree.
          if (x.truth.respondents > 0) expect(respondentsIn(x.p)!.count).toBe(x.view.totalResponses);
          else expect(respondentsIn(x.p)).toBeUndefined();
        }

        const question = (view: SurveyReportView, id: string) => view.questions.find((q) => q.questionId === id)!;
        // Respondents of unknown prefecture: only a nationwide scope has them, and nobody can tell there are none.
        const unknownBucket = (truth: number) => hidden(scope.includesUnknown ? truth : 0, true, !scope.includesUnknown);
        // Respondents: the scope's total = the prefectures' + the unknown bucket.
        checkRelation(
          term(whole.totalResponses, wholeTruth.respondents),
          [...prefectures.map((x) => term(x.view.totalResponses, x.truth.respondents)), unknownBucket(unknownTruth.respondents)],
          k,
          'respondents by prefecture',
        );
        for (const q of QUESTIONS) {
          const id = q.questionId;
          checkRelation(
            term(question(whole, id).answeredCount, wholeTruth.answered[id]!),
            [...prefectures.map((x) => term(question(x.view, id).answeredCount, x.truth.answered[id]!)), unknownBucket(unknownTruth.answered[id]!)],
            k,
            `${id}: answered by prefecture`,
          );
          for (const { view, truth, name } of rows) {
            // Those who skipped the question: respondents − answered.
            checkRelation(term(view.totalResponses, truth.respondents), [term(question(view, id).answeredCount, truth.answered[id]!), hidden(truth.respondents - truth.answered[id]!, false, q.required)], k, `${name} ${id}: skipped`);
          }
          q.options.forEach((_, i) => {
            checkRelation(
              term(question(whole, id).options[i]!.count, wholeTruth.options[id]![i]!),
              [...prefectures.map((x) => term(question(x.view, id).options[i]!.count, x.truth.options[id]![i]!)), unknownBucket(unknownTruth.options[id]![i]!)],
              k,
              `${id} option ${i}: by prefecture`,
            );
          });
          for (const { view, truth, name } of rows) {
            if (q.options.length === 0) continue;
            const answered = term(question(view, id).answeredCount, truth.answered[id]!);
            const chosen = question(view, id).options.map((o, i) => term(o.count, truth.options[id]![i]!));
            const total = truth.options[id]!.reduce((s, v) => s + v, 0);
            // Options add up to the answered count where each answer names one option.
            if (q.kind === 'SINGLE_CHOICE' || total === truth.answered[id]) checkRelation(answered, chosen, k, `${name} ${id}: options add up`);
            if (q.kind !== 'SINGLE_CHOICE') {
              // Several choices: each option and those who did not choose it make up the answered count.
              chosen.forEach((c, i) => checkRelation(answered, [c, hidden(truth.answered[id]! - c.truth, true, false)], k, `${name} ${id} option ${i}: did not choose`));
            }
          }
        }
      }),
      { numRuns: 400 },
    );
  });
});
