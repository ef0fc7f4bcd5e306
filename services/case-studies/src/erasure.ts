import { coordinatorEventHandler } from '@portal/platform/events';
import { createStore } from './store';

/** The durable consumer of coordinator erasures. */
export const ERASURE_CONSUMER = 'case-studies-erasures';

/**
 * What the case library does when a coordinator is erased: their published cases stay,
 * authored by no one; what they never published goes; their meeting seats are given back,
 * so a meeting's registeredCount drops by theirs.
 */
export const applyCoordinatorErasure = coordinatorEventHandler({
  eventsNameAccounts: true,
  forget: (tx, erased) => createStore(tx).forgetAccount(erased.accountId),
});
