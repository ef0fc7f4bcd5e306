import { connectDatabase, newTraceparent } from '@portal/platform';
import * as schema from '../db/schema';
import { partnerEvent } from '../events';
import { createStore } from '../store';
import { demoPartner } from './generate';

const BATCH_SIZE = 500;
/** How many partners a local run starts with: every field in every prefecture but the gaps, and local groups. */
export const DEMO_PARTNERS = 900;

/**
 * In a migrated database, when it has no partners, fills it with demo partners 1 to
 * count, their endorsements and history. One transaction: a failed run leaves nothing
 * behind, and the next run starts again instead of finding a half-filled table. Approved
 * ones are announced as approvals, so that reporting's partner coverage includes them.
 */
export async function seedDemoData(url: string, count = DEMO_PARTNERS): Promise<{ inserted: number; total: number }> {
  const database = connectDatabase({ url, schema, poolSize: 1 });
  try {
    return await database.db.transaction(async (tx) => {
      const store = createStore(tx);
      const present = await store.count({ scope: { everything: true } });
      if (present > 0) return { inserted: 0, total: present };
      let inserted = 0;
      for (let first = 1; first <= count; first += BATCH_SIZE) {
        const batch = Array.from({ length: Math.min(BATCH_SIZE, count - first + 1) }, (_, i) => demoPartner(first + i));
        const rows = await store.insertMany(batch.map((b) => b.partner));
        await store.recordEvents(rows.filter((row) => row.status === 'APPROVED').map((row) => partnerEvent('partner.approved', row)), newTraceparent());
        inserted += rows.length;
        await store.insertEndorsements(batch.flatMap((b) => b.endorsements));
        await store.insertChanges(batch.flatMap((b) => b.changes));
      }
      return { inserted, total: inserted };
    });
  } finally {
    await database.close();
  }
}
