import type { Context } from '../context';
import type { ReferralHistoryRow, ReferralReceiverRow, ReferralRow } from '../db/schema';

const coordinatorRef = (accountId: string | null) => (accountId ? { __typename: 'Coordinator', accountId } : null);

export const Referral = {
  sentByMe: (row: ReferralRow, _args: unknown, ctx: Context) => row.senderAccountId === ctx.identity.sub,
  // Resolved by the directory; a former member (erased) is no one.
  sender: (row: ReferralRow) => coordinatorRef(row.senderAccountId),
  receivers: (row: ReferralRow, _args: unknown, ctx: Context) => ctx.loadReceivers(row.id),
  async acceptedBy(row: ReferralRow, _args: unknown, ctx: Context) {
    if (!row.acceptedReceiverId) return null;
    return (await ctx.loadReceivers(row.id)).find((r) => r.id === row.acceptedReceiverId) ?? null;
  },
  history: (row: ReferralRow, _args: unknown, ctx: Context) => ctx.loadHistory(row.id),
};

export const ReferralReceiver = {
  coordinator: (row: ReferralReceiverRow) => (row.kind === 'COORDINATOR' ? coordinatorRef(row.accountId) : null),
  partner: (row: ReferralReceiverRow) => (row.partnerId ? { __typename: 'PartnerOrganization', id: row.partnerId } : null),
  isMe: (row: ReferralReceiverRow, _args: unknown, ctx: Context) => row.kind === 'COORDINATOR' && row.accountId === ctx.identity.sub,
};

export const ReferralChange = {
  async receiver(row: ReferralHistoryRow, _args: unknown, ctx: Context) {
    if (!row.receiverId) return null;
    return (await ctx.loadReceivers(row.referralId)).find((r) => r.id === row.receiverId) ?? null;
  },
};
