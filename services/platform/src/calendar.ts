import { sql } from 'drizzle-orm';

// The portal's calendar dates (certificate validity, the day a partner was last verified)
// are days in Japan, whatever the server's time zone. Japan has no daylight saving time.
const JAPAN_OFFSET_MS = 9 * 3600_000;

/** The date in Japan (YYYY-MM-DD) at the given instant. */
export function todayInJapan(now = new Date()): string {
  return new Date(now.getTime() + JAPAN_OFFSET_MS).toISOString().slice(0, 10);
}

/** The date in Japan when the statement runs, by the database's clock: todayInJapan in SQL. */
export const todayInJapanSql = sql`(now() at time zone 'Asia/Tokyo')::date`;

/** The month in Japan (YYYY-MM) at the given instant: the bucket of monthly figures. */
export function monthInJapan(instant = new Date()): string {
  return todayInJapan(instant).slice(0, 7);
}
