import { addDays, CONSULTATION_FIELD_VALUES, filingDeadline, newTraceparent, quarterEnd, quarterStart } from '@portal/platform';
import type { CoordinatorRow } from '../db/schema';
import { activityReportEvents } from '../activity-reports';
import type { ActivityReportValues, Store } from '../store';
import { randomFor } from './random';

// Two closed quarters of activity reports (活動状況報告), on fixed dates like the rest of the
// demo: every member whose certification was active during the quarter files it, before its
// deadline, naming their activity prefectures; counts in most fields, more in their own.
export const DEMO_QUARTERS = ['2026-Q2', '2026-Q3'] as const;

const NOTES = [null, null, null, '医療通訳の依頼が増えた', '在留資格の更新時期に相談が集中した', 'オンライン相談の割合が増えた'] as const;

const numberOf = (row: CoordinatorRow) => Number(row.accountId.slice('demo|c-'.length));

/** The report demo coordinator `row` filed for `quarter`, with the day they filed it; null if they had no active certification then. */
export function demoActivityReport(row: CoordinatorRow, quarter: string): (ActivityReportValues & { filedAt: Date }) | null {
  const activeThen = row.certificationStatus === 'ACTIVE' && row.issuedAt.toISOString().slice(0, 10) <= quarterEnd(quarter) && row.validUntil >= quarterStart(quarter);
  if (!activeThen) return null;
  const r = randomFor(numberOf(row), quarter === DEMO_QUARTERS[0] ? 0xa11 : 0xa12);
  const consultations = CONSULTATION_FIELD_VALUES.flatMap((field) => {
    if (row.expertiseFields.includes(field)) return [{ field, count: r.int(6, 30) }];
    return r.chance(0.8) ? [{ field, count: r.int(1, 8) }] : [];
  });
  const languages = [...new Set(['ja', ...row.languages.map((l) => l.code.split('-')[0]!)])].map((language) => ({ language, count: r.int(language === 'ja' ? 5 : 2, 25) }));
  const filedOn = addDays(filingDeadline(quarter), -r.int(1, 45));
  return {
    coordinatorId: row.id,
    quarter,
    prefectureCodes: row.prefectureCodes,
    consultations,
    languages,
    referralsToPartners: r.int(0, 6),
    referralsToCoordinators: r.int(0, 3),
    note: r.pick(NOTES),
    filedAt: new Date(`${filedOn}T10:00:00+09:00`),
  };
}

/** Files the demo quarters' reports of a batch of coordinators, each announced as filed on its day; returns how many. */
export async function seedActivityReportDemo(store: Store, coordinators: readonly CoordinatorRow[]): Promise<number> {
  const reports = DEMO_QUARTERS.flatMap((quarter) => coordinators.map((row) => demoActivityReport(row, quarter)).filter((v) => v !== null));
  const rows = await store.insertActivityReportsMany(reports.map((v) => ({ ...v, updatedAt: v.filedAt })));
  const byId = new Map(coordinators.map((c) => [c.id, c]));
  const events = [];
  for (const report of rows) {
    const coordinator = byId.get(report.coordinatorId)!;
    events.push(...activityReportEvents(report, coordinator, await store.contributorIdOf(coordinator.accountId)).map((e) => ({ ...e, occurredAt: report.filedAt })));
  }
  await store.recordEvents(events, newTraceparent());
  return rows.length;
}
