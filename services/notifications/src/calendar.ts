import { JAPAN_OFFSET_MS } from '@portal/platform';

const DAY_MS = 24 * 3600_000;

/** The next moment after `now` at which it is `hour`:00 in Japan. */
export function nextHourInJapan(now: Date, hour: number): Date {
  const japan = now.getTime() + JAPAN_OFFSET_MS;
  const todayAtHour = Math.floor(japan / DAY_MS) * DAY_MS + hour * 3600_000;
  const at = todayAtHour > japan ? todayAtHour : todayAtHour + DAY_MS;
  return new Date(at - JAPAN_OFFSET_MS);
}

/** `hour`:00 Japan time, `days` before the date (YYYY-MM-DD, a Japanese calendar day). */
export function daysBeforeInJapan(date: string, days: number, hour: number): Date {
  return new Date(Date.parse(`${date}T00:00:00Z`) - days * DAY_MS + hour * 3600_000 - JAPAN_OFFSET_MS);
}

/** `days` before an instant. */
export const daysBefore = (instant: string | Date, days: number) => new Date(new Date(instant).getTime() - days * DAY_MS);
