import type { GraphQLResolveInfo } from 'graphql';
import { connection, type FilteredConnectionArgs, parseInput } from '@portal/platform';
import { guard, seesReferral, seesThread } from '../authorization';
import { boardReader, suggestExperts } from '../board';
import type { Context } from '../context';
import { id, isNewestFirstCursor, referralFilter, referralNeed, threadFilter } from '../inputs';
import { referralReader, suggestReceivers } from '../referrals';
import { suggestionLimit } from './suggestions';

const newestFirstKey = <R extends { createdAt: Date; id: string }>(row: R): [string, string] => [row.createdAt.toISOString(), row.id];

/** The referral if the caller is one of its sides or an admin, else null. */
export async function visibleReferral(ctx: Context, referralId: string) {
  const referral = await ctx.loadReferral(referralId);
  if (!referral) return null;
  return seesReferral({ referral, receivers: await ctx.loadReceivers(referral.id) }, ctx.identity) ? referral : null;
}

export const Query = {
  async referrals(_: unknown, args: FilteredConnectionArgs, ctx: Context, info: GraphQLResolveInfo) {
    guard.require(ctx.identity, 'readReferrals');
    const filter = parseInput(referralFilter, args.filter, 'filter');
    const reader = referralReader(ctx.identity);
    return connection(args, info, {
      isKey: isNewestFirstCursor,
      rows: async (limit, after, withTotal) =>
        (await ctx.store.referralPage(reader, filter, limit, after, withTotal)).map((row) => ({ ...row.referral, total: row.total })),
      keyOf: newestFirstKey,
      count: () => ctx.store.countReferrals(reader, filter),
    });
  },

  async referral(_: unknown, args: { id: string }, ctx: Context) {
    guard.require(ctx.identity, 'readReferrals');
    return visibleReferral(ctx, parseInput(id('referral'), args.id, 'id'));
  },

  async referralSuggestions(_: unknown, args: { need: unknown; first?: number | null }, ctx: Context) {
    guard.require(ctx.identity, 'suggestReceivers');
    return suggestReceivers(ctx.store, ctx.identity, parseInput(referralNeed, args.need, 'need'), suggestionLimit(args.first));
  },

  async consultationThreads(_: unknown, args: FilteredConnectionArgs, ctx: Context, info: GraphQLResolveInfo) {
    guard.require(ctx.identity, 'readBoard');
    const filter = parseInput(threadFilter, args.filter, 'filter');
    const reader = boardReader(ctx.identity);
    return connection(args, info, {
      isKey: isNewestFirstCursor,
      rows: async (limit, after, withTotal) =>
        (await ctx.store.threadPage(reader, filter, limit, after, withTotal)).map((row) => ({ ...row.thread, total: row.total })),
      keyOf: newestFirstKey,
      count: () => ctx.store.countThreads(reader, filter),
    });
  },

  async consultationThread(_: unknown, args: { id: string }, ctx: Context) {
    guard.require(ctx.identity, 'readBoard');
    const thread = await ctx.loadThread(parseInput(id('thread'), args.id, 'id'));
    return thread && seesThread(thread, ctx.identity) ? thread : null;
  },

  async expertSuggestions(_: unknown, args: { threadId: string; first?: number | null }, ctx: Context) {
    guard.require(ctx.identity, 'suggestExperts');
    const thread = await ctx.loadThread(parseInput(id('thread'), args.threadId, 'threadId'));
    if (!thread || !seesThread(thread, ctx.identity)) return null;
    return suggestExperts(ctx.store, ctx.identity, thread, suggestionLimit(args.first));
  },
};
