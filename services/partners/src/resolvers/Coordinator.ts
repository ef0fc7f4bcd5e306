import { canSee, guard } from '../authorization';
import type { Context } from '../context';

/** The coordinators subgraph owns Coordinator; this one adds the partners a coordinator vouches for. */
export const Coordinator = {
  __resolveReference(reference: { accountId: string }, ctx: Context) {
    guard.require(ctx.identity, 'readEndorsedPartners');
    return reference;
  },
  endorsedPartners: async (coordinator: { accountId: string }, _args: unknown, ctx: Context) =>
    (await ctx.loadEndorsedPartners(coordinator.accountId)).filter((row) => canSee(row, ctx.identity)),
};
