import { wallClockInJapan } from '@portal/platform';
import { deliver } from './delivery';
import type { Store } from './store';
import { date, type Template } from './wording';

// Members are told 90, 30 and 7 days before their certification's last valid day, at 9:00
// Japan time, once each per validity. The sweep reads the coordinator projection as it is
// now: a renewal moves validUntil three years on, so the old validity's reminders never come;
// a member who is not ACTIVE is told nothing until reinstated (then the reminder whose turn it
// is, if any). Each reminder has its window, from its moment until the next one's (the last:
// until the day ends), so a member registered or reinstated late gets the one that applies
// now, never a stale one, and the inbox row (unique per validity, reminder and member) makes
// it once, however many sweeps or replicas run.

/** Hours from 00:00 Japan time of `validUntil`: each reminder's window. */
export const EXPIRY_REMINDERS = [
  { days: 90, fromHour: -90 * 24 + 9, untilHour: -30 * 24 + 9 },
  { days: 30, fromHour: -30 * 24 + 9, untilHour: -7 * 24 + 9 },
  { days: 7, fromHour: -7 * 24 + 9, untilHour: 24 },
] as const;

/** Before the validity and the reminder's days: the inbox's source key of one reminder. */
const EXPIRY_SOURCE_PREFIX = 'certification-expiry:';

/** Tells the members whose reminder is due and who have not had it; returns how many were told. */
export function remindOfExpiry(store: Store, now: Date): Promise<number> {
  return store.transaction(async (tx) => {
    const due = await tx.expiringCertifications(wallClockInJapan(now), EXPIRY_SOURCE_PREFIX, EXPIRY_REMINDERS);
    // Members of one cohort share a validity: one notice for all of them.
    const bySource = new Map<string, typeof due>();
    for (const row of due) {
      const members = bySource.get(row.sourceKey);
      if (members) members.push(row);
      else bySource.set(row.sourceKey, [row]);
    }
    let told = 0;
    for (const [sourceKey, members] of bySource) {
      const { validUntil, days } = members[0]!;
      const facts = { validUntil, daysBefore: String(days) };
      told += (await deliver(tx, { kind: 'CERTIFICATION_EXPIRING', sourceKey, facts, audience: { accountIds: members.map((m) => m.accountId) } }, now)).length;
    }
    return told;
  });
}

/**
 * The sweep as the worker runs it (every second): once per minute of the clock, as the
 * projection is read whole and a reminder a minute after 9:00 is on time.
 */
export function expirySweep(store: Store) {
  let lastMinute: number | undefined;
  return async (now: Date): Promise<number> => {
    const minute = Math.floor(now.getTime() / 60_000);
    if (minute === lastMinute) return 0;
    lastMinute = minute;
    return remindOfExpiry(store, now);
  };
}

export const CERTIFICATION_TEMPLATES = {
  CERTIFICATION_EXPIRING: (f) => ({
    title: `認定の有効期限（${date(f.validUntil)}）が近づいています`,
    text: `コーディネーター認定の有効期限は${date(f.validUntil)}です（${f.daysBefore}日前のお知らせ）。更新には、有効期間内にフォローアップ研修を修了していることが必要です。受講の状況と更新の条件はポータルでご確認ください。`,
    path: '/me/certification',
  }),
} satisfies Record<string, Template>;
