import { asOfLastEvent } from './freshness';

const survey = (report: { surveyId: string }) => ({ __typename: 'Survey', id: report.surveyId });

export const SurveyReport = { survey, ...asOfLastEvent };
export const ReportedSurvey = { id: (report: { surveyId: string }) => report.surveyId, survey };
