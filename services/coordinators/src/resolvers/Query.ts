import type { GraphQLResolveInfo } from 'graphql';
import { isStringPair, pageRequest, pageTotal, parseInput, selectsField, todayInJapan, toPage } from '@portal/platform';
import { guard } from '../authorization';
import type { Context } from '../context';
import { isVisible } from '../directory';
import { coordinatorFilter, coordinatorId } from '../inputs';

interface SearchArgs {
  filter?: unknown;
  first?: number | null;
  after?: string | null;
}

export const Query = {
  async coordinators(_: unknown, args: SearchArgs, ctx: Context, info: GraphQLResolveInfo) {
    guard.require(ctx.identity, 'searchDirectory');
    const filter = parseInput(coordinatorFilter, args.filter, 'filter') ?? {};
    const page = pageRequest(args, isStringPair);
    const directoryFilter = {
      prefectureCodes: filter.prefectureCodes ?? undefined,
      fields: filter.fields ?? undefined,
      languages: filter.languages ?? undefined,
      text: filter.text ?? undefined,
      listedOnly: !guard.allows(ctx.identity, 'seeEveryCertification'),
    };
    const rows = await ctx.store.search(directoryFilter, page.limit + 1, page.after, selectsField(info, 'totalCount'));
    return {
      ...toPage(rows, page.limit, (row) => [row.sortKey, row.id]),
      countTotal: pageTotal(rows, page.after, () => ctx.store.count(directoryFilter)),
    };
  },

  async coordinator(_: unknown, args: { id: string }, ctx: Context) {
    guard.require(ctx.identity, 'readCoordinator');
    const id = parseInput(coordinatorId, args.id, 'id');
    const row = await ctx.loadCoordinator({ id });
    return row && isVisible(row, ctx.identity) ? row : null;
  },

  /** Null also for an erased coordinator: their account id finds nothing any more. */
  async me(_: unknown, _args: unknown, ctx: Context) {
    guard.require(ctx.identity, 'readOwnProfile');
    return ctx.loadCoordinator({ accountId: ctx.identity.sub });
  },

  async erasureRequests(_: unknown, _args: unknown, ctx: Context) {
    guard.require(ctx.identity, 'listErasureRequests');
    return ctx.store.erasureRequests();
  },

  async trainingSessions(_: unknown, args: { upcomingOnly?: boolean | null }, ctx: Context) {
    guard.require(ctx.identity, 'readTrainingSessions');
    return ctx.store.trainingSessions(args.upcomingOnly ? todayInJapan() : undefined);
  },
};
