import { nextHourInJapan } from './calendar';
import { DEFAULT_DIGEST_HOUR, NOTIFICATION_KINDS, type NotificationKind } from './kinds';
import type { Audience, Facts, Store } from './store';

export interface Notice {
  kind: NotificationKind;
  /** The event id or the reminder's key: one notification per source and member, however often it comes. */
  sourceKey: string;
  facts: Facts;
  audience: Audience;
}

/**
 * Tells an audience, in the caller's transaction: an inbox row for each member who has none
 * from this source yet and, unless they turned e-mail off for the kind, an e-mail now or in
 * their next digest. Returns the accounts newly told.
 */
export async function deliver(tx: Store, notice: Notice, now: Date): Promise<string[]> {
  const members = await tx.membersOf(notice.audience);
  const created = await tx.insertNotifications({ kind: notice.kind, sourceKey: notice.sourceKey, facts: notice.facts, accountIds: members, at: now });
  if (created.length === 0) return [];
  const kind = NOTIFICATION_KINDS[notice.kind];
  const choices = await tx.emailChoices(notice.kind, created.map((c) => c.accountId));
  const byEmail = created.filter((c) => choices.get(c.accountId) ?? kind.emailByDefault).map((c) => ({ notificationId: c.id, accountId: c.accountId }));
  if (kind.digest) await addToDigests(tx, byEmail, now);
  else await tx.insertImmediateMails(byEmail, now);
  return created.map((c) => c.accountId);
}

async function addToDigests(tx: Store, items: { notificationId: string; accountId: string }[], now: Date): Promise<void> {
  const hours = await tx.digestHoursOf(items.map((i) => i.accountId));
  const withDue = items.map((i) => ({ ...i, dueAt: nextHourInJapan(now, hours.get(i.accountId) ?? DEFAULT_DIGEST_HOUR) }));
  // A digest a sender took meanwhile is closed: the next round makes a new one.
  let left = withDue;
  for (let round = 0; round < 3 && left.length > 0; round++) {
    const missed = new Set(await tx.addToDigests(left));
    left = left.filter((i) => missed.has(i.notificationId));
  }
  if (left.length > 0) throw new Error('digests kept being taken while notifications were added; the event is retried');
}
