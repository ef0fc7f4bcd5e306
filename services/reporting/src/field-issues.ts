import { CONSULTATION_FIELD_VALUES, FIELD_ISSUE_CATEGORIES, monthInJapan, regionOf, type PrefectureCode } from '@portal/platform';
import { createTable, sumOfPublished, type PublishedCount } from '@portal/platform/privacy';

// Field issues are published from one release (see @portal/platform/privacy): per field and
// category a table of the whole country, the regions and the prefectures, by month in Japan
// and in all, with every relation between them. Months are fixed buckets and only those
// that are over are released: a window of time is a set of whole months whose figures are
// added up from published ones, so two overlapping windows difference to nothing new, and
// nobody can add a report to a month that is already published.

/** What one contributor filed in one cell (prefecture × field × category × month). */
export interface Contribution {
  prefectureCode: string;
  field: string;
  category: string;
  month: string;
  contributorId: string;
  reports: number;
}

/** The key of the whole country's figures, and of all months together. */
export const NATIONAL = 'NATIONAL';
export const ALL_MONTHS = 'ALL';

/** A window of whole months (YYYY-MM, both inclusive; open where absent). */
export interface MonthWindow {
  from?: string;
  to?: string;
}

/** The months in Japan that `since` and `until` fall in: a window is whole months. */
export function monthWindow(since: Date | null | undefined, until: Date | null | undefined): MonthWindow {
  return { from: since ? monthInJapan(since) : undefined, to: until ? monthInJapan(until) : undefined };
}

const inWindow = (month: string, window: MonthWindow) => (!window.from || month >= window.from) && (!window.to || month <= window.to);

interface Cell {
  reports: number;
  contributors: Set<string>;
}

/** One field × category: its cells by area and time. */
class IssueTable {
  readonly cells = new Map<string, Cell>();
  readonly months = new Set<string>();
  readonly prefectures = new Set<string>();

  add(row: Contribution) {
    this.months.add(row.month);
    this.prefectures.add(row.prefectureCode);
    const region = regionOf(row.prefectureCode as PrefectureCode);
    for (const area of [row.prefectureCode, region, NATIONAL]) {
      for (const time of [row.month, ALL_MONTHS]) {
        const key = `${area}|${time}`;
        const cell = this.cells.get(key) ?? { reports: 0, contributors: new Set<string>() };
        cell.reports += row.reports;
        cell.contributors.add(row.contributorId);
        this.cells.set(key, cell);
      }
    }
  }

  /**
   * Protects the table: the country is the sum of its regions and a region of its
   * prefectures, in each month and in all; each area's total is the sum of its months.
   */
  publish(k: number): (area: string, time: string) => PublishedCount {
    const table = createTable();
    const index = new Map<string, number>();
    for (const [key, cell] of this.cells) index.set(key, table.cell(cell.reports, cell.contributors));
    const present = (keys: string[]) => keys.filter((key) => index.has(key)).map((key) => index.get(key)!);
    const regions = [...new Set([...this.prefectures].map((p) => regionOf(p as PrefectureCode)))];
    for (const time of [...this.months, ALL_MONTHS]) {
      table.sum(index.get(`${NATIONAL}|${time}`)!, present(regions.map((region) => `${region}|${time}`)));
      for (const region of regions) {
        const regionCell = index.get(`${region}|${time}`);
        const prefectures = [...this.prefectures].filter((p) => regionOf(p as PrefectureCode) === region);
        if (regionCell !== undefined) table.sum(regionCell, present(prefectures.map((p) => `${p}|${time}`)));
      }
    }
    for (const area of [NATIONAL, ...regions, ...this.prefectures]) {
      table.sum(index.get(`${area}|${ALL_MONTHS}`)!, present([...this.months].map((month) => `${area}|${month}`)));
    }
    const published = table.publish(k);
    const zero: PublishedCount = { count: 0, suppressed: false };
    return (area, time) => {
      const cell = index.get(`${area}|${time}`);
      return cell === undefined ? zero : published(cell);
    };
  }
}

export interface FieldIssueRelease {
  /** Fields × categories with any report, in the vocabulary's order. */
  tables: { field: string; category: string; prefectureCodes: string[] }[];
  /** An area's figure for a window: all months as one cell, or published months added up. */
  figure(field: string, category: string, area: string, window: MonthWindow): PublishedCount;
}

const rank = (values: readonly string[]) => new Map(values.map((v, i) => [v, i]));
const fieldRank = rank(CONSULTATION_FIELD_VALUES);
const categoryRank = rank(FIELD_ISSUE_CATEGORIES);

/** Builds and protects the release from every contribution of the months that are over. */
export function buildFieldIssueRelease(rows: readonly Contribution[], k: number): FieldIssueRelease {
  const tables = new Map<string, { field: string; category: string; table: IssueTable }>();
  for (const row of rows) {
    if (!fieldRank.has(row.field) || !categoryRank.has(row.category) || row.reports <= 0) continue;
    const key = `${row.field}|${row.category}`;
    const entry = tables.get(key) ?? { field: row.field, category: row.category, table: new IssueTable() };
    entry.table.add(row);
    tables.set(key, entry);
  }
  const published = new Map([...tables].map(([key, { table }]) => [key, { table, figure: table.publish(k) }] as const));
  const zero: PublishedCount = { count: 0, suppressed: false };
  return {
    tables: [...tables.values()]
      .sort((a, b) => fieldRank.get(a.field)! - fieldRank.get(b.field)! || categoryRank.get(a.category)! - categoryRank.get(b.category)!)
      .map(({ field, category, table }) => ({ field, category, prefectureCodes: [...table.prefectures].sort() })),
    figure(field, category, area, window) {
      const entry = published.get(`${field}|${category}`);
      if (!entry) return zero;
      const months = [...entry.table.months];
      const chosen = months.filter((month) => inWindow(month, window));
      if (chosen.length === months.length) return entry.figure(area, ALL_MONTHS);
      return sumOfPublished(chosen.map((month) => entry.figure(area, month)));
    },
  };
}

export interface FieldIssueCell extends PublishedCount {
  prefectureCode: string;
  field: string;
  category: string;
}

/**
 * The prefectures' non-empty cells of a window, in prefecture, field and category order.
 * No total across fields or categories is published (an issue naming two fields counts in
 * both), so those tables never relate.
 */
export function fieldIssueCells(release: FieldIssueRelease, prefectureCodes: readonly string[], window: MonthWindow): FieldIssueCell[] {
  const wanted = new Set(prefectureCodes);
  const cells = release.tables.flatMap(({ field, category, prefectureCodes: present }) =>
    present.filter((p) => wanted.has(p)).map((prefectureCode) => ({ prefectureCode, field, category, ...release.figure(field, category, prefectureCode, window) })),
  );
  return cells.filter((c) => c.suppressed || c.count! > 0).sort((a, b) => a.prefectureCode.localeCompare(b.prefectureCode));
}
