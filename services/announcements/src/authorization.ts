import { createGuard, type Identity } from '@portal/platform';
import type { Reader } from './store';

/**
 * Who may do what with announcements: every decision of this service is made from here.
 * Ministries and local governments work with reporting only (README, roles), not the inbox.
 */
export const guard = createGuard({
  readAnnouncements: ['COORDINATOR', 'AGENCY_ADMIN'],
  markAnnouncementRead: ['COORDINATOR', 'AGENCY_ADMIN'],
  publishAnnouncement: ['AGENCY_ADMIN'],
  withdrawAnnouncement: ['AGENCY_ADMIN'],
  // Not operations a caller asks for, but what a caller may see in what they read.
  seeEveryPrefecture: ['AGENCY_ADMIN'],
  seeWithdrawn: ['AGENCY_ADMIN'],
});

function readerOf(identity: Identity, withdrawn: boolean): Reader {
  return { accountId: identity.sub, everyPrefecture: guard.allows(identity, 'seeEveryPrefecture'), withdrawn };
}

/**
 * The caller's inbox: agency admins see every announcement, coordinators the nationwide
 * ones and those of their activity prefectures. Withdrawn ones only when an admin asks.
 */
export function inboxReader(identity: Identity, includeWithdrawn: boolean): Reader {
  if (includeWithdrawn) guard.require(identity, 'seeWithdrawn');
  return readerOf(identity, includeWithdrawn);
}

/** By id, an admin still finds a withdrawn announcement (e.g. the one just withdrawn). */
export const lookupReader = (identity: Identity): Reader => readerOf(identity, guard.allows(identity, 'seeWithdrawn'));
