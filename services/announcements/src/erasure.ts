import { coordinatorEventHandler } from '@portal/platform/events';
import { createStore } from './store';

/**
 * Coordinator events in announcements: the projection that targeting reads and, when a
 * coordinator is erased, their read receipts go (announcements stay as they are).
 */
export const applyCoordinatorEvents = coordinatorEventHandler({
  projection: true,
  forget: (tx, erased) => createStore(tx).forgetAccount(erased.accountId),
});
