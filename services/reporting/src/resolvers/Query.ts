import { monthInJapan, notFound, parseInput, prefectureCode } from '@portal/platform';
import { guard, requireWithinScope } from '../authorization';
import type { Context } from '../context';
import { coverageMatrix, coverageRows } from '../coverage';
import { buildFieldIssueRelease, fieldIssueCells, fiscalYearWindow } from '../field-issues';
import { fieldIssueTrend } from '../field-issue-trend';
import { fieldIssueSummaryFilter, fieldIssueTrendFilter, optionalPrefectureCode, optionalPrefectureCodes, surveyId } from '../inputs';
import { releasedAt, surveyReportView } from '../survey-report';

export const Query = {
  async surveyReport(_: unknown, args: { surveyId: string; prefectureCode?: string | null }, ctx: Context) {
    guard.require(ctx.identity, 'readSurveyReport');
    const id = parseInput(surveyId, args.surveyId, 'surveyId');
    const focus = parseInput(optionalPrefectureCode, args.prefectureCode, 'prefectureCode');
    if (focus) requireWithinScope(ctx.scope, [focus]);
    const definition = await ctx.loadSurveyDefinition(id);
    if (!definition) throw notFound('Survey', id);
    const report = surveyReportView(definition, await ctx.store.surveyCounts(id), ctx.scope, focus, ctx.smallCellK, new Date());
    return { surveyId: id, prefectureCode: focus, ...report };
  },

  async fieldIssueSummary(_: unknown, args: { filter?: unknown }, ctx: Context) {
    guard.require(ctx.identity, 'readFieldIssueSummary');
    const filter = parseInput(fieldIssueSummaryFilter, args.filter, 'filter');
    if (filter.prefectureCodes) requireWithinScope(ctx.scope, filter.prefectureCodes);
    // The release covers every prefecture: what a caller may see is chosen from it afterwards.
    const now = monthInJapan();
    const rows = await ctx.store.fieldIssueContributions({ fields: filter.fields, categories: filter.categories, beforeMonth: now });
    const years = fiscalYearWindow(filter.since ? monthInJapan(filter.since) : undefined, filter.until ? monthInJapan(filter.until) : undefined);
    return fieldIssueCells(buildFieldIssueRelease(rows, now, ctx.smallCellK), filter.prefectureCodes ?? ctx.scope.prefectureCodes, years);
  },

  async fieldIssueTrend(_: unknown, args: { filter?: unknown }, ctx: Context) {
    guard.require(ctx.identity, 'readFieldIssueTrend');
    const filter = parseInput(fieldIssueTrendFilter, args.filter, 'filter');
    const now = monthInJapan();
    const rows = await ctx.store.fieldIssueContributions({ fields: filter.fields, categories: filter.categories, beforeMonth: now });
    return fieldIssueTrend(buildFieldIssueRelease(rows, now, ctx.smallCellK), filter, now);
  },

  async partnerCoverage(_: unknown, args: { prefectureCode: string }, ctx: Context) {
    guard.require(ctx.identity, 'readPartnerCoverage');
    const code = parseInput(prefectureCode, args.prefectureCode, 'prefectureCode');
    requireWithinScope(ctx.scope, [code]);
    const [counts, shortages] = await Promise.all([
      ctx.store.coverage([code]),
      shortageRelease(ctx),
    ]);
    return coverageRows(code, counts, shortages, ctx.smallCellK);
  },

  async partnerCoverageMatrix(_: unknown, args: { prefectureCodes?: unknown }, ctx: Context) {
    guard.require(ctx.identity, 'readPartnerCoverage');
    const asked = parseInput(optionalPrefectureCodes, args.prefectureCodes, 'prefectureCodes');
    if (asked) requireWithinScope(ctx.scope, asked);
    const codes = asked ?? ctx.scope.prefectureCodes;
    const [counts, shortages] = await Promise.all([ctx.store.coverage(codes), shortageRelease(ctx)]);
    return { prefectures: coverageMatrix(codes, counts, shortages, ctx.smallCellK) };
  },

  async reportedSurveys(_: unknown, _args: unknown, ctx: Context) {
    guard.require(ctx.identity, 'readSurveyReport');
    const now = new Date();
    const rows = await ctx.store.reportedSurveys();
    return rows.map(({ definition, counted }) => ({
      surveyId: definition.surveyId,
      closesAt: definition.closesAt,
      releasedAt: releasedAt(definition, counted, now),
    }));
  },

  reportingFreshness(_: unknown, _args: unknown, ctx: Context) {
    guard.require(ctx.identity, 'readFreshness');
    return { smallCellK: ctx.smallCellK };
  },
};

/** PARTNER_SHORTAGE reports of the months that are over, as the field-issue release publishes them. */
async function shortageRelease(ctx: Context) {
  const now = monthInJapan();
  return buildFieldIssueRelease(await ctx.store.fieldIssueContributions({ categories: ['PARTNER_SHORTAGE'], beforeMonth: now }), now, ctx.smallCellK);
}
