import { toPage } from '@portal/platform';
import { nextHourInJapan } from './calendar';
import { DEFAULT_DIGEST_HOUR, KIND_NAMES, NOTIFICATION_KINDS, type NotificationKind } from './kinds';
import type { NotificationRow, Store } from './store';
import { render } from './templates';

/** A notification as members see it: our wording from its facts, and a link. */
export function toNotification(row: NotificationRow) {
  const { title, text, path } = render(row);
  return { id: row.id, kind: row.kind, title, text, link: path, createdAt: row.createdAt, readAt: row.readAt };
}

export async function inboxPage(store: Store, accountId: string, options: { first: number; beforeSeq?: number; unreadOnly: boolean }) {
  const [rows, counts] = await Promise.all([store.page(accountId, options), store.counts(accountId)]);
  const page = toPage(rows, options.first, (row) => row.seq);
  return {
    totalCount: options.unreadOnly ? counts.unread : counts.total,
    unreadCount: counts.unread,
    pageInfo: page.pageInfo,
    edges: page.edges.map((edge) => ({ cursor: edge.cursor, node: toNotification(edge.node) })),
  };
}

export async function preferencesOf(store: Store, accountId: string) {
  const chosen = await store.preferencesOf(accountId);
  const email = new Map(chosen.kinds.map((k) => [k.kind, k.email]));
  return {
    digestHour: chosen.digestHour ?? DEFAULT_DIGEST_HOUR,
    kinds: KIND_NAMES.map((kind) => ({ kind, email: email.get(kind) ?? NOTIFICATION_KINDS[kind].emailByDefault, digest: NOTIFICATION_KINDS[kind].digest })),
  };
}

export function setPreferences(store: Store, accountId: string, input: { kind: NotificationKind | null; email: boolean | null; digestHour: number | null }, now: Date) {
  return store.transaction(async (tx) => {
    if (input.kind && input.email !== null) await tx.setEmail(accountId, input.kind, input.email);
    if (input.digestHour !== null) await tx.setDigestHour(accountId, input.digestHour, nextHourInJapan(now, input.digestHour));
  });
}
