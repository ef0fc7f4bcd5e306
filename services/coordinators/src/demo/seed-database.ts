import { connectDatabase, newTraceparent } from '@portal/platform';
import * as schema from '../db/schema';
import { coordinatorEvent, notificationAddressChanged } from '../events';
import { createStore } from '../store';
import { DEALT_COORDINATORS, demoCoordinator } from './generate';
import { seedActivityReportDemo } from './activity-reports';
import { seedTrainingDemo } from './training';

const BATCH_SIZE = 1_000;
/** How many coordinators a local run starts with: 32 in every prefecture (see demoCoordinator). */
export const DEMO_COORDINATORS = DEALT_COORDINATORS;

/**
 * In a migrated database, when the directory is empty, fills it with demo coordinators
 * 1 to count. All batches share one transaction, so a failed run leaves nothing behind and
 * the next run starts again instead of finding a half-filled table "already present".
 * Each one is announced like a registration, so that the services keeping projections of
 * coordinators (announcements, surveys, reporting) know them once the relay has run.
 */
export async function seedDemoData(url: string, count = DEMO_COORDINATORS): Promise<{ inserted: number; total: number }> {
  const database = connectDatabase({ url, schema, poolSize: 1 });
  try {
    return await database.db.transaction(async (tx) => {
      const store = createStore(tx);
      const present = await store.count({ listedOnly: false });
      if (present > 0) return { inserted: 0, total: present };
      let inserted = 0;
      for (let first = 1; first <= count; first += BATCH_SIZE) {
        const batch = Array.from({ length: Math.min(BATCH_SIZE, count - first + 1) }, (_, i) => demoCoordinator(first + i));
        const rows = await store.insertMany(batch);
        await store.recordEvents(
          rows.flatMap((row) => [coordinatorEvent('coordinator.registered', row), notificationAddressChanged(row)]),
          newTraceparent(),
        );
        await seedTrainingDemo(store, rows, first === 1);
        await seedActivityReportDemo(store, rows);
        inserted += rows.length;
      }
      return { inserted, total: inserted };
    });
  } finally {
    await database.close();
  }
}
