import { createGuard, type Identity } from '@portal/platform';
import type { FieldIssueRow, SurveyRow } from './db/schema';

/**
 * Who may do what with surveys and field issue reports: every decision of this service is
 * made from here. Ministry and local government roles see surveys and field issues only
 * through reporting (aggregates); they resolve Survey references so that reporting can name
 * the survey it reports on. Responding to field issues is for agency admins for now; when
 * ministries and local governments join, they are added to respondToFieldIssue here (local
 * governments scoped to the prefectureCodes of their token).
 */
export const guard = createGuard({
  listSurveys: ['COORDINATOR', 'AGENCY_ADMIN'],
  readSurvey: ['COORDINATOR', 'AGENCY_ADMIN'],
  /** Survey entities, e.g. SurveyReport.survey resolved for reporting's dashboards. */
  resolveSurveyReference: ['COORDINATOR', 'AGENCY_ADMIN', 'MINISTRY_ANALYST', 'LOCAL_GOVERNMENT'],
  createSurvey: ['AGENCY_ADMIN'],
  updateSurvey: ['AGENCY_ADMIN'],
  openSurvey: ['AGENCY_ADMIN'],
  closeSurvey: ['AGENCY_ADMIN'],
  submitSurveyResponse: ['COORDINATOR'],
  exportSurveyResponses: ['AGENCY_ADMIN'],
  reportFieldIssue: ['COORDINATOR'],
  listFieldIssues: ['COORDINATOR', 'AGENCY_ADMIN'],
  listOwnFieldIssues: ['COORDINATOR'],
  respondToFieldIssue: ['AGENCY_ADMIN'],
  // Not operations a caller asks for, but what a caller may see in what they read.
  seeDraftSurveys: ['AGENCY_ADMIN'],
  seeResponseCount: ['AGENCY_ADMIN'],
  /** Only coordinators answer surveys, so only they have a response of their own. */
  haveOwnResponse: ['COORDINATOR'],
  seeEveryFieldIssueDescription: ['AGENCY_ADMIN'],
  seeFieldIssueReporter: ['AGENCY_ADMIN'],
});

export const isReporter = (row: FieldIssueRow, identity: Identity) => row.accountId === identity.sub;

/**
 * A description is free text from the field, possibly about identifiable cases: its author
 * and agency admins read it; other members see only what was reported about and the response.
 */
export const canSeeDescription = (row: FieldIssueRow, identity: Identity) =>
  isReporter(row, identity) || guard.allows(identity, 'seeEveryFieldIssueDescription');

export const canSeeReporter = (identity: Identity) => guard.allows(identity, 'seeFieldIssueReporter');

/** Drafts are the agency's work in progress: members see a survey once it is opened. */
export const canSeeDrafts = (identity: Identity) => guard.allows(identity, 'seeDraftSurveys');

export const canSeeSurvey = (row: SurveyRow, identity: Identity) => row.status !== 'DRAFT' || canSeeDrafts(identity);
