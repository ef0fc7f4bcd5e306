import type { z } from 'zod';
import { monthInJapan, notFound, parseInput, prefectureCode, quarter, todayInJapan } from '@portal/platform';
import { buildActivityRelease, figuresWithin, releasedFrom, type FigureKind } from '../activity-reports';
import { guard, requireWithinScope } from '../authorization';
import type { Context } from '../context';
import { coverageMatrix, coverageRows, type ShortageEvidence } from '../coverage';
import { buildFieldIssueRelease, fieldIssueCells, fiscalYearWindow } from '../field-issues';
import { fieldIssueTrend } from '../field-issue-trend';
import {
  fieldIssueSummaryFilter,
  fieldIssueTrendFilter,
  optionalPrefectureCode,
  optionalPrefectureCodes,
  referralFlowFilter,
  surveyId,
  unansweredQuestionFilter,
} from '../inputs';
import { buildReferralFlowRelease } from '../referral-flows';
import { UNANSWERED, unansweredAsOf, unansweredContributions } from '../unanswered-questions';
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
    const filter = scopedFilter(fieldIssueSummaryFilter, args.filter, ctx);
    // The release covers every prefecture: what a caller may see is chosen from it afterwards.
    const now = monthInJapan();
    const rows = await ctx.store.fieldIssueContributions({ fields: filter.fields, categories: filter.categories, beforeMonth: now });
    return fieldIssueCells(buildFieldIssueRelease(rows, now, ctx.smallCellK), filter.areas, filter.years);
  },

  async referralFlows(_: unknown, args: { filter?: unknown }, ctx: Context) {
    guard.require(ctx.identity, 'readReferralFlows');
    const filter = scopedFilter(referralFlowFilter, args.filter, ctx);
    // A flow's outcomes are released together, each flow on its own: other fields may be left out, other outcomes not.
    const now = monthInJapan();
    const rows = await ctx.store.referralFlowContributions({ fields: filter.fields, beforeMonth: now });
    const cells = buildReferralFlowRelease(rows, now, ctx.smallCellK).cells({ prefectureCodes: filter.areas, years: filter.years });
    return filter.outcomes ? cells.filter((c) => filter.outcomes!.includes(c.outcome as never)) : cells;
  },

  async unansweredQuestions(_: unknown, args: { filter?: unknown }, ctx: Context) {
    guard.require(ctx.identity, 'readUnansweredQuestions');
    const filter = scopedFilter(unansweredQuestionFilter, args.filter, ctx);
    const asOf = unansweredAsOf(monthInJapan());
    // One release per field, as for field issues: leaving out other fields changes none.
    const contributions = unansweredContributions(await ctx.store.boardQuestions(asOf)).filter((c) => !filter.fields || filter.fields.includes(c.field as never));
    const release = buildFieldIssueRelease(contributions, asOf, ctx.smallCellK, [UNANSWERED]);
    return fieldIssueCells(release, filter.areas, filter.years);
  },

  async fieldIssueTrend(_: unknown, args: { filter?: unknown }, ctx: Context) {
    guard.require(ctx.identity, 'readFieldIssueTrend');
    const filter = parseInput(fieldIssueTrendFilter, args.filter, 'filter');
    const now = monthInJapan();
    const rows = await ctx.store.fieldIssueContributions({ fields: filter.fields, categories: filter.categories, beforeMonth: now });
    return fieldIssueTrend(buildFieldIssueRelease(rows, now, ctx.smallCellK), filter, now);
  },

  async activityReportSummary(_: unknown, args: { quarter: string }, ctx: Context) {
    guard.require(ctx.identity, 'readActivityReportSummary');
    const q = parseInput(quarter, args.quarter, 'quarter');
    const from = releasedFrom(q);
    if (todayInJapan() < from) return { quarter: q, releasedFrom: from, released: false, consultations: [], languages: [], referrals: [] };
    // The release covers the whole country: what a caller may see is chosen from it afterwards.
    const release = buildActivityRelease(await ctx.store.activityReportsOf(q), ctx.smallCellK);
    const within = (kind: FigureKind) => figuresWithin(release[kind], ctx.scope);
    return { quarter: q, releasedFrom: from, released: true, consultations: within('consultations'), languages: within('languages'), referrals: within('referrals') };
  },

  async partnerCoverage(_: unknown, args: { prefectureCode: string }, ctx: Context) {
    guard.require(ctx.identity, 'readPartnerCoverage');
    const code = parseInput(prefectureCode, args.prefectureCode, 'prefectureCode');
    requireWithinScope(ctx.scope, [code]);
    const [counts, evidence] = await Promise.all([ctx.store.coverage([code]), shortageEvidence(ctx)]);
    return coverageRows(code, counts, evidence, ctx.smallCellK);
  },

  async partnerCoverageMatrix(_: unknown, args: { prefectureCodes?: unknown }, ctx: Context) {
    guard.require(ctx.identity, 'readPartnerCoverage');
    const asked = parseInput(optionalPrefectureCodes, args.prefectureCodes, 'prefectureCodes');
    if (asked) requireWithinScope(ctx.scope, asked);
    const codes = asked ?? ctx.scope.prefectureCodes;
    const [counts, evidence] = await Promise.all([ctx.store.coverage(codes), shortageEvidence(ctx)]);
    return { prefectures: coverageMatrix(codes, counts, evidence, ctx.smallCellK) };
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

/**
 * PARTNER_SHORTAGE reports and referrals declined for capacity (NO_CAPACITY) of the months
 * that are over, each released as field issues are.
 */
async function shortageEvidence(ctx: Context): Promise<ShortageEvidence> {
  const now = monthInJapan();
  const [shortages, declines] = await Promise.all([
    ctx.store.fieldIssueContributions({ categories: ['PARTNER_SHORTAGE'], beforeMonth: now }),
    ctx.store.referralDeclineContributions('NO_CAPACITY', now),
  ]);
  return {
    shortages: buildFieldIssueRelease(shortages, now, ctx.smallCellK),
    capacityDeclines: buildFieldIssueRelease(declines, now, ctx.smallCellK, ['NO_CAPACITY']),
  };
}

type ScopedCriteria = { prefectureCodes?: readonly string[] | null; since?: Date | null; until?: Date | null };

/**
 * A report's filter, parsed, FORBIDDEN unless its prefectures are within the caller's scope;
 * with the prefectures it covers (none given: the whole scope) and the fiscal years its window
 * of instants selects.
 */
function scopedFilter<T extends ScopedCriteria>(schema: z.ZodType<T>, input: unknown, ctx: Context) {
  const filter = parseInput(schema, input, 'filter');
  if (filter.prefectureCodes) requireWithinScope(ctx.scope, filter.prefectureCodes);
  const years = fiscalYearWindow(filter.since ? monthInJapan(filter.since) : undefined, filter.until ? monthInJapan(filter.until) : undefined);
  return { ...filter, areas: filter.prefectureCodes ?? ctx.scope.prefectureCodes, years };
}
