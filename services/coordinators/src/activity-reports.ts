import { badInput, filingDeadline, isFilingOpen, quarterStart, refusePersonalData, todayInJapan } from '@portal/platform';
import { portalEvent } from '@portal/platform/events';
import type { ActivityReportRow, CoordinatorRow } from './db/schema';
import type { FileActivityReportInput } from './inputs';
import type { Store } from './store';

// Quarterly activity reports (活動状況報告). A member files the quarter from its first day,
// and may correct it, through its filing deadline (the last day of the month after it ends;
// see @portal/platform's quarters): filing again replaces the report. After the deadline the
// quarter is final, and only then does reporting publish it, so no filing can move a
// published figure.

/** Counts of zero say nothing: they are neither kept nor sent. */
const nonZero = <T extends { count: number }>(list: readonly T[]) => list.filter((entry) => entry.count > 0);

/** A filing announced: the counts under the filer's pseudonym for reporting, and who filed for the reminders. */
export function activityReportEvents(report: ActivityReportRow, coordinator: Pick<CoordinatorRow, 'id' | 'accountId'>, contributorId: string) {
  return [
    portalEvent('activity_report.filed', report.id, {
      reportId: report.id,
      contributorId,
      quarter: report.quarter,
      prefectureCodes: report.prefectureCodes,
      consultations: report.consultations,
      languages: report.languages,
      referralsToPartners: report.referralsToPartners,
      referralsToCoordinators: report.referralsToCoordinators,
    }),
    // Keyed by the coordinator: erasure deletes it with their other events.
    portalEvent('activity_report.submitted', coordinator.id, { accountId: coordinator.accountId, quarter: report.quarter }),
  ];
}

/** Files (or corrects) the caller's report of a quarter, and announces it. */
export async function fileActivityReport(store: Store, coordinator: CoordinatorRow, input: FileActivityReportInput, traceparent: string, today = todayInJapan()): Promise<ActivityReportRow> {
  if (!isFilingOpen(input.quarter, today)) {
    const message = today < quarterStart(input.quarter)
      ? `${input.quarter} has not started yet`
      : `${input.quarter} could be filed until ${filingDeadline(input.quarter)}`;
    throw badInput({ field: 'input.quarter', message });
  }
  refusePersonalData('input.note', input.note, "the report holds counts, never a resident's data");
  return store.transaction(async (tx) => {
    // The row first: of two filings at once, the second waits for the first here, so their
    // events follow in the order the reports were written.
    const report = await tx.upsertActivityReport({
      coordinatorId: coordinator.id,
      quarter: input.quarter,
      prefectureCodes: input.prefectureCodes,
      consultations: nonZero(input.consultations),
      languages: nonZero(input.languages),
      referralsToPartners: input.referralsToPartners,
      referralsToCoordinators: input.referralsToCoordinators,
      note: input.note,
    });
    await tx.recordEvents(activityReportEvents(report, coordinator, await tx.contributorIdOf(coordinator.accountId)), traceparent);
    return report;
  });
}

/** How many of the members a quarter is due from filed it (who has not: ActivityReportFiling.missing). */
export async function activityReportFiling(store: Store, quarter: string) {
  return { quarter, deadline: filingDeadline(quarter), ...(await store.activityReportCounts(quarter)) };
}

