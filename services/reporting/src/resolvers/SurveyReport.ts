import type { Context } from '../context';

export const SurveyReport = {
  survey: (report: { surveyId: string }) => ({ __typename: 'Survey', id: report.surveyId }),
  lastEventAt: (_report: unknown, _args: unknown, ctx: Context) => ctx.lastEventAt(),
};
