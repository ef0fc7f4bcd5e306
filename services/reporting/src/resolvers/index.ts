import { prefectureName } from '@portal/platform';
import { Query } from './Query';
import { asOfLastEvent } from './freshness';
import { ReportedSurvey, SurveyReport } from './SurveyReport';
import { withPrefectureName } from './prefectureName';

export const resolvers = {
  Query,
  SurveyReport,
  PrefectureRespondentCount: withPrefectureName,
  FieldIssueCount: withPrefectureName,
  UnansweredQuestionCount: withPrefectureName,
  ReferralFlow: {
    originPrefectureName: (row: { originPrefectureCode: string }) => prefectureName(row.originPrefectureCode),
    destinationPrefectureName: (row: { destinationPrefectureCode: string }) => prefectureName(row.destinationPrefectureCode),
  },
  PrefectureCoverage: withPrefectureName,
  PartnerCoverageMatrix: asOfLastEvent,
  ReportingFreshness: asOfLastEvent,
  ActivityReportSummary: asOfLastEvent,
  ReportedSurvey,
};
