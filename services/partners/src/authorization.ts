import { createGuard, type Identity } from '@portal/platform';
import type { PartnerRow } from './db/schema';

/**
 * Who may do what with partners: every decision of this service is made from here.
 * Ministry and local government roles see reporting only, never the partner list.
 */
export const guard = createGuard({
  listPartners: ['COORDINATOR', 'AGENCY_ADMIN'],
  readPartner: ['COORDINATOR', 'AGENCY_ADMIN'],
  proposePartner: ['COORDINATOR'],
  reviewPartner: ['AGENCY_ADMIN'],
  archivePartner: ['AGENCY_ADMIN'],
  updatePartner: ['AGENCY_ADMIN'],
  endorsePartner: ['COORDINATOR'],
  withdrawEndorsement: ['COORDINATOR'],
  /** Coordinator.endorsedPartners, resolved for the coordinators subgraph's entities. */
  readEndorsedPartners: ['COORDINATOR', 'AGENCY_ADMIN'],
  // Not operations a caller asks for, but what a caller may see in what they read.
  seeEveryPartner: ['AGENCY_ADMIN'],
  seeReviewDetails: ['AGENCY_ADMIN'],
});

const isProposer = (row: PartnerRow, identity: Identity) => row.proposedBy === identity.sub;

/** Approved partners are seen by every member; the others by their proposer and agency admins. */
export function canSee(row: PartnerRow, identity: Identity): boolean {
  return row.status === 'APPROVED' || isProposer(row, identity) || guard.allows(identity, 'seeEveryPartner');
}

/** The proposer, the review note and the edit history: for the proposer and agency admins. */
export function canSeeReviewDetails(row: PartnerRow, identity: Identity): boolean {
  return isProposer(row, identity) || guard.allows(identity, 'seeReviewDetails');
}

/** What the directory may list to a caller, as the store's visibility condition. */
export const listingScope = (identity: Identity) =>
  guard.allows(identity, 'seeEveryPartner') ? { everything: true as const } : { everything: false as const, accountId: identity.sub };
