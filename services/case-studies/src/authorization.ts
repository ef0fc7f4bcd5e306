import { createGuard, type Identity } from '@portal/platform';
import type { CaseStudyRow } from './db/schema';

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

export const isAuthor = (row: Pick<CaseStudyRow, 'authorAccountId'>, identity: Identity) => row.authorAccountId === identity.sub;

/** Published cases are everyone's; the rest only their author's and the agency's. */
export const isVisible = (row: Pick<CaseStudyRow, 'authorAccountId' | 'status'>, identity: Identity): boolean =>
  row.status === 'PUBLISHED' || isAuthor(row, identity) || guard.allows(identity, 'seeEveryCaseStudy');

/** The reviewer's note and the personal-data findings are between the author and the agency. */
export const seesReviewDetails = (row: Pick<CaseStudyRow, 'authorAccountId'>, identity: Identity): boolean => isAuthor(row, identity) || guard.allows(identity, 'seeEveryCaseStudy');

/** isVisible as the library's condition: the account whose unpublished cases it may list too, or none for every case. */
export const libraryScope = (identity: Identity): string | undefined => (guard.allows(identity, 'seeEveryCaseStudy') ? undefined : identity.sub);
