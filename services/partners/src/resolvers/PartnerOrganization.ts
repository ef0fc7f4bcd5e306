import { canSee, canSeeReviewDetails, guard } from '../authorization';
import type { Context } from '../context';
import type { PartnerRow } from '../db/schema';
import { summaryLanguages, summaryServiceAreas } from '../document';

/**
 * Another subgraph refers to a coordinator by the account id that the partners service
 * knows; a former member (erased) has none and is null.
 */
const coordinatorReference = (accountId: string | null) => (accountId ? { __typename: 'Coordinator', accountId } : null);

export const PartnerOrganization = {
  async __resolveReference(reference: { id: string }, ctx: Context) {
    guard.require(ctx.identity, 'readPartner');
    const row = await ctx.loadPartner(reference.id);
    return row && canSee(row, ctx.identity) ? row : null;
  },
  serviceAreas: (row: PartnerRow) => summaryServiceAreas(row.services),
  languages: (row: PartnerRow) => summaryLanguages(row.services),
  contact: (row: PartnerRow) => ({ phone: row.phone, email: row.email, url: row.website }),
  endorsedBy: async (row: PartnerRow, _args: unknown, ctx: Context) =>
    (await ctx.loadEndorsements(row.id)).map((e) => coordinatorReference(e.accountId)),
  viewerHasEndorsed: async (row: PartnerRow, _args: unknown, ctx: Context) =>
    (await ctx.loadEndorsements(row.id)).some((e) => e.accountId === ctx.identity.sub),
  proposedBy: (row: PartnerRow, _args: unknown, ctx: Context) =>
    canSeeReviewDetails(row, ctx.identity) ? coordinatorReference(row.proposedBy) : null,
  reviewNote: (row: PartnerRow, _args: unknown, ctx: Context) => (canSeeReviewDetails(row, ctx.identity) ? row.reviewNote : null),
  history: (row: PartnerRow, _args: unknown, ctx: Context) => (canSeeReviewDetails(row, ctx.identity) ? ctx.loadHistory(row.id) : null),
};
