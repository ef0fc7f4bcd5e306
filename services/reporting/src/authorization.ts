import { createGuard, forbidden, isPrefectureCode, PREFECTURE_CODES, type Identity } from '@portal/platform';

/** Who may read which reports: every decision of this service is made from here. */
export const guard = createGuard({
  readSurveyReport: ['AGENCY_ADMIN', 'MINISTRY_ANALYST', 'LOCAL_GOVERNMENT'],
  readFieldIssueSummary: ['AGENCY_ADMIN', 'MINISTRY_ANALYST', 'LOCAL_GOVERNMENT'],
  // The country month by month: no local government's prefectures in particular.
  readFieldIssueTrend: ['AGENCY_ADMIN', 'MINISTRY_ANALYST'],
  readReferralFlows: ['AGENCY_ADMIN', 'MINISTRY_ANALYST', 'LOCAL_GOVERNMENT'],
  readUnansweredQuestions: ['AGENCY_ADMIN', 'MINISTRY_ANALYST', 'LOCAL_GOVERNMENT'],
  readActivityReportSummary: ['AGENCY_ADMIN', 'MINISTRY_ANALYST', 'LOCAL_GOVERNMENT'],
  readPartnerCoverage: ['AGENCY_ADMIN', 'MINISTRY_ANALYST', 'LOCAL_GOVERNMENT'],
  readFreshness: ['AGENCY_ADMIN', 'MINISTRY_ANALYST', 'LOCAL_GOVERNMENT'],
  // Not an operation a caller asks for, but how far what they read reaches.
  readNationwide: ['AGENCY_ADMIN', 'MINISTRY_ANALYST'],
});

/**
 * The prefectures whose data a caller's reports add up: every prefecture (and respondents
 * of unknown prefecture) for nationwide roles; a local government's own prefectures only.
 */
export interface Scope {
  nationwide: boolean;
  prefectureCodes: readonly string[];
}

export function scopeOf(identity: Identity): Scope {
  if (guard.allows(identity, 'readNationwide')) return { nationwide: true, prefectureCodes: PREFECTURE_CODES };
  return { nationwide: false, prefectureCodes: [...new Set(identity.prefectureCodes.filter(isPrefectureCode))].sort() };
}

/** FORBIDDEN unless every prefecture asked for is within the caller's scope. */
export function requireWithinScope(scope: Scope, prefectureCodes: readonly string[]): void {
  const outside = prefectureCodes.filter((code) => !scope.prefectureCodes.includes(code));
  if (outside.length > 0) throw forbidden(`Your reports do not cover prefecture ${outside.join(', ')}`);
}
