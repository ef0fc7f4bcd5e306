import { isPublic, seesAnswer, seesAnswerDetails, seesThreadDetails } from '../authorization';
import type { Context } from '../context';
import type { AnswerRow, ThreadRow } from '../db/schema';

const visibility = (post: Pick<ThreadRow, 'hiddenAt' | 'piiFindings'>) => (post.hiddenAt ? 'HIDDEN' : post.piiFindings.length > 0 ? 'HELD' : 'VISIBLE');

async function readableAnswers(thread: ThreadRow, ctx: Context) {
  return (await ctx.loadAnswers(thread.id)).filter((answer) => seesAnswer(answer, ctx.identity));
}

export const ConsultationThread = {
  visibility,
  piiFindings: (row: ThreadRow, _args: unknown, ctx: Context) => (seesThreadDetails(row, ctx.identity) ? row.piiFindings : []),
  hiddenReason: (row: ThreadRow, _args: unknown, ctx: Context) => (seesThreadDetails(row, ctx.identity) ? row.hiddenReason : null),
  askedByMe: (row: ThreadRow, _args: unknown, ctx: Context) => row.askerAccountId === ctx.identity.sub,
  async invitedMe(row: ThreadRow, _args: unknown, ctx: Context) {
    return (await ctx.loadInvitations(row.id)).some((invitation) => invitation.accountId === ctx.identity.sub);
  },
  async invitedExperts(row: ThreadRow, _args: unknown, ctx: Context) {
    if (!seesThreadDetails(row, ctx.identity)) return [];
    return (await ctx.loadInvitations(row.id)).flatMap((invitation) => (invitation.accountId ? [{ __typename: 'Coordinator', accountId: invitation.accountId }] : []));
  },
  answers: (row: ThreadRow, _args: unknown, ctx: Context) => readableAnswers(row, ctx),
  async solvingAnswer(row: ThreadRow, _args: unknown, ctx: Context) {
    return (await readableAnswers(row, ctx)).find((answer) => answer.id === row.solvingAnswerId && isPublic(answer)) ?? null;
  },
  caseStudyDraftRequestedAt: (row: ThreadRow) => row.caseStudyRequestedAt,
};

export const ConsultationAnswer = {
  visibility,
  piiFindings: (row: AnswerRow, _args: unknown, ctx: Context) => (seesAnswerDetails(row, ctx.identity) ? row.piiFindings : []),
  hiddenReason: (row: AnswerRow, _args: unknown, ctx: Context) => (seesAnswerDetails(row, ctx.identity) ? row.hiddenReason : null),
  byMe: (row: AnswerRow, _args: unknown, ctx: Context) => row.authorAccountId === ctx.identity.sub,
  async isSolving(row: AnswerRow, _args: unknown, ctx: Context) {
    return (await ctx.loadThread(row.threadId))?.solvingAnswerId === row.id;
  },
};
