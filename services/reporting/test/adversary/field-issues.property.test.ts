import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { coverageRows } from '../../src/coverage';
import { fieldIssueTrend } from '../../src/field-issue-trend';
import { buildFieldIssueRelease, fieldIssueCells, fiscalYearWindow, type Contribution } from '../../src/field-issues';
import { Reader, subsets } from './reader';

// Random field-issue reports by a handful of coordinators over two fiscal years, then every
// figure any caller can see: the prefectures' figures for every choice of fiscal years and
// every set of prefectures a local government may hold, partner coverage's shortage count,
// and the country's months for every window of months — as of one day in July 2025, so
// that fiscal 2024 is over, two months of fiscal 2025 are, and July is not. One reporter
// watches: the reader knows what they filed. From all of it the reader must not be able to
// count the reports of any group of 1 to k − 1 people.

const PREFECTURES = ['01', '09', '13'];
const CURRENT_MONTH = '2025-07';
const MONTHS = ['2024-10', '2024-11', '2025-02', '2025-05', '2025-06', CURRENT_MONTH];
const CLOSED = MONTHS.filter((m) => m < CURRENT_MONTH);
const WATCHER = 'watcher';

interface Report {
  contributor: string;
  prefecture: string;
  month: string;
}

const report = (contributors: fc.Arbitrary<string>): fc.Arbitrary<Report> =>
  fc.record({ contributor: contributors, prefecture: fc.constantFrom(...PREFECTURES), month: fc.constantFrom(...MONTHS) });

/** The cell of a prefecture in a month: the reader's unknowns. */
const atomOf = (prefecture: string, month: string) => PREFECTURES.indexOf(prefecture) * MONTHS.length + MONTHS.indexOf(month);
/** The cells of prefectures in months; months without any report have none. */
const atoms = (prefectures: readonly string[], months: readonly string[]) => prefectures.flatMap((p) => months.filter((m) => MONTHS.includes(m)).map((m) => atomOf(p, m)));

function contributions(reports: readonly Report[]): Contribution[] {
  const cells = new Map<string, Contribution>();
  for (const r of reports) {
    const key = `${r.prefecture}|${r.month}|${r.contributor}`;
    const cell = cells.get(key) ?? { prefectureCode: r.prefecture, field: 'MEDICAL', category: 'PARTNER_SHORTAGE', month: r.month, contributorId: r.contributor, reports: 0 };
    cell.reports++;
    cells.set(key, cell);
  }
  return [...cells.values()];
}

const FISCAL_YEARS = [2024, 2025];
const monthsOfYears = (years: readonly number[]) => MONTHS.filter((m) => years.includes(Number(m.slice(0, 4)) - (Number(m.slice(5)) < 4 ? 1 : 0)));

describe('field issues against a reader who combines every view', () => {
  it('never lets the reports of a group of 1 to k − 1 people be counted, even by a reporter who knows their own', () => {
    const contributors = fc.constantFrom('c0', 'c1', 'c2', 'c3', 'c4', 'c5', 'c6', 'c7', 'c8');
    fc.assert(
      fc.property(fc.array(report(contributors), { maxLength: 60 }), fc.array(report(fc.constant(WATCHER)), { maxLength: 4 }), fc.integer({ min: 2, max: 5 }), fc.array(fc.nat(), { minLength: 200, maxLength: 200 }), (others, own, k, samples) => {
        const release = buildFieldIssueRelease(contributions([...others, ...own]), CURRENT_MONTH, k);
        const reader = new Reader(PREFECTURES.length * MONTHS.length);
        const ownIn = (list: number[]) => own.filter((r) => list.includes(atomOf(r.prefecture, r.month))).length;
        const learn = (list: number[], count: number | null) => {
          if (count !== null) reader.learn(list, count - ownIn(list));
        };

        for (const years of subsets(FISCAL_YEARS)) {
          const window = fiscalYearWindow(`${years[0]}-04`, `${years[years.length - 1]}-04`);
          // Figures cover the chosen fiscal years that are over (2024 only, as of July 2025).
          const chosen = FISCAL_YEARS.filter(window).filter((year) => year < 2025);
          for (const scope of subsets(PREFECTURES)) {
            const cells = fieldIssueCells(release, scope, window);
            for (const p of scope) {
              const cell = cells.find((c) => c.prefectureCode === p);
              // A prefecture left out has no report; one listed as withheld tells nothing.
              learn(atoms([p], monthsOfYears(chosen)), cell ? cell.count : 0);
            }
          }
        }
        for (const p of PREFECTURES) {
          const row = coverageRows(p, [], { shortages: release, capacityDeclines: buildFieldIssueRelease([], CURRENT_MONTH, k) }, k).find((r) => r.field === 'MEDICAL')!;
          // The fiscal years that are over: 2024.
          learn(atoms([p], monthsOfYears([2024])), row.shortageReports);
        }
        for (let from = 0; from < CLOSED.length; from++) {
          for (let to = from; to < CLOSED.length; to++) {
            const window = { fields: undefined, categories: undefined, since: new Date(`${CLOSED[from]}-15T00:00:00+09:00`), until: new Date(`${CLOSED[to]}-15T00:00:00+09:00`) };
            const trend = fieldIssueTrend(release, window, CURRENT_MONTH);
            for (const month of trend) learn(atoms(PREFECTURES, [month.month]), month.count);
          }
        }

        // Groups: every set of prefectures over every set of months, and sampled sets of cells.
        const cellIds = PREFECTURES.flatMap((p) => MONTHS.map((m) => ({ p, m, atom: atomOf(p, m) })));
        const groups: { name: string; cells: typeof cellIds }[] = [];
        for (const ps of subsets(PREFECTURES)) for (const ms of subsets(MONTHS)) groups.push({ name: `${ps.join('+')} in ${ms.join('+')}`, cells: cellIds.filter((c) => ps.includes(c.p) && ms.includes(c.m)) });
        for (const sample of samples) groups.push({ name: `cells #${sample}`, cells: cellIds.filter((_, i) => (sample >> i) & 1 || (sample * 7919 >> i) & 1) });

        for (const group of groups) {
          const members = new Set(others.filter((r) => group.cells.some((c) => c.p === r.prefecture && c.m === r.month)).map((r) => r.contributor));
          if (members.size >= 1 && members.size < k && reader.derives(group.cells.map((c) => c.atom))) {
            expect.fail(`${group.name}: ${members.size} people, their reports derivable with k = ${k}`);
          }
        }
      }),
      { numRuns: Number(process.env.ADVERSARY_RUNS ?? 100) },
    );
  }, 300_000);
});
