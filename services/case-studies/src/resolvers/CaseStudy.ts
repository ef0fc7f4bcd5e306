import { guard, isVisible, seesReviewDetails } from '../authorization';
import type { Context } from '../context';
import type { CaseStudyRow } from '../db/schema';
import { isUuid } from '../inputs';

export const CaseStudy = {
  async __resolveReference(reference: { id: string }, ctx: Context) {
    guard.require(ctx.identity, 'readCaseStudies');
    if (!isUuid(reference.id)) return null;
    const row = await ctx.loadCaseStudy(reference.id);
    return row && isVisible(row, ctx.identity) ? row : null;
  },
  reviewerNote: (row: CaseStudyRow, _args: unknown, ctx: Context) => (seesReviewDetails(row, ctx.identity) ? row.reviewerNote : null),
  piiFindings: (row: CaseStudyRow, _args: unknown, ctx: Context) => (seesReviewDetails(row, ctx.identity) ? row.piiFindings : []),
  // Resolved by the directory, which hides coordinators it does not list to the caller; a
  // former member (erased) is no one.
  author: (row: CaseStudyRow) => (row.authorAccountId ? { __typename: 'Coordinator', accountId: row.authorAccountId } : null),
};
