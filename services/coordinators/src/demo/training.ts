import type { CoordinatorRow } from '../db/schema';
import type { Store } from '../store';

// Follow-up training of the demo, on fixed dates like the rest of it: three sessions within
// the 2023 cohort's validity (which ended on 2026-09-30, so its members are in their grace
// period until 2026-12-29), one since, and two to come.
const SESSIONS = [
  { title: '2025年度 フォローアップ研修（オンライン）', heldOn: '2025-11-15', format: 'ONLINE', prefectureCode: null },
  { title: '2025年度 フォローアップ研修（東京会場）', heldOn: '2026-02-20', format: 'IN_PERSON', prefectureCode: '13' },
  { title: '2026年度 フォローアップ研修（大阪会場）', heldOn: '2026-06-10', format: 'IN_PERSON', prefectureCode: '27' },
  { title: '2026年度 フォローアップ研修（オンライン・秋）', heldOn: '2026-10-05', format: 'ONLINE', prefectureCode: null },
  { title: '2026年度 フォローアップ研修（福岡会場）', heldOn: '2027-02-10', format: 'IN_PERSON', prefectureCode: '40' },
  { title: '2027年度 フォローアップ研修（オンライン）', heldOn: '2027-05-20', format: 'ONLINE', prefectureCode: null },
] as const;

/** The demo number of a demo account (`demo|c-0042` → 42). */
const numberOf = (row: CoordinatorRow) => Number(row.accountId.slice('demo|c-'.length));

/**
 * Who of the demo attended a past session, and whether they completed it: of the 2023 cohort
 * (in grace) some completed training and may be renewed, some attended without completing,
 * some have done nothing yet; of the 2024 and 2025 cohorts every third attended, four in five
 * of them completing.
 */
function attendance(row: CoordinatorRow): { completed: boolean } | null {
  const n = numberOf(row);
  if (row.cohortYear === 2023) return n % 4 === 3 ? null : { completed: n % 4 === 0 };
  if (row.cohortYear > 2023 && n % 3 === 0) return { completed: n % 5 !== 0 };
  return null;
}

/** Schedules the sessions (with the first batch) and records the attendance of a batch; returns the records written. */
export async function seedTrainingDemo(store: Store, coordinators: readonly CoordinatorRow[], schedule: boolean): Promise<number> {
  if (schedule) for (const session of SESSIONS) await store.insertTrainingSession(session);
  const held = (await store.trainingSessions()).filter((s) => s.heldOn <= '2026-10-05');
  const records = coordinators.flatMap((row) => {
    const attended = attendance(row);
    return attended ? [{ sessionId: held[numberOf(row) % held.length]!.id, coordinatorId: row.id, completed: attended.completed }] : [];
  });
  await store.insertAttendanceMany(records);
  return records.length;
}
