import { notFound, parseInput, prefectureCode } from '@portal/platform';
import { guard, requireWithinScope } from '../authorization';
import type { Context } from '../context';
import { coverageRows } from '../coverage';
import { dayRange, fieldIssueCells } from '../field-issues';
import { fieldIssueSummaryFilter, optionalPrefectureCode, surveyId } from '../inputs';
import { buildSurveyReport } from '../survey-report';

export const Query = {
  async surveyReport(_: unknown, args: { surveyId: string; prefectureCode?: string | null }, ctx: Context) {
    guard.require(ctx.identity, 'readSurveyReport');
    const id = parseInput(surveyId, args.surveyId, 'surveyId');
    const focus = parseInput(optionalPrefectureCode, args.prefectureCode, 'prefectureCode');
    if (focus) requireWithinScope(ctx.scope, [focus]);
    const definition = await ctx.loadSurveyDefinition(id);
    if (!definition) throw notFound('Survey', id);
    // The whole scope is read even for one prefecture: both are views of one protected table.
    const counts = await ctx.store.surveyCounts(id, ctx.scope.nationwide ? null : ctx.scope.prefectureCodes);
    const report = buildSurveyReport(
      definition.questions,
      counts,
      { prefectureCodes: ctx.scope.prefectureCodes, includesUnknown: ctx.scope.nationwide },
      focus,
      ctx.smallCellK,
    );
    return { surveyId: id, prefectureCode: focus, ...report };
  },

  async fieldIssueSummary(_: unknown, args: { filter?: unknown }, ctx: Context) {
    guard.require(ctx.identity, 'readFieldIssueSummary');
    const filter = parseInput(fieldIssueSummaryFilter, args.filter, 'filter');
    if (filter.prefectureCodes) requireWithinScope(ctx.scope, filter.prefectureCodes);
    const rows = await ctx.store.fieldIssueTotals({
      prefectureCodes: filter.prefectureCodes ?? (ctx.scope.nationwide ? null : ctx.scope.prefectureCodes),
      fields: filter.fields ?? undefined,
      categories: filter.categories ?? undefined,
      ...dayRange(filter.since, filter.until),
    });
    return fieldIssueCells(rows, ctx.smallCellK);
  },

  async partnerCoverage(_: unknown, args: { prefectureCode: string }, ctx: Context) {
    guard.require(ctx.identity, 'readPartnerCoverage');
    const code = parseInput(prefectureCode, args.prefectureCode, 'prefectureCode');
    requireWithinScope(ctx.scope, [code]);
    return coverageRows(await ctx.store.coverage(code), ctx.smallCellK);
  },
};
