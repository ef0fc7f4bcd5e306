import type { GraphQLResolveInfo } from 'graphql';
import { connection, type FilteredConnectionArgs, isStringPair, parseInput } from '@portal/platform';
import { canSee, guard, listingScope } from '../authorization';
import type { Context } from '../context';
import { partnerFilter, partnerId } from '../inputs';
import type { PartnerQuery } from '../store';

export const Query = {
  async partners(_: unknown, args: FilteredConnectionArgs, ctx: Context, info: GraphQLResolveInfo) {
    guard.require(ctx.identity, 'listPartners');
    const { proposedByMe, ...filter } = parseInput(partnerFilter, args.filter, 'filter');
    const query: PartnerQuery = { ...filter, proposedBy: proposedByMe ? ctx.identity.sub : undefined, scope: listingScope(ctx.identity) };
    return connection(args, info, {
      isKey: isStringPair,
      rows: (limit, after, withTotal) => ctx.store.search(query, limit, after, withTotal),
      keyOf: (row): [string, string] => [row.sortKey, row.id],
      count: () => ctx.store.count(query),
    });
  },

  async partner(_: unknown, args: { id: string }, ctx: Context) {
    guard.require(ctx.identity, 'readPartner');
    const row = await ctx.loadPartner(parseInput(partnerId, args.id, 'id'));
    return row && canSee(row, ctx.identity) ? row : null;
  },
};
