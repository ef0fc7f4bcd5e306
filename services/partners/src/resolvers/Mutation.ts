import { parseInput, type ReviewDecision } from '@portal/platform';
import { guard } from '../authorization';
import type { Context } from '../context';
import { partnerId, proposePartnerInput, reviewNote, updatePartnerInput } from '../inputs';
import { archivePartner, endorsePartner, proposePartner, reviewPartner, updatePartner, visiblePartner, withdrawEndorsement } from '../workflow';

interface ReviewArgs {
  id: string;
  decision: ReviewDecision;
  note?: string | null;
}

/** The partner with this id as the caller sees it (NOT_FOUND when they may not). */
async function partnerFor(ctx: Context, rawId: string) {
  const id = parseInput(partnerId, rawId, 'id');
  return visiblePartner(await ctx.loadPartner(id), ctx.identity, id);
}

export const Mutation = {
  async proposePartner(_: unknown, args: { input: unknown }, ctx: Context) {
    guard.require(ctx.identity, 'proposePartner');
    return proposePartner(ctx.store, ctx.identity, parseInput(proposePartnerInput, args.input, 'input'));
  },

  async reviewPartner(_: unknown, args: ReviewArgs, ctx: Context) {
    guard.require(ctx.identity, 'reviewPartner');
    const id = parseInput(partnerId, args.id, 'id');
    return reviewPartner(ctx.store, ctx.identity, id, args.decision, parseInput(reviewNote, args.note, 'note'), ctx.traceparent);
  },

  async archivePartner(_: unknown, args: { id: string; note?: string | null }, ctx: Context) {
    guard.require(ctx.identity, 'archivePartner');
    const id = parseInput(partnerId, args.id, 'id');
    return archivePartner(ctx.store, ctx.identity, id, parseInput(reviewNote, args.note, 'note'), ctx.traceparent);
  },

  async updatePartner(_: unknown, args: { id: string; input: unknown }, ctx: Context) {
    guard.require(ctx.identity, 'updatePartner');
    const id = parseInput(partnerId, args.id, 'id');
    return updatePartner(ctx.store, ctx.identity, id, parseInput(updatePartnerInput, args.input, 'input'), ctx.traceparent);
  },

  async endorsePartner(_: unknown, args: { id: string }, ctx: Context) {
    guard.require(ctx.identity, 'endorsePartner');
    return endorsePartner(ctx.store, ctx.identity, await partnerFor(ctx, args.id));
  },

  async withdrawEndorsement(_: unknown, args: { id: string }, ctx: Context) {
    guard.require(ctx.identity, 'withdrawEndorsement');
    return withdrawEndorsement(ctx.store, ctx.identity, await partnerFor(ctx, args.id));
  },
};
