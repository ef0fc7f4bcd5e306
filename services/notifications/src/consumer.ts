import { coordinatorEventHandler, type EventEnvelope, type Transaction } from '@portal/platform/events';
import type * as schema from './db/schema';
import { applyRule } from './rules';
import { createStore } from './store';

/**
 * Every event, in the consumer's transaction: coordinator events keep the projection (who
 * is active where) and an erasure forgets the member here, so they get nothing more; then
 * the rule for the event, if any, tells whom it concerns.
 */
export function applyEvent(clock: () => Date) {
  const coordinators = coordinatorEventHandler<typeof schema>({
    projection: true,
    forget: (tx, erased) => createStore(tx).forgetAccount(erased.accountId),
  });
  return async (tx: Transaction, event: EventEnvelope) => {
    await coordinators(tx, event);
    await applyRule(createStore(tx as never), event, clock());
  };
}
