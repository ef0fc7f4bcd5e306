import { coordinatorEventHandler } from '@portal/platform/events';
import { createStore } from './store';

/**
 * Coordinator events in surveys: the projection that gives a response its respondent's
 * prefecture and, when a coordinator is erased, their responses and field issue reports
 * stay without the link to them, so survey results and issue counts do not change.
 */
export const applyCoordinatorEvents = coordinatorEventHandler({
  projection: true,
  eventsNameAccounts: true,
  forget: (tx, erased) => createStore(tx).forgetAccount(erased.accountId),
});
