import { monthInJapan, shiftMonth as shift } from '@portal/platform';
import type { PublishedCount } from '@portal/platform/privacy';
import type { FieldIssueRelease } from './field-issues';
import type { FieldIssueTrendFilter } from './inputs';

export interface FieldIssueMonth extends PublishedCount {
  month: string;
  field: string;
  category: string;
}

/** How many months a trend shows when no window is given: the last two years. */
const DEFAULT_MONTHS = 24;

/**
 * The country's field issues month by month for a window of months that are over (the
 * months of `since` through `until`, by default the last two years), every field × category
 * asked for with any report, every month of the window listed (0 where nobody reported).
 */
export function fieldIssueTrend(release: FieldIssueRelease, filter: FieldIssueTrendFilter, currentMonth: string): FieldIssueMonth[] {
  const last = [filter.until ? monthInJapan(filter.until) : shift(currentMonth, -1), shift(currentMonth, -1)].sort()[0]!;
  const first = filter.since ? monthInJapan(filter.since) : shift(last, 1 - DEFAULT_MONTHS);
  const months: string[] = [];
  for (let month = first; month <= last; month = shift(month, 1)) months.push(month);
  return release.tables
    .filter((t) => (!filter.fields || filter.fields.includes(t.field as never)) && (!filter.categories || filter.categories.includes(t.category as never)))
    .flatMap(({ field, category }) => months.map((month) => ({ month, field, category, ...release.monthly(field, category, month) })));
}
