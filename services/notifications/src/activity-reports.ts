import { filingDeadline, isFilingClosed, shiftQuarter, todayInJapan } from '@portal/platform';
import type { EventData } from '@portal/platform/events';
import { daysBeforeInJapan } from './calendar';
import type { Audience, Facts, Store } from './store';

// Reminders of quarterly activity reports (活動状況報告). A quarter's report is due by its
// filing deadline, the last day of the month after the quarter; a week before it (9:00 Japan
// time, 24 days after a quarter of 31-day last months ends) every member with an active
// certification who has not filed it is told once. Who filed comes from
// `activity_report.submitted`, which also schedules the reminder of its quarter and of the
// next: a quarter's reminder exists as soon as anyone files it or the quarter before.

/** Days before the filing deadline the reminder goes out. */
export const ACTIVITY_REPORT_REMINDER_DAYS = 7;
const REMINDER_HOUR = 9;

const reminderOf = (quarter: string) => ({
  key: `activity-report-due:${quarter}`,
  kind: 'ACTIVITY_REPORT_DUE' as const,
  dueAt: daysBeforeInJapan(filingDeadline(quarter), ACTIVITY_REPORT_REMINDER_DAYS, REMINDER_HOUR),
  facts: { quarter, deadline: filingDeadline(quarter) },
});

/**
 * The rule of `activity_report.submitted`: the member filed; the quarter's reminder (and the
 * next one's) is scheduled, unless its deadline has passed: a filing learnt of late (a
 * replayed stream, the demo's past quarters) must not remind anyone of a quarter that is over.
 */
export async function activityReportSubmitted(tx: Store, data: EventData<'activity_report.submitted'>, now: Date): Promise<void> {
  await tx.recordActivityReportFiled(data.quarter, data.accountId);
  const open = [data.quarter, shiftQuarter(data.quarter, 1)].filter((quarter) => !isFilingClosed(quarter, todayInJapan(now)));
  for (const quarter of open) await tx.schedule(reminderOf(quarter));
}

/** Whom a quarter's reminder tells when due: the active members who have not filed it; nobody once its deadline has passed. */
export function activityReportAudience(facts: Facts, now: Date): Audience {
  const quarter = facts.quarter ?? '';
  if (isFilingClosed(quarter, todayInJapan(now))) return { accountIds: [] };
  return { prefectureCodes: [], exceptFiledActivityReport: quarter };
}
