import { CONSULTATION_FIELD_VALUES, FIELD_ISSUE_CATEGORIES, REGION_CODES, REGIONS, type PrefectureCode } from '@portal/platform';
import { passesThreshold, releaseTree, sumOfPublished, WITHHELD, type Measure, type PublishedCount, type TreeNode, type TreeRelease } from '@portal/platform/privacy';

// Field issues are published from one release per field × category (see
// @portal/platform/privacy), in fixed periods that are over:
//
// - the whole country month by month, once the month has ended (Japan time);
// - the country, its regions and its prefectures per fiscal year (年度, April to March),
//   once the year has ended.
//
// A month or a year, once published, never changes (reports are dated when they are made),
// so nobody can add a report and watch a figure move, and comparing two windows of time
// gives nothing but the published periods they consist of. The two sets of figures meet in
// one figure only, the country's year; a reader combining them learns the year's months
// (each month, and the months not shown together) and the year's areas (each area, and the
// remainders of the area tree), never an area in a month: so both trees are protected, and
// the year's national figure is shown only when the months not shown together pass the
// threshold too.

/** What one contributor filed in one cell (prefecture × field × category × month). */
export interface Contribution {
  prefectureCode: string;
  field: string;
  category: string;
  month: string;
  contributorId: string;
  reports: number;
}

export const NATIONAL = 'NATIONAL';

/** The fiscal year (年度) a month (YYYY-MM) is in: April to March, named by the year it starts. */
export const fiscalYearOf = (month: string) => {
  const [year, m] = month.split('-').map(Number) as [number, number];
  return m >= 4 ? year : year - 1;
};

/** The fiscal year of a month is over once its March has passed. */
export const yearIsOver = (fiscalYear: number, currentMonth: string) => `${fiscalYear + 1}-03` < currentMonth;

/** Reports and the people behind them. */
const measureOf = (rows: readonly Contribution[]): Measure[] => [
  { value: rows.reduce((s, r) => s + r.reports, 0), contributors: new Set(rows.map((r) => r.contributorId)) },
];

const groupBy = <T>(rows: readonly T[], key: (row: T) => string) => {
  const groups = new Map<string, T[]>();
  for (const row of rows) groups.set(key(row), [...(groups.get(key(row)) ?? []), row]);
  return groups;
};

/** The fiscal year's areas: the country, its regions, the prefectures with reports. */
function areaTree(rows: readonly Contribution[]): TreeNode {
  const byPrefecture = groupBy(rows, (r) => r.prefectureCode);
  const regions = REGION_CODES.map((code) => ({ code, prefectures: REGIONS[code].prefectureCodes.filter((p) => byPrefecture.has(p)) }))
    .filter((region) => region.prefectures.length > 0)
    .map(
      (region): TreeNode => ({
        key: region.code,
        publishable: true,
        children: region.prefectures.map((p) => ({ key: p, children: [], measures: measureOf(byPrefecture.get(p)!), publishable: true })),
      }),
    );
  return { key: NATIONAL, children: regions, publishable: true };
}

/** One fiscal year of one field × category. */
interface Year {
  /** The country's months, each published on its own once over. */
  months: Map<string, PublishedCount>;
  /** The year's areas, when the year is over. */
  areas: TreeRelease | null;
}

function releaseYear(rows: readonly Contribution[], fiscalYear: number, currentMonth: string, k: number): Year {
  const byMonth = groupBy(rows, (r) => r.month);
  const monthTree: TreeNode = {
    key: NATIONAL,
    publishable: yearIsOver(fiscalYear, currentMonth),
    children: [...byMonth].map(([month, inMonth]) => ({ key: month, children: [], measures: measureOf(inMonth), publishable: true })),
  };
  // A month is decided when it is over, by itself; the year can then only be withheld.
  const monthsAlone = new Map(monthTree.children.map((month) => [month.key, passesThreshold(month.measures!, k)]));
  const byYear = releaseTree(monthTree, 1, k, monthsAlone);
  const months = new Map([...byMonth].map(([month, inMonth]) => [month, byYear.isPublished(month) ? { count: measureOf(inMonth)[0]!.value, suppressed: false } : WITHHELD]));
  if (!yearIsOver(fiscalYear, currentMonth)) return { months, areas: null };
  return { months, areas: releaseTree(areaTree(rows), 1, k, new Map([[NATIONAL, byYear.isPublished(NATIONAL)]])) };
}

export interface FieldIssueRelease {
  /** Fields × categories with any report, in the vocabulary's order, with the prefectures that have any. */
  tables: { field: string; category: string; prefectureCodes: string[] }[];
  /** An area's figure over the given fiscal years that are over: published years added up. */
  yearly(field: string, category: string, area: string, years: (fiscalYear: number) => boolean): PublishedCount;
  /** The country's figure for a month that is over (0 where nobody reported). */
  monthly(field: string, category: string, month: string): PublishedCount;
}

const rank = (values: readonly string[]) => new Map(values.map((v, i) => [v, i]));
const fieldRank = rank(CONSULTATION_FIELD_VALUES);
const ZERO: PublishedCount = { count: 0, suppressed: false };

/**
 * Builds the release from every contribution of the months that are over, as of
 * `currentMonth`. Other evidence of the same shape (per prefecture × field × month and
 * contributor) is released the same way under categories of its own.
 */
export function buildFieldIssueRelease(rows: readonly Contribution[], currentMonth: string, k: number, categories: readonly string[] = FIELD_ISSUE_CATEGORIES): FieldIssueRelease {
  const categoryRank = rank(categories);
  const valid = rows.filter((r) => fieldRank.has(r.field) && categoryRank.has(r.category) && r.reports > 0 && r.month < currentMonth && r.prefectureCode in regionByCode);
  const tables = [...groupBy(valid, (r) => `${r.field}|${r.category}`)].map(([key, inTable]) => {
    const years = new Map([...groupBy(inTable, (r) => String(fiscalYearOf(r.month)))].map(([year, inYear]) => [Number(year), { rows: inYear, release: releaseYear(inYear, Number(year), currentMonth, k) }]));
    const [field, category] = key.split('|') as [string, string];
    return { field, category, years, prefectureCodes: [...new Set(inTable.map((r) => r.prefectureCode))].sort() };
  });
  const byKey = new Map(tables.map((t) => [`${t.field}|${t.category}`, t]));
  return {
    tables: tables
      .sort((a, b) => fieldRank.get(a.field)! - fieldRank.get(b.field)! || categoryRank.get(a.category)! - categoryRank.get(b.category)!)
      .map(({ field, category, prefectureCodes }) => ({ field, category, prefectureCodes })),
    yearly(field, category, area, chosen) {
      const table = byKey.get(`${field}|${category}`);
      if (!table) return ZERO;
      const figures = [...table.years]
        .filter(([year, y]) => chosen(year) && y.release.areas !== null)
        .map(([, y]) => {
          const areas = y.release.areas!;
          const value = areas.measures(area)[0]?.value ?? 0;
          return value === 0 || areas.isPublished(area) ? { count: value, suppressed: false } : WITHHELD;
        });
      return sumOfPublished(figures);
    },
    monthly(field, category, month) {
      return byKey.get(`${field}|${category}`)?.years.get(fiscalYearOf(month))?.release.months.get(month) ?? ZERO;
    },
  };
}

const regionByCode = Object.fromEntries(REGION_CODES.flatMap((code) => REGIONS[code].prefectureCodes.map((p) => [p as PrefectureCode, code])));

/** Fiscal years as a window of instants selects them: whole years, from since's through until's. */
export function fiscalYearWindow(since: string | undefined, until: string | undefined): (fiscalYear: number) => boolean {
  const from = since ? fiscalYearOf(since) : -Infinity;
  const to = until ? fiscalYearOf(until) : Infinity;
  return (year) => year >= from && year <= to;
}

export interface FieldIssueCell extends PublishedCount {
  prefectureCode: string;
  field: string;
  category: string;
}

/**
 * The prefectures' non-empty figures for the chosen fiscal years, in prefecture, field and
 * category order. No total across fields or categories is published (an issue naming two
 * fields counts in both), so those tables never relate.
 */
export function fieldIssueCells(release: FieldIssueRelease, prefectureCodes: readonly string[], years: (fiscalYear: number) => boolean): FieldIssueCell[] {
  const wanted = new Set(prefectureCodes);
  return release.tables
    .flatMap(({ field, category, prefectureCodes: present }) =>
      present.filter((p) => wanted.has(p)).map((prefectureCode) => ({ prefectureCode, field, category, ...release.yearly(field, category, prefectureCode, years) })),
    )
    .filter((c) => c.suppressed || c.count! > 0)
    .sort((a, b) => a.prefectureCode.localeCompare(b.prefectureCode));
}
