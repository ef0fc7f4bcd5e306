import { monthInJapan, notFound, parseInput, prefectureCode } from '@portal/platform';
import { guard, requireWithinScope } from '../authorization';
import type { Context } from '../context';
import { coverageRows } from '../coverage';
import { buildFieldIssueRelease, fieldIssueCells, fiscalYearWindow } from '../field-issues';
import { fieldIssueTrend } from '../field-issue-trend';
import { fieldIssueSummaryFilter, fieldIssueTrendFilter, optionalPrefectureCode, surveyId } from '../inputs';
import { surveyReportView } from '../survey-report';

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
      ctx.store.coverage(code),
      ctx.store.fieldIssueContributions({ categories: ['PARTNER_SHORTAGE'], beforeMonth: monthInJapan() }),
    ]);
    return coverageRows(code, counts, buildFieldIssueRelease(shortages, monthInJapan(), ctx.smallCellK), ctx.smallCellK);
  },
};
