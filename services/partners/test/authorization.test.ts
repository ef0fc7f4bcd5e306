import { beforeAll, expect, it } from 'vitest';
import type { Role } from '@portal/platform';
import { describeRoleMatrix, type RoleMatrixOperation } from '@portal/platform/testing';
import { coordinator, proposal, usePartnersService } from './helpers';

const service = usePartnersService();
const member = coordinator('idp|matrix-member');
const proposer = coordinator('idp|matrix-proposer');
let approvedId = '';
let partners = 0;

/** A fresh partner in the status an operation needs, so that each allowed call can succeed. */
const freshPartner = (review: 'APPROVE' | null) => service.addPartner(proposer, proposal({ name: `連携先 ${++partners}` }), review);

beforeAll(async () => {
  approvedId = await freshPartner('APPROVE');
});

const operations = {
  listPartners: async () => ['{ partners { totalCount } }', {}],
  readPartner: async () => ['query($id: ID!) { partner(id: $id) { id } }', { id: approvedId }],
  proposePartner: async () => ['mutation($input: ProposePartnerInput!) { proposePartner(input: $input) { id } }', { input: proposal() }],
  reviewPartner: async () => [
    'mutation($id: ID!) { reviewPartner(id: $id, decision: APPROVE) { id } }',
    { id: await freshPartner(null) },
  ],
  archivePartner: async () => ['mutation($id: ID!) { archivePartner(id: $id) { id } }', { id: await freshPartner('APPROVE') }],
  updatePartner: async () => ['mutation($id: ID!) { updatePartner(id: $id, input: { description: "更新" }) { id } }', { id: approvedId }],
  endorsePartner: async () => ['mutation($id: ID!) { endorsePartner(id: $id) { id } }', { id: approvedId }],
  withdrawEndorsement: async () => ['mutation($id: ID!) { withdrawEndorsement(id: $id) { id } }', { id: approvedId }],
  readEndorsedPartners: async () => [
    'query($r: [_Any!]!) { _entities(representations: $r) { ... on Coordinator { endorsedPartners { id } } } }',
    { r: [{ __typename: 'Coordinator', accountId: member.sub }] },
  ],
} satisfies Record<string, RoleMatrixOperation>;

// Who may do what: every other role gets FORBIDDEN. Ministry and local government roles
// have reporting only.
const allowed: Record<keyof typeof operations, Role[]> = {
  listPartners: ['COORDINATOR', 'AGENCY_ADMIN'],
  readPartner: ['COORDINATOR', 'AGENCY_ADMIN'],
  proposePartner: ['COORDINATOR'],
  reviewPartner: ['AGENCY_ADMIN'],
  archivePartner: ['AGENCY_ADMIN'],
  updatePartner: ['AGENCY_ADMIN'],
  endorsePartner: ['COORDINATOR'],
  withdrawEndorsement: ['COORDINATOR'],
  readEndorsedPartners: ['COORDINATOR', 'AGENCY_ADMIN'],
};

describeRoleMatrix({ run: service.run, coordinator: member, operations, allowed }, () => {
  it('covers every operation of the policy', async () => {
    const { guard } = await import('../src/authorization');
    const operationsOfPolicy = Object.keys(guard.policy).filter((op) => !op.startsWith('see'));
    expect(Object.keys(operations).sort()).toEqual(operationsOfPolicy.sort());
  });
});
