import type { GraphQLResolveInfo } from 'graphql';
import { connection, type FilteredConnectionArgs, isStringPair, parseInput } from '@portal/platform';
import { guard, isVisible } from '../authorization';
import { libraryFilter } from '../case-studies';
import type { Context } from '../context';
import { caseStudyFilter, id, isUuid } from '../inputs';
import type { CaseStudyKey } from '../store';

const isCaseStudyKey = (value: unknown): value is CaseStudyKey =>
  isStringPair(value) && !Number.isNaN(Date.parse(value[0])) && isUuid(value[1]);

export const Query = {
  async caseStudies(_: unknown, args: FilteredConnectionArgs, ctx: Context, info: GraphQLResolveInfo) {
    guard.require(ctx.identity, 'readCaseStudies');
    const library = libraryFilter(parseInput(caseStudyFilter, args.filter, 'filter'), ctx.identity);
    return connection(args, info, {
      isKey: isCaseStudyKey,
      rows: (limit, after, withTotal) => ctx.store.searchCaseStudies(library, limit, after, withTotal),
      keyOf: (row): CaseStudyKey => [row.sortAt.toISOString(), row.id],
      count: () => ctx.store.countCaseStudies(library),
    });
  },

  async caseStudy(_: unknown, args: { id: string }, ctx: Context) {
    guard.require(ctx.identity, 'readCaseStudies');
    const row = await ctx.loadCaseStudy(parseInput(id('case study'), args.id, 'id'));
    return row && isVisible(row, ctx.identity) ? row : null;
  },

  async studyMeetings(_: unknown, args: { upcomingOnly?: boolean | null }, ctx: Context) {
    guard.require(ctx.identity, 'readStudyMeetings');
    return ctx.store.listStudyMeetings(args.upcomingOnly ? new Date() : undefined);
  },

  async studyMeeting(_: unknown, args: { id: string }, ctx: Context) {
    guard.require(ctx.identity, 'readStudyMeetings');
    return ctx.loadStudyMeeting(parseInput(id('study meeting'), args.id, 'id'));
  },
};
