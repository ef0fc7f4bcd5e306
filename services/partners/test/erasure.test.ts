import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { applyEvents, erasureEvent, mentionsIn } from '@portal/platform/testing';
import { applyCoordinatorErasure } from '../src/erasure';
import { admin, coordinator, DIRECTORY, ENDORSE, proposal, usePartnersService } from './helpers';

const service = usePartnersService();
const erased = coordinator('idp|partners-erased');
const other = coordinator('idp|partners-stays');
const erasure = erasureEvent({ coordinatorId: randomUUID(), accountId: erased.sub });

const PARTNER = /* GraphQL */ `
  query($id: ID!) {
    partner(id: $id) {
      name status endorsedBy { accountId } viewerHasEndorsed proposedBy { accountId }
      history { changedBy action field }
    }
  }
`;
const ENDORSED_PARTNERS = /* GraphQL */ `
  query($r: [_Any!]!) { _entities(representations: $r) { ... on Coordinator { endorsedPartners { name } } } }
`;

const partner = async (id: string, caller = admin) => (await service.ok(caller, PARTNER, { id })).partner;

describe('a coordinator erased from the partners service', () => {
  const ids = {} as Record<'proposedApproved' | 'proposedPending' | 'byOther', string>;
  let before: Record<string, any>;

  beforeAll(async () => {
    ids.proposedApproved = await service.addPartner(erased, proposal({ name: '消去される人の提案' }));
    ids.proposedPending = await service.addPartner(erased, proposal({ name: '審査待ちの提案' }), null);
    ids.byOther = await service.addPartner(other, proposal({ name: '他の人の提案' }));
    for (const id of [ids.proposedApproved, ids.byOther]) await service.ok(erased, ENDORSE, { id });
    await service.ok(other, ENDORSE, { id: ids.proposedApproved });
    before = await partner(ids.proposedApproved);
    expect(await mentionsIn(service.databaseUrl, [erased.sub])).not.toEqual([]);
    await applyEvents(service.databaseUrl, applyCoordinatorErasure, erasure);
  });

  it('holds their account id nowhere', async () => {
    expect(await mentionsIn(service.databaseUrl, [erased.sub])).toEqual([]);
  });

  it('keeps their endorsements as a former member’s: every count stays, the others’ stay theirs', async () => {
    expect(before.endorsedBy).toEqual([{ accountId: erased.sub }, { accountId: other.sub }]);
    const after = await partner(ids.proposedApproved);
    expect(after.endorsedBy).toEqual([null, { accountId: other.sub }]);
    expect((await partner(ids.byOther)).endorsedBy).toEqual([null]);
    expect((await partner(ids.byOther, other)).viewerHasEndorsed).toBe(false);
    expect((await partner(ids.proposedApproved, other)).viewerHasEndorsed).toBe(true);
  });

  it('shows their proposals and history entries as a former member’s, the admins’ entries unchanged', async () => {
    const after = await partner(ids.proposedApproved);
    expect(after.proposedBy).toBeNull();
    expect(after.history.map((h: { changedBy: string | null; action: string }) => [h.action, h.changedBy])).toEqual(
      before.history.map((h: { changedBy: string; action: string }) => [h.action, h.changedBy === erased.sub ? null : h.changedBy]),
    );
    const byAction = (history: { action: string; changedBy: string | null }[]) =>
      Object.fromEntries(['PROPOSE', 'APPROVE'].map((action) => [action, [...new Set(history.filter((h) => h.action === action).map((h) => h.changedBy))]]));
    expect(byAction(before.history)).toEqual({ PROPOSE: [erased.sub], APPROVE: [admin.sub] });
    expect(byAction(after.history)).toEqual({ PROPOSE: [null], APPROVE: [admin.sub] });
    // The partner itself is as it was.
    expect({ ...after, endorsedBy: undefined, proposedBy: undefined, history: undefined }).toEqual({
      ...before,
      endorsedBy: undefined,
      proposedBy: undefined,
      history: undefined,
    });
  });

  it('leaves a pending proposal in the admins’ review queue; nobody else sees it as theirs', async () => {
    const queue = await service.ok(admin, DIRECTORY, { filter: { statuses: ['PROPOSED'] } });
    expect(queue.partners.edges.map((e: { node: { name: string } }) => e.node.name)).toEqual(['審査待ちの提案']);
    expect((await partner(ids.proposedPending)).proposedBy).toBeNull();
    expect(await service.ok(erased, PARTNER, { id: ids.proposedPending })).toEqual({ partner: null });
  });

  it('lists no endorsed partners for their account any more', async () => {
    const res = await service.ok(admin, ENDORSED_PARTNERS, { r: [{ __typename: 'Coordinator', accountId: erased.sub }] });
    expect(res._entities).toEqual([{ endorsedPartners: [] }]);
  });

  it('changes nothing when the same erasure is applied again', async () => {
    const snapshot = await Promise.all(Object.values(ids).map((id) => partner(id)));
    await applyEvents(service.databaseUrl, applyCoordinatorErasure, erasure, erasure);
    expect(await Promise.all(Object.values(ids).map((id) => partner(id)))).toEqual(snapshot);
  });

  it('also forgets an account that reviewed a partner as agency staff; the review stays', async () => {
    const staffMember = { sub: 'idp|partners-staff-member', roles: ['COORDINATOR' as const, 'AGENCY_ADMIN' as const] };
    const id = await service.addPartner(other, proposal({ name: 'スタッフ兼会員が承認した連携先' }), null);
    await service.ok(staffMember, 'mutation($id: ID!) { reviewPartner(id: $id, decision: APPROVE) { id } }', { id });
    expect(await mentionsIn(service.databaseUrl, [staffMember.sub])).not.toEqual([]);
    await applyEvents(service.databaseUrl, applyCoordinatorErasure, erasureEvent({ coordinatorId: randomUUID(), accountId: staffMember.sub }));
    expect(await mentionsIn(service.databaseUrl, [staffMember.sub])).toEqual([]);
    expect((await partner(id)).status).toBe('APPROVED');
  });

  it('lets the other members endorse and withdraw as before', async () => {
    await service.ok(other, 'mutation($id: ID!) { withdrawEndorsement(id: $id) { id } }', { id: ids.proposedApproved });
    expect((await partner(ids.proposedApproved)).endorsedBy).toEqual([null]);
    await service.ok(other, ENDORSE, { id: ids.proposedApproved });
    expect((await partner(ids.proposedApproved)).endorsedBy).toEqual([null, { accountId: other.sub }]);
  });
});
