import { randomUUID } from 'node:crypto';
import { portalEvent } from '@portal/platform/events';
import type { ReferralReceiverRow, ReferralRow, ThreadRow } from './db/schema';

// What other services learn of collaboration: codes, ids and the sender's or asker's
// pseudonym (reporting counts people by it), never a description, question or answer — but
// for the draft of a case study its author asked for. Notices name the one member they
// concern and nothing that the pseudonymous events carry (the argument is in the catalogue).

/** A referral's flow and its status now (OPEN when sent). */
export const referralStatusChanged = (referral: ReferralRow, contributorId: string) =>
  portalEvent('referral.status_changed', referral.id, {
    referralId: referral.id,
    contributorId,
    originPrefectureCode: referral.originPrefectureCode,
    destinationPrefectureCode: referral.destinationPrefectureCode,
    fields: referral.fields,
    status: referral.status,
  });

export const referralDeclined = (referral: ReferralRow, receiver: ReferralReceiverRow, contributorId: string) =>
  portalEvent('referral.declined', referral.id, {
    referralId: referral.id,
    contributorId,
    destinationPrefectureCode: referral.destinationPrefectureCode,
    fields: referral.fields,
    reason: receiver.declineReason!,
    receiverKind: receiver.kind,
  });

export const questionPosted = (thread: ThreadRow, contributorId: string) =>
  portalEvent('consultation.question_posted', thread.id, { threadId: thread.id, contributorId, prefectureCode: thread.prefectureCode, fields: thread.fields });

export const questionAnswered = (thread: ThreadRow) => portalEvent('consultation.question_answered', thread.id, { threadId: thread.id });

/**
 * Keyed by a new id, never the thread's: the asker's account would otherwise join the thread
 * that `consultation.question_posted` gives under the asker's pseudonym.
 */
export const caseStudyRequested = (thread: ThreadRow, draft: { authorAccountId: string; title: string; summary: string; body: string }) =>
  portalEvent('consultation.case_study_requested', randomUUID(), {
    fields: thread.fields,
    prefectureCode: thread.prefectureCode,
    ...draft,
  });

/** Tells one member of a referral of theirs: keyed by the account, never by the referral. */
export const referralNotice = (accountId: string, change: 'RECEIVED' | 'ACCEPTED' | 'DECLINED' | 'COMPLETED', urgency: string | null = null) =>
  portalEvent('referral.party_notice', accountId, { accountId, change, urgency });

/** Tells one member of a board post of theirs: keyed by the account, never by the thread or answer. */
export const boardNotice = (accountId: string, change: 'ANSWERED' | 'SOLVING') => portalEvent('consultation.author_notice', accountId, { accountId, change });
