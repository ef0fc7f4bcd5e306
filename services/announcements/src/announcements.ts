import { bigrams, notFound, searchDocument, type Identity } from '@portal/platform';
import { lookupReader } from './authorization';
import { announcementPublished, announcementWithdrawn } from './events';
import type { PublishAnnouncementInput } from './inputs';
import type { Announcement, Store } from './store';

/** The columns text search runs on: title and body, normalised, with their bigrams. */
export function searchColumns(title: string, body: string) {
  const searchText = searchDocument([title, body]);
  return { searchText, searchGrams: bigrams(searchText) };
}

/**
 * Publishes with its event in one transaction. The publisher has read what they wrote, so
 * it does not count as unread for them.
 */
export function publishAnnouncement(store: Store, publisher: Identity, input: PublishAnnouncementInput, traceparent: string, now = new Date()) {
  return store.transaction(async (tx): Promise<Announcement> => {
    const row = await tx.insert({
      ...input,
      publisherAccountId: publisher.sub,
      publishedAt: now,
      ...searchColumns(input.title, input.body),
    });
    await tx.markRead(publisher.sub, row.id);
    await tx.recordEvents([announcementPublished(row)], traceparent);
    return { ...row, isRead: true };
  });
}

export async function markRead(store: Store, reader: Identity, announcement: Announcement): Promise<Announcement> {
  if (!announcement.isRead) await store.markRead(reader.sub, announcement.id);
  return { ...announcement, isRead: true };
}

/** Withdraws it; the first withdrawal is announced (its reminders stop), a repeated one changes nothing. */
export function withdrawAnnouncement(store: Store, admin: Identity, id: string, traceparent: string, now = new Date()): Promise<Announcement> {
  return store.transaction(async (tx) => {
    const before = await tx.lockForWithdrawal(id);
    if (!before) throw notFound('Announcement', id);
    const row = (await tx.withdraw(lookupReader(admin), id, now))!;
    if (!before.withdrawn) await tx.recordEvents([announcementWithdrawn(row)], traceparent);
    return row;
  });
}
