import type { GraphQLResolveInfo } from 'graphql';
import { connection, type ConnectionArgs, type FilteredConnectionArgs, maskPersonalData, notFound, parseInput } from '@portal/platform';
import { canSeeDrafts, canSeeSurvey, guard } from '../authorization';
import type { Context } from '../context';
import type { SurveyStatus } from '../db/schema';
import { DEFAULT_SMALL_CELL_K } from '@portal/platform/privacy';
import { exportRows, responsesCsv } from '../export';
import { fieldIssueFilter, surveyId } from '../inputs';
import type { FieldIssueListing } from '../store';

/** Field issue cursors are the report's sequence number. */
const isSeq = (value: unknown): value is number => typeof value === 'number' && Number.isSafeInteger(value) && value > 0;

function fieldIssuePage(ctx: Context, listing: FieldIssueListing, args: ConnectionArgs, info: GraphQLResolveInfo) {
  return connection(args, info, {
    isKey: isSeq,
    rows: (limit, after, withTotal) => ctx.store.listFieldIssues(listing, limit, after, withTotal),
    keyOf: (row) => row.seq,
    count: () => ctx.store.countFieldIssues(listing),
  });
}

export const Query = {
  async surveys(_: unknown, args: { status?: SurveyStatus | null }, ctx: Context) {
    guard.require(ctx.identity, 'listSurveys');
    const includeDrafts = canSeeDrafts(ctx.identity);
    if (args.status === 'DRAFT' && !includeDrafts) return [];
    return ctx.store.listSurveys({ status: args.status ?? undefined, includeDrafts });
  },

  async survey(_: unknown, args: { id: string }, ctx: Context) {
    guard.require(ctx.identity, 'readSurvey');
    const row = await ctx.loadSurvey(parseInput(surveyId, args.id, 'id'));
    return row && canSeeSurvey(row, ctx.identity) ? row : null;
  },

  async surveyResponsesCsv(_: unknown, args: { surveyId: string }, ctx: Context) {
    guard.require(ctx.identity, 'exportSurveyResponses');
    const id = parseInput(surveyId, args.surveyId, 'surveyId');
    const survey = await ctx.loadSurvey(id);
    if (!survey) throw notFound('Survey', id);
    return responsesCsv(exportRows(survey, await ctx.store.listResponses(id), DEFAULT_SMALL_CELL_K, maskPersonalData));
  },

  async fieldIssues(_: unknown, args: FilteredConnectionArgs, ctx: Context, info: GraphQLResolveInfo) {
    guard.require(ctx.identity, 'listFieldIssues');
    return fieldIssuePage(ctx, parseInput(fieldIssueFilter, args.filter, 'filter'), args, info);
  },

  async myFieldIssues(_: unknown, args: ConnectionArgs, ctx: Context, info: GraphQLResolveInfo) {
    guard.require(ctx.identity, 'listOwnFieldIssues');
    return fieldIssuePage(ctx, { accountId: ctx.identity.sub }, args, info);
  },
};
