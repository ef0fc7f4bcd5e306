// The portal's calendar dates (certificate validity, the day a partner was last verified)
// are days in Japan, whatever the server's time zone. Japan has no daylight saving time.
// Plain code only: the dashboard's browser bundle uses it too.
export const JAPAN_OFFSET_MS = 9 * 3600_000;

/** The wall-clock time in Japan (YYYY-MM-DD HH:MM:SS) at the given instant. */
export function wallClockInJapan(now = new Date()): string {
  return new Date(now.getTime() + JAPAN_OFFSET_MS).toISOString().slice(0, 19).replace('T', ' ');
}

/** The date in Japan (YYYY-MM-DD) at the given instant. */
export function todayInJapan(now = new Date()): string {
  return wallClockInJapan(now).slice(0, 10);
}

/** The month in Japan (YYYY-MM) at the given instant: the bucket of monthly figures. */
export function monthInJapan(instant = new Date()): string {
  return todayInJapan(instant).slice(0, 7);
}

/** The month (YYYY-MM) `by` months after (or before, when negative) `month`. */
export function shiftMonth(month: string, by: number): string {
  const [year, m] = month.split('-').map(Number) as [number, number];
  const index = year * 12 + (m - 1) + by;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}
