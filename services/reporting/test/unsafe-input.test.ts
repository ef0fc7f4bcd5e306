import { describeUnsafeInputs, literal } from '@portal/platform/testing';
import { analyst, FIELD_ISSUE_DASHBOARD, REFERRAL_FLOWS, SURVEY_DASHBOARD, UNANSWERED_QUESTIONS, useReportingService } from './helpers';

const service = useReportingService();

describeUnsafeInputs(service.run, [
  { name: 'an ID argument', field: 'surveyId', caller: analyst, operation: (surveyId) => [SURVEY_DASHBOARD, { surveyId }] },
  { name: 'a prefecture argument', field: 'prefectureCode', caller: analyst, operation: (prefectureCode) => [SURVEY_DASHBOARD, { surveyId: '00000000-0000-4000-8000-000000000000', prefectureCode }] },
  { name: 'a dashboard filter', field: 'filter.prefectureCodes.1', caller: analyst, operation: (code) => [FIELD_ISSUE_DASHBOARD, { filter: { prefectureCodes: ['09', code] } }] },
  { name: 'a referral flow filter', field: 'filter.prefectureCodes.0', caller: analyst, operation: (code) => [REFERRAL_FLOWS, { filter: { prefectureCodes: [code] } }] },
  { name: 'an unanswered question filter', field: 'filter.prefectureCodes.1', caller: analyst, operation: (code) => [UNANSWERED_QUESTIONS, { filter: { prefectureCodes: ['13', code] } }] },
  { name: 'a quarter', field: 'quarter', caller: analyst, operation: (quarter) => ['query($quarter: String!) { activityReportSummary(quarter: $quarter) { released } }', { quarter }] },
  { name: 'a literal argument', field: 'prefectureCode', caller: analyst, literal: true, operation: (code) => [`{ partnerCoverage(prefectureCode: ${literal(code)}) { field } }`] },
]);
