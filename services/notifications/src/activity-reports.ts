import { filingDeadline, isFilingClosed, isFilingOpen, quarterOf, shiftQuarter, todayInJapan } from '@portal/platform';
import type { EventData } from '@portal/platform/events';
import { daysBeforeInJapan } from './calendar';
import type { Audience, Facts, Store } from './store';

// Reminders of quarterly activity reports (活動状況報告). A quarter's report is due by its
// filing deadline, the last day of the month after the quarter; a week before it (9:00 Japan
// time, 24 days after a quarter of 31-day last months ends) every member with an active
// certification who has not filed it is told once. The reminder follows the calendar, not
// the filings: the worker schedules the reminder of every quarter open for filing, so a
// quarter nobody files still reminds everyone. Who filed comes from
// `activity_report.submitted`.

/** Days before the filing deadline the reminder goes out. */
export const ACTIVITY_REPORT_REMINDER_DAYS = 7;
const REMINDER_HOUR = 9;

const reminderOf = (quarter: string) => ({
  key: `activity-report-due:${quarter}`,
  kind: 'ACTIVITY_REPORT_DUE' as const,
  dueAt: daysBeforeInJapan(filingDeadline(quarter), ACTIVITY_REPORT_REMINDER_DAYS, REMINDER_HOUR),
  facts: { quarter, deadline: filingDeadline(quarter) },
});

/** The quarters that may be filed on a day (Japan): its own, and in a quarter's first month the one before. */
export function quartersOpenOn(today: string): string[] {
  const current = quarterOf(today);
  return [shiftQuarter(current, -1), current].filter((quarter) => isFilingOpen(quarter, today));
}

/**
 * The worker's step: schedules the reminders of the quarters open for filing, each once. A
 * quarter's row is written the first time any replica's worker sees it open and left as it is
 * after (fired or not), so restarts and replicas add nothing; a quarter whose deadline has
 * passed is not open, so none is scheduled for it. Once per Japan day of the clock (a quarter
 * opens at the start of a day), and again after a failure.
 */
export function activityReportCalendar(store: Store) {
  let lastDay: string | undefined;
  return async (now: Date): Promise<void> => {
    const today = todayInJapan(now);
    if (today === lastDay) return;
    await store.scheduleOnce(quartersOpenOn(today).map(reminderOf));
    lastDay = today;
  };
}

/** The rule of `activity_report.submitted`: the member filed, and the quarter's reminder skips them. */
export async function activityReportSubmitted(tx: Store, data: EventData<'activity_report.submitted'>): Promise<void> {
  await tx.recordActivityReportFiled(data.quarter, data.accountId);
}

/** Whom a quarter's reminder tells when due: the active members who have not filed it; nobody once its deadline has passed. */
export function activityReportAudience(facts: Facts, now: Date): Audience {
  const quarter = facts.quarter ?? '';
  if (isFilingClosed(quarter, todayInJapan(now))) return { accountIds: [] };
  return { prefectureCodes: [], exceptFiledActivityReport: quarter };
}
