import { createGuard } from '@portal/platform';

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
  // Not operations a caller asks for, but what a caller may see in what they read.
  seeEveryCertification: ['AGENCY_ADMIN'],
  seePrivateContacts: ['AGENCY_ADMIN'],
  seeEveryTrainingHistory: ['AGENCY_ADMIN'],
}, {
  // A member whose certification lapsed still sees where they stand and the trainings that
  // renew it, and may leave.
  openWhileCertificationInactive: ['readOwnProfile', 'readTrainingSessions', 'requestOwnErasure'],
});

export type Operation = keyof typeof guard.policy;
