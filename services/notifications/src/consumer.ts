import type { Executor } from '@portal/platform';
import { coordinatorEventHandler, type EventEnvelope } from '@portal/platform/events';
import { applyRule } from './rules';
import { createStore } from './store';

/**
 * Every event, in the consumer's transaction: coordinator events keep the projection (who
 * is active where) and an erasure forgets the member here, so they get nothing more; then
 * the rule for the event, if any, tells whom it concerns.
 */
export function applyEvent(clock: () => Date) {
  const coordinators = coordinatorEventHandler({
    projection: true,
    forget: (tx, erased) => createStore(tx).forgetAccount(erased.accountId),
  });
  return async (tx: Executor, event: EventEnvelope) => {
    await coordinators(tx, event);
    await applyRule(createStore(tx), event, clock());
  };
}
