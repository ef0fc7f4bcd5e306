import { Query } from './Query';
import { asOfLastEvent } from './freshness';
import { ReportedSurvey, SurveyReport } from './SurveyReport';
import { withPrefectureName } from './prefectureName';

export const resolvers = {
  Query,
  SurveyReport,
  PrefectureRespondentCount: withPrefectureName,
  FieldIssueCount: withPrefectureName,
  PrefectureCoverage: withPrefectureName,
  PartnerCoverageMatrix: asOfLastEvent,
  ReportingFreshness: asOfLastEvent,
  ReportedSurvey,
};
