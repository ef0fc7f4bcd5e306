// Quarters of activity reports (活動状況報告): calendar quarters in Japan, "2026-Q3" being July
// to September. A coordinator files a quarter from its first day until its filing deadline,
// the last day of the month after it ends, and may correct the report until then; reporting
// publishes a quarter only once that deadline is behind it, so nothing can be added to a
// quarter that is published. Plain dates only: browsers (the dashboard) use it too.

export const QUARTER_PATTERN = /^(\d{4})-Q([1-4])$/;

const parse = (quarter: string): [number, number] => {
  const match = QUARTER_PATTERN.exec(quarter);
  if (!match) throw new Error(`not a quarter: ${quarter}`);
  return [Number(match[1]), Number(match[2])];
};

const pad = (n: number) => String(n).padStart(2, '0');

/** The day (YYYY-MM-DD) `days` after a day (negative: before). */
export const addDays = (date: string, days: number) => new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/** A quarter as Japanese readers name it: 2026-Q3 → 2026年7〜9月期. */
export function quarterLabel(quarter: string): string {
  const [year, q] = parse(quarter);
  return `${year}年${q * 3 - 2}〜${q * 3}月期`;
}

/** The quarter a day (YYYY-MM-DD, Japan) is in. */
export function quarterOf(date: string): string {
  const month = Number(date.slice(5, 7));
  return `${date.slice(0, 4)}-Q${Math.ceil(month / 3)}`;
}

/** The quarter `by` quarters after (before, when negative) `quarter`. */
export function shiftQuarter(quarter: string, by: number): string {
  const [year, q] = parse(quarter);
  const index = year * 4 + (q - 1) + by;
  return `${Math.floor(index / 4)}-Q${(index % 4) + 1}`;
}

/** The quarter's first day. */
export function quarterStart(quarter: string): string {
  const [year, q] = parse(quarter);
  return `${year}-${pad((q - 1) * 3 + 1)}-01`;
}

/** The quarter's last day. */
export const quarterEnd = (quarter: string) => addDays(quarterStart(shiftQuarter(quarter, 1)), -1);

/** The last day a quarter's report can be filed or corrected: the last day of the month after the quarter. */
export function filingDeadline(quarter: string): string {
  const next = quarterStart(shiftQuarter(quarter, 1));
  const [year, month] = next.split('-').map(Number) as [number, number];
  const monthAfter = month === 12 ? `${year + 1}-01-01` : `${year}-${pad(month + 1)}-01`;
  return addDays(monthAfter, -1);
}

/** Whether a quarter's report may be filed on `today` (Japan): from its first day through its deadline. */
export const isFilingOpen = (quarter: string, today: string) => quarterStart(quarter) <= today && today <= filingDeadline(quarter);

/** Whether a quarter's filings are final on `today`: its deadline has passed. */
export const isFilingClosed = (quarter: string, today: string) => today > filingDeadline(quarter);
