import { addDays, filingDeadline, isFilingClosed, prefectureName, REGION_CODES, REGIONS, todayInJapan, type PrefectureCode } from '@portal/platform';
import { releaseTree, WITHHELD, type Measure, type PublishedCount, type TreeNode } from '@portal/platform/privacy';

// Quarterly activity reports (活動状況報告) are published one quarter at a time, once the
// quarter is final, from one release of the whole country (see @portal/platform/privacy):
//
// - Closed quarters only. A member files or corrects a quarter until its filing deadline
//   (the last day of the month after it); the coordinators service refuses later filings,
//   and this service keeps none made after the deadline. Figures appear RELEASE_LAG_DAYS
//   after the deadline, when every filing has come through the stream, and never change: no
//   filing can be added to a published quarter, so nobody can file, watch a figure move and
//   learn the others' part, and two readings of a quarter at different times are the same.
//   (An event held back in an outbox for longer than the lag would still move a figure: the
//   relay logs such an outage.)
// - People, not reports. Each figure counts the distinct filers (pseudonyms) behind it and is
//   shown only when it is 0 or stands on more than k of them.
// - One tree per figure. Every consultation field, every language and each kind of referral
//   is its own table: the country, its regions and its prefectures, every remainder of the
//   tree protected like the nodes (releaseTree). A report naming several prefectures counts in
//   each of them, as a field issue naming several fields counts in each, and regions and the
//   country add their prefectures up: so every published figure is a sum of prefecture
//   figures, which is what the tree's protection reasons about, and a national figure is never
//   a different count whose difference with the prefectures would single out the few filers
//   who name several.
// - No totals across tables. Nothing is published across fields, languages or kinds of
//   referral, and a report's counts are not tied to each other (a consultation may touch
//   several fields or use several languages; neither list need add up to the other), so no
//   withheld figure of one table is the difference of published figures of others.
// - One release, many views. A local government sees its prefectures' figures of the same
//   release; agency admins and ministry analysts every area.

/** Days after a quarter's filing deadline before its figures are published: time for every filing to come through the stream. */
export const RELEASE_LAG_DAYS = 7;

/** The first day (Japan) a quarter's figures are published. */
export const releasedFrom = (quarter: string) => addDays(filingDeadline(quarter), RELEASE_LAG_DAYS + 1);

/** Whether a filing made at `occurredAt` may count in its quarter: made by the deadline (Japan). */
export const filedInTime = (quarter: string, occurredAt: string) => !isFilingClosed(quarter, todayInJapan(new Date(occurredAt)));

export interface FiledReport {
  contributorId: string;
  prefectureCodes: readonly string[];
  consultations: readonly { field: string; count: number }[];
  languages: readonly { language: string; count: number }[];
  referralsToPartners: number;
  referralsToCoordinators: number;
}

export type FigureKind = 'consultations' | 'languages' | 'referrals';

export const NATIONAL = 'NATIONAL';

/** What one report adds to each table: its counts above zero. */
function entriesOf(report: FiledReport): { kind: FigureKind; key: string; count: number }[] {
  return [
    ...report.consultations.map((c) => ({ kind: 'consultations' as const, key: c.field, count: c.count })),
    ...report.languages.map((l) => ({ kind: 'languages' as const, key: l.language, count: l.count })),
    { kind: 'referrals' as const, key: 'PARTNERS', count: report.referralsToPartners },
    { kind: 'referrals' as const, key: 'COORDINATORS', count: report.referralsToCoordinators },
  ].filter((e) => e.count > 0);
}

export interface ActivityFigure extends PublishedCount {
  area: string;
  areaName: string;
  key: string;
}

const regionByPrefecture = new Map<string, string>(REGION_CODES.flatMap((code) => REGIONS[code].prefectureCodes.map((p: PrefectureCode) => [p, code] as const)));
const areaName = (area: string) => (area === NATIONAL ? '全国' : area in REGIONS ? REGIONS[area as keyof typeof REGIONS].name : prefectureName(area));
/** Areas in a stable order: the country, the regions in their order, then prefectures by code. */
const areaRank = (area: string) => (area === NATIONAL ? -1 : area in REGIONS ? REGION_CODES.indexOf(area as keyof typeof REGIONS) : 100 + Number(area));

/** One table's tree: the country, its regions and the prefectures with any count. */
function treeOf(leaves: Map<string, Measure>): TreeNode {
  const regions = REGION_CODES.map((region) => ({
    key: region,
    publishable: true,
    children: REGIONS[region].prefectureCodes.filter((p) => leaves.has(p)).map((p) => ({ key: p, children: [], measures: [leaves.get(p)!], publishable: true })),
  })).filter((region) => region.children.length > 0);
  return { key: NATIONAL, children: regions, publishable: true };
}

/**
 * Every figure of a quarter, for the whole country: per table (kind × key) each area with any
 * count, published or withheld. Callers pick the areas of their scope from it.
 */
export function buildActivityRelease(reports: readonly FiledReport[], k: number): Record<FigureKind, ActivityFigure[]> {
  const tables = new Map<string, Map<string, { value: number; contributors: Set<string> }>>();
  for (const report of reports) {
    const prefectures = [...new Set(report.prefectureCodes)].filter((p) => regionByPrefecture.has(p));
    for (const entry of entriesOf(report)) {
      const table = tables.get(`${entry.kind}|${entry.key}`) ?? new Map();
      tables.set(`${entry.kind}|${entry.key}`, table);
      for (const p of prefectures) {
        const leaf = table.get(p) ?? { value: 0, contributors: new Set<string>() };
        leaf.value += entry.count;
        leaf.contributors.add(report.contributorId);
        table.set(p, leaf);
      }
    }
  }
  const figures: Record<FigureKind, ActivityFigure[]> = { consultations: [], languages: [], referrals: [] };
  for (const [tableKey, leaves] of [...tables].sort(([a], [b]) => a.localeCompare(b))) {
    const [kind, key] = tableKey.split('|') as [FigureKind, string];
    const tree = treeOf(leaves);
    const release = releaseTree(tree, 1, k);
    const areas = [NATIONAL, ...tree.children.flatMap((region) => [region.key, ...region.children.map((p) => p.key)])];
    for (const area of areas.sort((a, b) => areaRank(a) - areaRank(b))) {
      const value = release.measures(area)[0]!.value;
      figures[kind].push({ area, areaName: areaName(area), key, ...(release.isPublished(area) ? { count: value, suppressed: false } : WITHHELD) });
    }
  }
  return figures;
}

/** The figures a caller may see: every area nationwide, a local government its own prefectures. */
export function figuresWithin(figures: readonly ActivityFigure[], scope: { nationwide: boolean; prefectureCodes: readonly string[] }): ActivityFigure[] {
  return scope.nationwide ? [...figures] : figures.filter((f) => scope.prefectureCodes.includes(f.area));
}
