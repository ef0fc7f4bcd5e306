import { CONSULTATION_FIELD_VALUES, FIELD_ISSUE_CATEGORIES, todayInJapan } from '@portal/platform';
import { publishCount, type PublishedCount } from './privacy/suppression';

const DAY_MS = 86_400_000;
const JAPAN_OFFSET_MS = 9 * 3_600_000;

/**
 * Field issues are counted per day in Japan, so a time filter covers whole days: `since`
 * from the start of its day, `until` to the end of its day (an `until` at midnight ends
 * there). Returned as days from (inclusive) and to (exclusive).
 */
export function dayRange(since: Date | null | undefined, until: Date | null | undefined): { fromDay?: string; toDay?: string } {
  const atMidnight = (instant: Date) => (instant.getTime() + JAPAN_OFFSET_MS) % DAY_MS === 0;
  return {
    fromDay: since ? todayInJapan(since) : undefined,
    toDay: until ? todayInJapan(atMidnight(until) ? until : new Date(until.getTime() + DAY_MS)) : undefined,
  };
}

export interface FieldIssueCell extends PublishedCount {
  prefectureCode: string;
  field: string;
  category: string;
}

const rank = (values: readonly string[]) => new Map(values.map((v, i) => [v, i]));
const fieldRank = rank(CONSULTATION_FIELD_VALUES);
const categoryRank = rank(FIELD_ISSUE_CATEGORIES);

/**
 * The non-empty cells in prefecture, field and category order (the vocabulary's). No total
 * across cells is published (an issue naming two fields counts in both), so each cell is
 * protected on its own: from 1 to k−1 it is withheld.
 */
export function fieldIssueCells(rows: readonly { prefectureCode: string; field: string; category: string; n: number }[], k: number): FieldIssueCell[] {
  return rows
    .filter((r) => r.n > 0 && fieldRank.has(r.field) && categoryRank.has(r.category))
    .sort((a, b) => a.prefectureCode.localeCompare(b.prefectureCode) || fieldRank.get(a.field)! - fieldRank.get(b.field)! || categoryRank.get(a.category)! - categoryRank.get(b.category)!)
    .map((r) => ({ prefectureCode: r.prefectureCode, field: r.field, category: r.category, ...publishCount(r.n, k) }));
}
