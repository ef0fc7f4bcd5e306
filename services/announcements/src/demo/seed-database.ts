import { connectDatabase } from '@portal/platform';
import { searchColumns } from '../announcements';
import * as schema from '../db/schema';
import { createStore } from '../store';
import { DEMO_ANNOUNCEMENTS } from './announcements';

const DEMO_PUBLISHER = 'demo|agency-admin';
/** Demo coordinator 1 has read the oldest announcements, so that their inbox shows both kinds. */
const DEMO_READER = 'demo|c-0001';
const READ_BY_DEMO_READER = 3;

/** The id of demo announcement n (from 1): the same on every run. */
export const demoAnnouncementId = (n: number) => `00000000-0000-4000-a000-${String(n).padStart(12, '0')}`;

/**
 * In a migrated database, when there are no announcements yet, adds the demo ones (as
 * rows, without events: they describe a past that no other service needs replayed).
 */
export async function seedDemoData(url: string): Promise<{ inserted: number }> {
  const database = connectDatabase({ url, schema, poolSize: 1 });
  try {
    return await database.db.transaction(async (tx) => {
      const store = createStore(tx);
      if (!(await store.isEmpty())) return { inserted: 0 };
      const inserted = await store.insertMany(
        DEMO_ANNOUNCEMENTS.map(({ publishedAt, ...announcement }, i) => ({
          id: demoAnnouncementId(i + 1),
          ...announcement,
          publisherAccountId: DEMO_PUBLISHER,
          publishedAt: new Date(publishedAt),
          ...searchColumns(announcement.title, announcement.body),
        })),
      );
      await store.markManyRead(
        DEMO_ANNOUNCEMENTS.map((_, i) => ({ accountId: DEMO_PUBLISHER, announcementId: demoAnnouncementId(i + 1) })).concat(
          Array.from({ length: READ_BY_DEMO_READER }, (_, i) => ({ accountId: DEMO_READER, announcementId: demoAnnouncementId(i + 1) })),
        ),
      );
      return { inserted };
    });
  } finally {
    await database.close();
  }
}
