import { notFound } from '@portal/platform';
import { coordinatorEventHandler } from '@portal/platform/events';
import type { CoordinatorRow } from './db/schema';
import { coordinatorErased } from './events';
import { createStore, type Store } from './store';

// The right to erasure (個人情報保護法: 利用停止・消去): a coordinator asks, an agency admin
// erases. The directory deletes the person and announces coordinator.erased (ids only) in
// the same transaction; every service, this one included, forgets them when it arrives.

/** The durable consumer of the directory's own erasure events. */
export const ERASURE_CONSUMER = 'coordinators-erasures';

/** Records the coordinator's request for agency admins to confirm; asking again keeps the first. */
export async function requestErasure(store: Store, coordinator: CoordinatorRow) {
  const request = await store.requestErasure(coordinator.id);
  // Erased between reading the profile and recording the request.
  if (!request) throw notFound('Coordinator', coordinator.id);
  return { coordinator, requestedAt: request.requestedAt };
}

/**
 * Deletes the profile, its listing and any erasure request, and the coordinator's earlier
 * events still in the outbox, then records coordinator.erased: it must be the only event of
 * theirs left. NOT_FOUND when there is no such coordinator, also for a second erasure.
 */
export function eraseCoordinator(store: Store, id: string, traceparent: string, now = new Date()) {
  return store.transaction(async (tx) => {
    const erased = await tx.deleteCoordinator(id);
    if (!erased) throw notFound('Coordinator', id);
    await tx.deleteEventsOf(id);
    // Their activity reports go with the profile; reporting's counts stay under a pseudonym linked to nobody.
    await tx.forgetContributor(erased.accountId);
    await tx.recordEvents([coordinatorErased(erased)], traceparent);
    return { coordinatorId: id, erasedAt: now };
  });
}

/**
 * What the directory's consumer does with its own coordinator.erased, back from the stream:
 * the outbox row is no longer needed then, and it is the last one here holding the account id.
 */
export const applyOwnErasure = coordinatorEventHandler({
  forget: (tx, erased) => createStore(tx).deleteEventsOf(erased.coordinatorId),
});
