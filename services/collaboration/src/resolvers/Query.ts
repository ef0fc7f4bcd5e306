import type { GraphQLResolveInfo } from 'graphql';
import { pageRequest, pageTotal, parseInput, selectsField, toPage } from '@portal/platform';
import { guard, seesReferral, seesThread } from '../authorization';
import { boardReader, suggestExperts } from '../board';
import type { Context } from '../context';
import { id, isNewestFirstCursor, referralFilter, referralNeed, threadFilter } from '../inputs';
import { referralReader, suggestReceivers } from '../referrals';
import { suggestionLimit } from './suggestions';

interface ListArgs {
  filter?: unknown;
  first?: number | null;
  after?: string | null;
}

const newestFirstKey = (row: { createdAt: Date; id: string }) => [row.createdAt.toISOString(), row.id];

/** The referral if the caller is one of its sides or an admin, else null. */
export async function visibleReferral(ctx: Context, referralId: string) {
  const referral = await ctx.loadReferral(referralId);
  if (!referral) return null;
  return seesReferral({ referral, receivers: await ctx.loadReceivers(referral.id) }, ctx.identity) ? referral : null;
}

export const Query = {
  async referrals(_: unknown, args: ListArgs, ctx: Context, info: GraphQLResolveInfo) {
    guard.require(ctx.identity, 'readReferrals');
    const filter = parseInput(referralFilter, args.filter, 'filter') ?? {};
    const page = pageRequest(args, isNewestFirstCursor);
    const reader = referralReader(ctx.identity);
    const listFilter = { sentByMe: filter.sentByMe ?? undefined, receivedByMe: filter.receivedByMe ?? undefined, statuses: filter.statuses ?? undefined };
    const rows = await ctx.store.referralPage(reader, listFilter, page.limit + 1, page.after, selectsField(info, 'totalCount'));
    return {
      ...toPage(
        rows.map((row) => ({ ...row.referral, total: row.total })),
        page.limit,
        newestFirstKey,
      ),
      countTotal: pageTotal(rows, page.after, () => ctx.store.countReferrals(reader, listFilter)),
    };
  },

  async referral(_: unknown, args: { id: string }, ctx: Context) {
    guard.require(ctx.identity, 'readReferrals');
    return visibleReferral(ctx, parseInput(id('referral'), args.id, 'id'));
  },

  async referralSuggestions(_: unknown, args: { need: unknown; first?: number | null }, ctx: Context) {
    guard.require(ctx.identity, 'suggestReceivers');
    return suggestReceivers(ctx.store, ctx.identity, parseInput(referralNeed, args.need, 'need'), suggestionLimit(args.first));
  },

  async consultationThreads(_: unknown, args: ListArgs, ctx: Context, info: GraphQLResolveInfo) {
    guard.require(ctx.identity, 'readBoard');
    const filter = parseInput(threadFilter, args.filter, 'filter') ?? {};
    const page = pageRequest(args, isNewestFirstCursor);
    const reader = boardReader(ctx.identity);
    const listFilter = {
      fields: filter.fields ?? undefined,
      languages: filter.languages ?? undefined,
      prefectureCodes: filter.prefectureCodes ?? undefined,
      unsolvedOnly: filter.unsolvedOnly ?? undefined,
      mine: filter.mine ?? undefined,
      invitedMe: filter.invitedMe ?? undefined,
    };
    const rows = await ctx.store.threadPage(reader, listFilter, page.limit + 1, page.after, selectsField(info, 'totalCount'));
    return {
      ...toPage(
        rows.map((row) => ({ ...row.thread, total: row.total })),
        page.limit,
        newestFirstKey,
      ),
      countTotal: pageTotal(rows, page.after, () => ctx.store.countThreads(reader, listFilter)),
    };
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
