import { createGuard, forbidden, type Identity } from '@portal/platform';
import type { AnswerRow, ReferralReceiverRow, ReferralRow, ThreadRow } from './db/schema';

/**
 * Who may do what with referrals and the consultation board: every decision of this service
 * is made from here, the roles below and the rows each caller may see further down.
 * Ministries and local governments see collaboration only as reporting's figures.
 */
export const guard = createGuard({
  readReferrals: ['COORDINATOR', 'AGENCY_ADMIN'],
  suggestReceivers: ['COORDINATOR', 'AGENCY_ADMIN'],
  sendReferral: ['COORDINATOR'],
  answerReferral: ['COORDINATOR'],
  completeReferral: ['COORDINATOR'],
  withdrawReferral: ['COORDINATOR'],
  readBoard: ['COORDINATOR', 'AGENCY_ADMIN'],
  suggestExperts: ['COORDINATOR', 'AGENCY_ADMIN'],
  askQuestion: ['COORDINATOR'],
  answerQuestion: ['COORDINATOR'],
  editPost: ['COORDINATOR'],
  markSolvingAnswer: ['COORDINATOR'],
  inviteExperts: ['COORDINATOR'],
  requestCaseStudyDraft: ['COORDINATOR'],
  moderateBoard: ['AGENCY_ADMIN'],
  // Not operations a caller asks for, but what a caller may see in what they read.
  seeEveryReferral: ['AGENCY_ADMIN'],
  seeHeldAndHiddenPosts: ['AGENCY_ADMIN'],
});

export type Operation = keyof typeof guard.policy;

/** Where the caller stands in a referral: its sender, one of its receiving coordinators, or neither. */
export interface ReferralParties {
  referral: ReferralRow;
  receivers: readonly ReferralReceiverRow[];
}

export const isSender = ({ referral }: ReferralParties, identity: Identity) => referral.senderAccountId === identity.sub;

export const receiverOf = ({ receivers }: ReferralParties, identity: Identity) =>
  receivers.find((r) => r.kind === 'COORDINATOR' && r.accountId === identity.sub);

/** Only the two sides of a referral and agency admins see it. */
export const seesReferral = (parties: ReferralParties, identity: Identity) =>
  isSender(parties, identity) || receiverOf(parties, identity) !== undefined || guard.allows(identity, 'seeEveryReferral');

/**
 * The receiver on whose behalf the caller answers: a coordinator answers for themselves; the
 * sender records what a partner organisation told them (partners have no portal accounts).
 */
export function answeringReceiver(parties: ReferralParties, identity: Identity, partnerId: string | null | undefined): ReferralReceiverRow {
  if (partnerId) {
    if (!isSender(parties, identity)) throw forbidden("Only the sender records a partner's answer");
    const partner = parties.receivers.find((r) => r.partnerId === partnerId);
    if (!partner) throw forbidden('The partner is not a receiver of this referral');
    return partner;
  }
  const own = receiverOf(parties, identity);
  if (!own) throw forbidden('Only a receiver answers a referral');
  return own;
}

/** The accepted receiver completes; for a partner, the sender records it. */
export function mayComplete(parties: ReferralParties, identity: Identity): boolean {
  const accepted = parties.receivers.find((r) => r.id === parties.referral.acceptedReceiverId);
  if (!accepted) return false;
  return accepted.kind === 'PARTNER' ? isSender(parties, identity) : accepted.accountId === identity.sub;
}

/** Either side withdraws: the sender, or the coordinator who accepted it. */
export function mayWithdraw(parties: ReferralParties, identity: Identity): boolean {
  const accepted = parties.receivers.find((r) => r.id === parties.referral.acceptedReceiverId);
  return isSender(parties, identity) || (accepted?.kind === 'COORDINATOR' && accepted.accountId === identity.sub);
}

/** A post (question or answer) is readable by members once it passed the screen and while it is not hidden. */
const isPublic = (post: Pick<ThreadRow, 'piiFindings' | 'hiddenAt'>) => post.piiFindings.length === 0 && post.hiddenAt === null;

export const isAsker = (thread: ThreadRow, identity: Identity) => thread.askerAccountId === identity.sub;
export const isAuthor = (answer: AnswerRow, identity: Identity) => answer.authorAccountId === identity.sub;

/** Its author always sees their own post (with its findings or the moderator's reason); admins see every post. */
export const seesThread = (thread: ThreadRow, identity: Identity) =>
  isPublic(thread) || isAsker(thread, identity) || guard.allows(identity, 'seeHeldAndHiddenPosts');

export const seesAnswer = (answer: AnswerRow, identity: Identity) =>
  isPublic(answer) || isAuthor(answer, identity) || guard.allows(identity, 'seeHeldAndHiddenPosts');

/** Findings and the moderator's reason are between the author and the agency. */
export const seesThreadDetails = (thread: ThreadRow, identity: Identity) => isAsker(thread, identity) || guard.allows(identity, 'seeHeldAndHiddenPosts');
export const seesAnswerDetails = (answer: AnswerRow, identity: Identity) => isAuthor(answer, identity) || guard.allows(identity, 'seeHeldAndHiddenPosts');

export { isPublic };
