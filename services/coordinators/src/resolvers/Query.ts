import type { GraphQLResolveInfo } from 'graphql';
import { connection, type FilteredConnectionArgs, isStringPair, parseInput, quarter, todayInJapan } from '@portal/platform';
import { guard, isVisible, listsOnlyActive } from '../authorization';
import { ownProfile, type Context } from '../context';
import { activityReportFiling } from '../activity-reports';
import { coordinatorFilter, coordinatorId } from '../inputs';

export const Query = {
  async coordinators(_: unknown, args: FilteredConnectionArgs, ctx: Context, info: GraphQLResolveInfo) {
    guard.require(ctx.identity, 'searchDirectory');
    const filter = { ...parseInput(coordinatorFilter, args.filter, 'filter'), listedOnly: listsOnlyActive(ctx.identity) };
    return connection(args, info, {
      isKey: isStringPair,
      rows: (limit, after, withTotal) => ctx.store.search(filter, limit, after, withTotal),
      keyOf: (row): [string, string] => [row.sortKey, row.id],
      count: () => ctx.store.count(filter),
    });
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

  async myActivityReports(_: unknown, _args: unknown, ctx: Context) {
    guard.require(ctx.identity, 'readOwnActivityReports');
    return ctx.store.activityReportsOf((await ownProfile(ctx)).id);
  },

  async activityReportFiling(_: unknown, args: { quarter: string }, ctx: Context) {
    guard.require(ctx.identity, 'readActivityReportFiling');
    return activityReportFiling(ctx.store, parseInput(quarter, args.quarter, 'quarter'));
  },
};
