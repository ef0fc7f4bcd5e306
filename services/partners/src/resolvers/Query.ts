import type { GraphQLResolveInfo } from 'graphql';
import { isStringPair, pageRequest, pageTotal, parseInput, selectsField, toPage } from '@portal/platform';
import { canSee, guard, listingScope } from '../authorization';
import type { Context } from '../context';
import { partnerFilter, partnerId } from '../inputs';
import type { PartnerQuery } from '../store';

interface SearchArgs {
  filter?: unknown;
  first?: number | null;
  after?: string | null;
}

export const Query = {
  async partners(_: unknown, args: SearchArgs, ctx: Context, info: GraphQLResolveInfo) {
    guard.require(ctx.identity, 'listPartners');
    const filter = parseInput(partnerFilter, args.filter, 'filter') ?? {};
    const page = pageRequest(args, isStringPair);
    const query: PartnerQuery = {
      fields: filter.fields ?? undefined,
      prefectureCodes: filter.prefectureCodes ?? undefined,
      languages: filter.languages ?? undefined,
      text: filter.text ?? undefined,
      statuses: filter.statuses ?? undefined,
      proposedBy: filter.proposedByMe ? ctx.identity.sub : undefined,
      scope: listingScope(ctx.identity),
    };
    const rows = await ctx.store.search(query, page.limit + 1, page.after, selectsField(info, 'totalCount'));
    return {
      ...toPage(rows, page.limit, (row) => [row.sortKey, row.id]),
      countTotal: pageTotal(rows, page.after, () => ctx.store.count(query)),
    };
  },

  async partner(_: unknown, args: { id: string }, ctx: Context) {
    guard.require(ctx.identity, 'readPartner');
    const row = await ctx.loadPartner(parseInput(partnerId, args.id, 'id'));
    return row && canSee(row, ctx.identity) ? row : null;
  },
};
