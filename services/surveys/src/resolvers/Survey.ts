import { canSeeSurvey, guard } from '../authorization';
import type { Context } from '../context';
import type { SurveyRow } from '../db/schema';
import { effectiveClosedAt, effectiveStatus } from '../questionnaire';

export const Survey = {
  async __resolveReference(reference: { id: string }, ctx: Context) {
    guard.require(ctx.identity, 'resolveSurveyReference');
    const row = await ctx.loadSurvey(reference.id);
    return row && canSeeSurvey(row, ctx.identity) ? row : null;
  },
  status: (row: SurveyRow) => effectiveStatus(row),
  closedAt: (row: SurveyRow) => effectiveClosedAt(row),
  myResponse: (row: SurveyRow, _args: unknown, ctx: Context) => (guard.allows(ctx.identity, 'haveOwnResponse') ? ctx.loadOwnResponse(row.id) : null),
  responseCount: (row: SurveyRow, _args: unknown, ctx: Context) =>
    guard.allows(ctx.identity, 'seeResponseCount') ? ctx.loadResponseCount(row.id) : null,
};
