import { coordinatorEventHandler } from '@portal/platform/events';
import { createStore } from './store';

/** The durable consumer of coordinator erasures. */
export const ERASURE_CONSUMER = 'partners-erasures';

/**
 * What the partners service does when a coordinator is erased: their endorsements stay as a
 * former member's, so every partner's count stays; proposals and history entries keep what
 * was proposed and changed, but name no one.
 */
export const applyCoordinatorErasure = coordinatorEventHandler({
  forget: (tx, erased) => createStore(tx).forgetAccount(erased.accountId),
});
