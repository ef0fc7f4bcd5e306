import { Query } from './Query';
import { SurveyReport } from './SurveyReport';
import { withPrefectureName } from './prefectureName';

export const resolvers = {
  Query,
  SurveyReport,
  PrefectureRespondentCount: withPrefectureName,
  FieldIssueCount: withPrefectureName,
};
