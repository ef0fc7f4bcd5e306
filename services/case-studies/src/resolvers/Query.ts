import type { GraphQLResolveInfo } from 'graphql';
import { isStringPair, pageRequest, pageTotal, parseInput, selectsField, toPage } from '@portal/platform';
import { guard } from '../authorization';
import { isVisible, libraryFilter } from '../case-studies';
import type { Context } from '../context';
import { caseStudyFilter, id, isUuid } from '../inputs';
import type { CaseStudyKey } from '../store';

interface LibraryArgs {
  filter?: unknown;
  first?: number | null;
  after?: string | null;
}

const isCaseStudyKey = (value: unknown): value is CaseStudyKey =>
  isStringPair(value) && !Number.isNaN(Date.parse(value[0])) && isUuid(value[1]);

export const Query = {
  async caseStudies(_: unknown, args: LibraryArgs, ctx: Context, info: GraphQLResolveInfo) {
    guard.require(ctx.identity, 'readCaseStudies');
    const filter = parseInput(caseStudyFilter, args.filter, 'filter') ?? {};
    const page = pageRequest(args, isCaseStudyKey);
    const library = libraryFilter(
      {
        kinds: filter.kinds ?? undefined,
        fields: filter.fields ?? undefined,
        prefectureCodes: filter.prefectureCodes ?? undefined,
        text: filter.text ?? undefined,
        statuses: filter.statuses ?? undefined,
        mine: filter.mine ?? false,
      },
      ctx.identity,
    );
    const rows = await ctx.store.searchCaseStudies(library, page.limit + 1, page.after, selectsField(info, 'totalCount'));
    return {
      ...toPage(rows, page.limit, (row): CaseStudyKey => [row.sortAt.toISOString(), row.id]),
      countTotal: pageTotal(rows, page.after, () => ctx.store.countCaseStudies(library)),
    };
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
