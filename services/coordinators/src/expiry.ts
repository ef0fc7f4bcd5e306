import { newTraceparent, todayInJapan } from '@portal/platform';
import type { PeriodicTask } from '@portal/platform/events';
import { coordinatorEvent } from './events';
import type { Store } from './store';

const BATCH = 500;

/**
 * Announces every certification whose validity ended (validUntil before today, Japan)
 * without a renewal: `coordinator.certification_expired`, once per validity. Access does not
 * wait for it (the gateway judges validUntil and the grace period itself); reporting and
 * other services learn of the expiry from it. Returns how many were announced.
 */
export async function announceExpiries(store: Store, now = new Date()): Promise<number> {
  let announced = 0;
  for (;;) {
    const count = await store.transaction(async (tx) => {
      const expired = await tx.markExpired(todayInJapan(now), BATCH);
      if (expired.length > 0) await tx.recordEvents(expired.map((row) => coordinatorEvent('coordinator.certification_expired', row)), newTraceparent());
      return expired.length;
    });
    announced += count;
    if (count < BATCH) return announced;
  }
}

/** Every ten minutes: an expiry is announced within ten minutes of midnight in Japan. */
export const expirySweep = (store: Store): PeriodicTask => ({ name: 'certification-expiry', everyMs: 10 * 60_000, run: async () => void (await announceExpiries(store)) });
