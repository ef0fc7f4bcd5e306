import { badInput, conflict, notFound, todayInJapan, type Identity, type ReviewDecision } from '@portal/platform';
import { canSee } from './authorization';
import type { ChangeAction, PartnerRow } from './db/schema';
import { derivedColumns, documentOf, proposedDocument, updatedDocument } from './document';
import { documentChanges, fieldChanges, type FieldChange } from './history';
import type { ProposePartnerInput, UpdatePartnerInput } from './inputs';
import { partnerEvent } from './events';
import type { Store } from './store';

// PROPOSED → APPROVED | REJECTED (an agency admin's review), APPROVED → ARCHIVED.
// Every change is written to the history in the same transaction as the change itself.

const WORKFLOW_FIELDS = ['status', 'reviewNote', 'assuredDate'] as const;

const historyRows = (partnerId: string, by: Identity, action: ChangeAction, list: FieldChange[]) =>
  list.map((change) => ({ partnerId, changedBy: by.sub, action, ...change }));

export async function proposePartner(store: Store, identity: Identity, input: ProposePartnerInput): Promise<PartnerRow> {
  const document = proposedDocument(input);
  return store.transaction(async (tx) => {
    const row = await tx.insert({ ...document, ...derivedColumns(document), status: 'PROPOSED', proposedBy: identity.sub });
    await tx.insertChanges(
      historyRows(row.id, identity, 'PROPOSE', [{ field: 'status', previousValue: null, replacementValue: 'PROPOSED' }, ...documentChanges(null, document)]),
    );
    return row;
  });
}

/** Locks the partner for a change by an agency admin; NOT_FOUND if there is none. */
async function lockPartner(tx: Store, id: string): Promise<PartnerRow> {
  const row = await tx.lockById(id);
  if (!row) throw notFound('Partner', id);
  return row;
}

/**
 * Approves or rejects a proposal, only once. Approving records that the agency has checked
 * the entry today (assuredDate); a rejection must say why, for the proposer.
 */
export async function reviewPartner(
  store: Store,
  identity: Identity,
  id: string,
  decision: ReviewDecision,
  note: string | null,
  traceparent: string,
): Promise<PartnerRow> {
  if (decision === 'REJECT' && !note) throw badInput({ field: 'note', message: 'must say why the proposal is rejected' });
  return store.transaction(async (tx) => {
    const current = await lockPartner(tx, id);
    if (current.status !== 'PROPOSED') throw conflict(`Partner ${id} is ${current.status}; only PROPOSED partners can be reviewed`);
    const patch = {
      status: decision === 'APPROVE' ? ('APPROVED' as const) : ('REJECTED' as const),
      reviewNote: note,
      reviewedBy: identity.sub,
      reviewedAt: new Date(),
      ...(decision === 'APPROVE' ? { assuredDate: todayInJapan() } : {}),
    };
    const row = (await tx.update(id, patch))!;
    await tx.insertChanges(historyRows(id, identity, decision, fieldChanges(current, row, WORKFLOW_FIELDS)));
    if (row.status === 'APPROVED') await tx.recordEvents([partnerEvent('partner.approved', row)], traceparent);
    return row;
  });
}

/** Takes an approved partner out of the directory; the note, if any, replaces the review note. */
export async function archivePartner(store: Store, identity: Identity, id: string, note: string | null, traceparent: string): Promise<PartnerRow> {
  return store.transaction(async (tx) => {
    const current = await lockPartner(tx, id);
    if (current.status !== 'APPROVED') throw conflict(`Partner ${id} is ${current.status}; only APPROVED partners can be archived`);
    const row = (await tx.update(id, { status: 'ARCHIVED', ...(note ? { reviewNote: note } : {}) }))!;
    await tx.insertChanges(historyRows(id, identity, 'ARCHIVE', fieldChanges(current, row, WORKFLOW_FIELDS)));
    await tx.recordEvents([partnerEvent('partner.archived', row)], traceparent);
    return row;
  });
}

/** An agency admin's edit: history entries per changed field; nothing is written when nothing changes. */
export async function updatePartner(store: Store, identity: Identity, id: string, input: UpdatePartnerInput, traceparent: string): Promise<PartnerRow> {
  return store.transaction(async (tx) => {
    const current = await lockPartner(tx, id);
    const before = documentOf(current);
    const after = updatedDocument(before, input);
    const assuredDate = input.assuredDate !== undefined ? input.assuredDate : current.assuredDate;
    const changed = [...documentChanges(before, after), ...fieldChanges(current, { assuredDate }, ['assuredDate'])];
    if (changed.length === 0) return current;
    const row = (await tx.update(id, { ...after, ...derivedColumns(after), assuredDate }))!;
    await tx.insertChanges(historyRows(id, identity, 'UPDATE', changed));
    if (row.status === 'APPROVED') await tx.recordEvents([partnerEvent('partner.approved', row)], traceparent);
    return row;
  });
}

/** A partner the caller may act on: NOT_FOUND also when they may not see it, so as not to reveal it. */
export function visiblePartner(row: PartnerRow | null, identity: Identity, id: string): PartnerRow {
  if (!row || !canSee(row, identity)) throw notFound('Partner', id);
  return row;
}

/** A coordinator vouches for an approved partner, once: endorsing again changes nothing. */
export async function endorsePartner(store: Store, identity: Identity, row: PartnerRow): Promise<PartnerRow> {
  if (row.status !== 'APPROVED') throw conflict(`Partner ${row.id} is ${row.status}; only APPROVED partners can be endorsed`);
  await store.endorse(row.id, identity.sub);
  return row;
}

/** Withdraws the caller's endorsement; without one, nothing changes. */
export async function withdrawEndorsement(store: Store, identity: Identity, row: PartnerRow): Promise<PartnerRow> {
  await store.withdrawEndorsement(row.id, identity.sub);
  return row;
}
