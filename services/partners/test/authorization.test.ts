import { beforeAll, describe, expect, it } from 'vitest';
import { errorCodes, type TestCaller } from '@portal/platform/testing';
import { admin, analyst, coordinator, localGovernment, proposal, usePartnersService } from './helpers';

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

const operations: Record<string, () => Promise<[string, Record<string, unknown>]>> = {
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
};

// Who may do what: every other role gets FORBIDDEN. Ministry and local government roles
// have reporting only.
const allowed: Record<string, string[]> = {
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

const callers: [string, TestCaller][] = [
  ['COORDINATOR', member],
  ['AGENCY_ADMIN', admin],
  ['MINISTRY_ANALYST', analyst],
  ['LOCAL_GOVERNMENT', localGovernment],
];

describe('role × operation', () => {
  it('covers every operation of the policy', async () => {
    const { guard } = await import('../src/authorization');
    const operationsOfPolicy = Object.keys(guard.policy).filter((op) => !op.startsWith('see'));
    expect(Object.keys(operations).sort()).toEqual(operationsOfPolicy.sort());
  });

  for (const [operation, build] of Object.entries(operations)) {
    for (const [role, caller] of callers) {
      const may = allowed[operation]!.includes(role);
      it(`${role} ${may ? 'may' : 'may not'} ${operation}`, async () => {
        const [query, variables] = await build();
        const res = await service.run(caller, query, variables);
        expect(errorCodes(res)).toEqual(may ? [] : ['FORBIDDEN']);
      });
    }
    it(`a caller without a signed identity cannot ${operation}`, async () => {
      const [query, variables] = await build();
      const res = await service.run(null, query, variables);
      expect(res.status).toBe(401);
      expect(errorCodes(res)).toEqual(['UNAUTHENTICATED']);
    });
  }
});
