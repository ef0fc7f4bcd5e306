import { coordinatorEventHandler } from '@portal/platform/events';
import { createStore } from './store';

/** The durable consumers of the directory this service ranks from: coordinators (erasures too) and partners. */
export const COORDINATOR_CONSUMER = 'collaboration-coordinators';
export const PARTNER_CONSUMER = 'collaboration-partners';

/**
 * Keeps the coordinator projection (who may receive referrals and answer as experts) and,
 * when a coordinator is erased, forgets them: referrals and posts stay without their account,
 * and the notices to them leave the outbox.
 */
export const applyCoordinatorEvents = coordinatorEventHandler({
  projection: true,
  // Referral and board notices name their member's account.
  eventsNameAccounts: true,
  forget: (tx, erased) => createStore(tx).forgetAccount(erased),
});
