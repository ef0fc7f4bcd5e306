import { badInput, conflict, forbidden, notFound, refusePersonalData, type Identity } from '@portal/platform';
import { answeringReceiver, guard, isSender, mayComplete, mayWithdraw, seesReferral, type ReferralParties } from './authorization';
import type { ReferralReceiverRow, ReferralRow } from './db/schema';
import { referralDeclined, referralNotice, referralStatusChanged } from './events';
import type { AnswerReferralInput, ReferralNeed, SendReferralInput } from './inputs';
import type { NewHistory, ReferralReader, Store } from './store';
import { placesNear, rankCandidates, type Suggestion } from './suggestions';
import type { ReferralAction, ReferralParty } from './vocabulary';

// The workflow: sent OPEN to one or more receivers → the first receiver to accept takes it
// (ACCEPTED), or every receiver declines (DECLINED) → the accepted receiver COMPLETES it.
// Either side may withdraw it while it is OPEN or ACCEPTED (WITHDRAWN). Every change is in
// the history, and every change of status is an event.

/** How many candidates of each kind are ranked: more than any need finds nearby in the directory. */
const CANDIDATES_RANKED = 1_000;

export const referralReader = (identity: Identity): ReferralReader => ({ accountId: identity.sub, everyReferral: guard.allows(identity, 'seeEveryReferral') });

/** Receivers ranked for the need: matching fields and languages, then nearest first. */
export async function suggestReceivers(store: Store, identity: Identity, need: ReferralNeed, limit: number): Promise<Suggestion[]> {
  const query = { fields: need.fields, prefectureCodes: placesNear(need.destinationPrefectureCode), excludeAccountId: identity.sub, limit: CANDIDATES_RANKED };
  const [coordinators, partners] = await Promise.all([store.candidateCoordinators(query), store.candidatePartners(query)]);
  return rankCandidates({ ...need, prefectureCode: need.destinationPrefectureCode }, coordinators, partners, limit);
}

const history = (referralId: string, action: ReferralAction, by: ReferralParty, at: Date, receiver?: ReferralReceiverRow): NewHistory => ({
  referralId,
  action,
  by,
  at,
  receiverId: receiver?.id ?? null,
  declineReason: action === 'DECLINED' ? (receiver?.declineReason ?? null) : null,
});

export async function sendReferral(store: Store, sender: Identity, input: SendReferralInput, traceparent: string, now = new Date()): Promise<ReferralRow> {
  // The resident's details travel outside the portal: the description must not carry them.
  refusePersonalData('input.description', input.description, "the resident's details are passed outside the portal");
  const coordinatorIds = input.receivers.flatMap((r) => (r.coordinatorId ? [r.coordinatorId] : []));
  const partnerIds = input.receivers.flatMap((r) => (r.partnerId ? [r.partnerId] : []));
  const [found, partners] = await Promise.all([store.activeCoordinators(coordinatorIds), store.approvedPartners(partnerIds)]);
  // Receivers, and the notices telling them, in the order the sender listed them.
  const coordinators = found.sort((a, b) => coordinatorIds.indexOf(a.coordinatorId) - coordinatorIds.indexOf(b.coordinatorId));
  const problems = input.receivers.flatMap((r, i) => {
    const field = `input.receivers.${i}`;
    if (r.partnerId) return partners.some((p) => p.partnerId === r.partnerId) ? [] : [{ field, message: 'is not an approved partner' }];
    const coordinator = coordinators.find((c) => c.coordinatorId === r.coordinatorId);
    if (!coordinator) return [{ field, message: 'is not a coordinator with an active certification' }];
    return coordinator.accountId === sender.sub ? [{ field, message: 'is the sender' }] : [];
  });
  if (problems.length > 0) throw badInput(problems);
  const { receivers: _receivers, residentDetailsOutsidePortal: _confirmed, ...content } = input;
  return store.transaction(async (tx) => {
    const referral = await tx.insertReferral({ ...content, senderAccountId: sender.sub, status: 'OPEN', createdAt: now, updatedAt: now });
    await tx.insertReceivers([
      ...coordinators.map((c) => ({ referralId: referral.id, kind: 'COORDINATOR' as const, coordinatorId: c.coordinatorId, accountId: c.accountId, answer: 'PENDING' as const })),
      ...partnerIds.map((partnerId) => ({ referralId: referral.id, kind: 'PARTNER' as const, partnerId, answer: 'PENDING' as const })),
    ]);
    await tx.recordHistory([history(referral.id, 'SENT', 'SENDER', now)]);
    await tx.recordEvents(
      [referralStatusChanged(referral, await tx.contributorIdOf(sender.sub)), ...coordinators.map((c) => referralNotice(c.accountId, 'RECEIVED', referral.urgency))],
      traceparent,
    );
    return referral;
  });
}

/** The referral with its receivers, locked: NOT_FOUND unless the caller sees it. */
async function lockedParties(tx: Store, identity: Identity, id: string): Promise<ReferralParties> {
  const referral = await tx.lockReferral(id);
  const parties = referral && { referral, receivers: await tx.receiversOf([id]) };
  if (!parties || !seesReferral(parties, identity)) throw notFound('Referral', id);
  return parties;
}

/** Records a status change: the row, its history entry and its event. */
async function changeStatus(tx: Store, parties: ReferralParties, patch: Pick<ReferralRow, 'status'> & Partial<ReferralRow>, entries: NewHistory[], traceparent: string, now: Date) {
  const referral = await tx.updateReferral(parties.referral.id, { ...patch, updatedAt: now });
  await tx.recordHistory(entries);
  // The sender's pseudonym even after their erasure would link to nobody; a flow of an erased sender is no longer recorded.
  if (referral.senderAccountId) await tx.recordEvents([referralStatusChanged(referral, await tx.contributorIdOf(referral.senderAccountId))], traceparent);
  const notice = senderNotice(referral, entries.at(-1)?.by);
  if (notice) await tx.recordEvents([notice], traceparent);
  return referral;
}

/**
 * The sender is told what a receiver did with their referral: accepted, declined by every
 * receiver, completed. Not what they did themselves (a partner's answer they recorded).
 */
function senderNotice(referral: ReferralRow, by: ReferralParty | undefined) {
  if (!referral.senderAccountId || by !== 'RECEIVER') return null;
  if (referral.status !== 'ACCEPTED' && referral.status !== 'DECLINED' && referral.status !== 'COMPLETED') return null;
  return referralNotice(referral.senderAccountId, referral.status);
}

/**
 * A receiver accepts or declines. Answers of one referral run one at a time (its row is
 * locked): of two receivers accepting at once, the first takes it and the other gets CONFLICT.
 */
export function answerReferral(store: Store, identity: Identity, input: AnswerReferralInput, traceparent: string, now = new Date()): Promise<ReferralRow> {
  return store.transaction(async (tx) => {
    const parties = await lockedParties(tx, identity, input.referralId);
    const receiver = answeringReceiver(parties, identity, input.partnerId);
    const { referral } = parties;
    if (referral.status !== 'OPEN') throw conflict(`The referral is ${referral.status} and takes no more answers`);
    if (receiver.answer !== 'PENDING') throw conflict(`This receiver has already ${receiver.answer.toLowerCase()} the referral`);
    const by: ReferralParty = input.partnerId ? 'SENDER' : 'RECEIVER';
    const answered = { ...receiver, answer: input.accept ? ('ACCEPTED' as const) : ('DECLINED' as const), declineReason: input.declineReason ?? null, answeredAt: now };
    await tx.answerReceiver(receiver.id, answered);
    if (input.accept) {
      return changeStatus(tx, parties, { status: 'ACCEPTED', acceptedReceiverId: receiver.id }, [history(referral.id, 'ACCEPTED', by, now, answered)], traceparent, now);
    }
    if (referral.senderAccountId) await tx.recordEvents([referralDeclined(referral, answered, await tx.contributorIdOf(referral.senderAccountId))], traceparent);
    const stillPending = parties.receivers.some((r) => r.id !== receiver.id && r.answer === 'PENDING');
    if (stillPending) {
      await tx.recordHistory([history(referral.id, 'DECLINED', by, now, answered)]);
      return tx.updateReferral(referral.id, { updatedAt: now });
    }
    return changeStatus(tx, parties, { status: 'DECLINED' }, [history(referral.id, 'DECLINED', by, now, answered)], traceparent, now);
  });
}

export function completeReferral(store: Store, identity: Identity, id: string, traceparent: string, now = new Date()): Promise<ReferralRow> {
  return store.transaction(async (tx) => {
    const parties = await lockedParties(tx, identity, id);
    if (!mayComplete(parties, identity)) throw forbidden('Only the receiver who accepted the referral completes it');
    if (parties.referral.status !== 'ACCEPTED') throw conflict(`A ${parties.referral.status} referral cannot be completed; only accepted ones can`);
    const by: ReferralParty = isSender(parties, identity) ? 'SENDER' : 'RECEIVER';
    return changeStatus(tx, parties, { status: 'COMPLETED' }, [history(id, 'COMPLETED', by, now)], traceparent, now);
  });
}

export function withdrawReferral(store: Store, identity: Identity, id: string, traceparent: string, now = new Date()): Promise<ReferralRow> {
  return store.transaction(async (tx) => {
    const parties = await lockedParties(tx, identity, id);
    if (!mayWithdraw(parties, identity)) throw forbidden('Only the sender or the receiver who accepted it withdraws a referral');
    const { status } = parties.referral;
    if (status !== 'OPEN' && status !== 'ACCEPTED') throw conflict(`A ${status} referral cannot be withdrawn`);
    const by: ReferralParty = isSender(parties, identity) ? 'SENDER' : 'RECEIVER';
    return changeStatus(tx, parties, { status: 'WITHDRAWN' }, [history(id, 'WITHDRAWN', by, now)], traceparent, now);
  });
}
