import { activityReportAudience } from './activity-reports';
import { deliver } from './delivery';
import type { ScheduledRow, Store } from './store';

const BATCH = 50;

/** Whom a reminder is for, decided when it is due. */
function audienceOf(row: ScheduledRow, now: Date) {
  if (row.accountId) return { accountIds: [row.accountId] };
  if (row.kind === 'ACTIVITY_REPORT_DUE') return activityReportAudience(row.facts, now);
  if (row.kind === 'SURVEY_CLOSING') return { prefectureCodes: [], exceptAnsweredSurvey: row.facts.surveyId ?? undefined };
  return { prefectureCodes: row.prefectureCodes };
}

/**
 * Tells what is due by `now`, a batch per transaction: each reminder's notices and its
 * `fired_at` commit together, so a tick that stops half-way leaves the rest for the next,
 * and two ticks at once never tell twice (rows are locked, and notices unique per source).
 * Returns how many reminders fired.
 */
export async function tick(store: Store, now: Date): Promise<number> {
  let fired = 0;
  for (;;) {
    const done = await store.transaction(async (tx) => {
      const due = await tx.lockDue(now, BATCH);
      for (const row of due) await deliver(tx, { kind: row.kind, sourceKey: row.key, facts: row.facts, audience: audienceOf(row, now) }, now);
      await tx.markFired(due.map((r) => r.key), now);
      return due.length;
    });
    fired += done;
    if (done < BATCH) return fired;
  }
}
