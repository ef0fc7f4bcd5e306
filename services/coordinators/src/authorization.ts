import { createGuard, type Identity } from '@portal/platform';
import type { CoordinatorRow } from './db/schema';

/** Who may do what in the directory: every decision of this service is made from here. */
export const guard = createGuard({
  searchDirectory: ['COORDINATOR', 'AGENCY_ADMIN'],
  readCoordinator: ['COORDINATOR', 'AGENCY_ADMIN'],
  readOwnProfile: ['COORDINATOR', 'AGENCY_ADMIN'],
  updateOwnProfile: ['COORDINATOR'],
  registerCoordinator: ['AGENCY_ADMIN'],
  setCertificationStatus: ['AGENCY_ADMIN'],
  requestOwnErasure: ['COORDINATOR'],
  listErasureRequests: ['AGENCY_ADMIN'],
  eraseCoordinator: ['AGENCY_ADMIN'],
  readTrainingSessions: ['COORDINATOR', 'AGENCY_ADMIN'],
  scheduleTrainingSession: ['AGENCY_ADMIN'],
  recordTrainingAttendance: ['AGENCY_ADMIN'],
  renewCertification: ['AGENCY_ADMIN'],
  fileOwnActivityReport: ['COORDINATOR'],
  readOwnActivityReports: ['COORDINATOR'],
  readActivityReportFiling: ['AGENCY_ADMIN', 'MINISTRY_ANALYST'],
  // Not operations a caller asks for, but what a caller may see in what they read.
  seeEveryCertification: ['AGENCY_ADMIN'],
  seePrivateContacts: ['AGENCY_ADMIN'],
  seeEveryTrainingHistory: ['AGENCY_ADMIN'],
  // Who has not filed a quarter's report: the agency follows up; analysts see counts only.
  seeMissingActivityReports: ['AGENCY_ADMIN'],
}, {
  // A member whose certification lapsed still sees where they stand and the trainings that
  // renew it, and may leave.
  openWhileCertificationInactive: ['readOwnProfile', 'readTrainingSessions', 'requestOwnErasure'],
});

const isOwner = (row: Pick<CoordinatorRow, 'accountId'>, identity: Identity) => row.accountId === identity.sub;

/**
 * Suspended and revoked certifications are hidden from members (an expired one stays
 * visible: it is still the agency's ACTIVE); the owner and admins still see them.
 */
export const isVisible = (row: Pick<CoordinatorRow, 'accountId' | 'certificationStatus'>, identity: Identity): boolean =>
  row.certificationStatus === 'ACTIVE' || isOwner(row, identity) || guard.allows(identity, 'seeEveryCertification');

/** Contact details marked PRIVATE: for their owner and agency admins only. */
export const canSeeContact = (row: Pick<CoordinatorRow, 'accountId' | 'contactVisibility'>, identity: Identity): boolean =>
  row.contactVisibility === 'MEMBERS' || isOwner(row, identity) || guard.allows(identity, 'seePrivateContacts');

/** Training history and renewal: the coordinator's own business and the agency's. */
export const canSeeTraining = (row: Pick<CoordinatorRow, 'accountId'>, identity: Identity): boolean =>
  isOwner(row, identity) || guard.allows(identity, 'seeEveryTrainingHistory');

/** Whether the directory lists only active certifications to the caller (see isActiveCertification). */
export const listsOnlyActive = (identity: Identity): boolean => !guard.allows(identity, 'seeEveryCertification');
