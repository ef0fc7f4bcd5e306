import { createGuard } from '@portal/platform';

/**
 * Who may do what with case studies and study meetings: every decision of this service is
 * made from here. Ministry and local-government roles use reporting only.
 */
export const guard = createGuard({
  readCaseStudies: ['COORDINATOR', 'AGENCY_ADMIN'],
  draftCaseStudy: ['COORDINATOR'],
  editOwnCaseStudy: ['COORDINATOR'],
  submitOwnCaseStudy: ['COORDINATOR'],
  archiveCaseStudy: ['COORDINATOR', 'AGENCY_ADMIN'],
  reviewCaseStudy: ['AGENCY_ADMIN'],
  readStudyMeetings: ['COORDINATOR', 'AGENCY_ADMIN'],
  scheduleStudyMeeting: ['AGENCY_ADMIN'],
  registerForStudyMeeting: ['COORDINATOR'],
  cancelStudyMeetingRegistration: ['COORDINATOR'],
  // Not operations a caller asks for, but what a caller may see or touch beyond their own.
  seeEveryCaseStudy: ['AGENCY_ADMIN'],
  archiveAnyCaseStudy: ['AGENCY_ADMIN'],
  seeEveryOnlineUrl: ['AGENCY_ADMIN'],
});
