import { beforeAll, describe, expect, it } from 'vitest';
import type { Identity, Role } from '@portal/platform';
import { canSeeContact, isVisible } from '../src/authorization';
import { describeRoleMatrix, type RoleMatrixOperation } from '@portal/platform/testing';
import { admin, coordinator, REGISTER, useCoordinatorsService } from './helpers';

const service = useCoordinatorsService();
const member = coordinator('idp|matrix-member');
let memberId = '';

beforeAll(async () => {
  const res = await service.run(admin, REGISTER, {
    input: { accountId: member.sub, name: '田中 一郎', cohortYear: 2025, activityRegions: [{ prefectureCode: '13' }] },
  });
  memberId = res.data!.registerCoordinator.id;
});

const operations = {
  searchDirectory: () => ['{ coordinators { totalCount } }', {}],
  readCoordinator: () => ['query($id: ID!) { coordinator(id: $id) { id } }', { id: memberId }],
  readOwnProfile: () => ['{ me { id } }', {}],
  updateOwnProfile: () => ['mutation { updateMyProfile(input: { bio: "更新" }) { id } }', {}],
  registerCoordinator: () => [
    'mutation($input: RegisterCoordinatorInput!) { registerCoordinator(input: $input) { id } }',
    { input: { accountId: `idp|matrix-${Math.random()}`, name: '新規 登録', cohortYear: 2025, activityRegions: [{ prefectureCode: '01' }] } },
  ],
  setCertificationStatus: () => [
    'mutation($id: ID!) { setCertificationStatus(id: $id, status: ACTIVE) { id } }',
    { id: memberId },
  ],
  requestOwnErasure: () => ['mutation { requestMyErasure { requestedAt } }', {}],
  listErasureRequests: () => ['{ erasureRequests { requestedAt } }', {}],
  // A coordinator of its own for every role, so that an allowed erasure leaves the others theirs.
  eraseCoordinator: async () => {
    const res = await service.run(admin, REGISTER, {
      input: { accountId: `idp|matrix-erased-${Math.random()}`, name: '消去 対象', cohortYear: 2025, activityRegions: [{ prefectureCode: '01' }] },
    });
    return ['mutation($id: ID!) { eraseCoordinator(id: $id) { coordinatorId } }', { id: res.data!.registerCoordinator.id }];
  },
} satisfies Record<string, RoleMatrixOperation>;

// Who may do what: every other role gets FORBIDDEN.
const allowed: Record<keyof typeof operations, Role[]> = {
  searchDirectory: ['COORDINATOR', 'AGENCY_ADMIN'],
  readCoordinator: ['COORDINATOR', 'AGENCY_ADMIN'],
  readOwnProfile: ['COORDINATOR', 'AGENCY_ADMIN'],
  updateOwnProfile: ['COORDINATOR'],
  registerCoordinator: ['AGENCY_ADMIN'],
  setCertificationStatus: ['AGENCY_ADMIN'],
  requestOwnErasure: ['COORDINATOR'],
  listErasureRequests: ['AGENCY_ADMIN'],
  eraseCoordinator: ['AGENCY_ADMIN'],
};

describeRoleMatrix({ run: service.run, coordinator: member, operations, allowed });

describe('what each role sees of a coordinator', () => {
  const owner: Identity = { sub: 'idp|owner', roles: ['COORDINATOR'], prefectureCodes: [] };
  const colleague: Identity = { sub: 'idp|colleague', roles: ['COORDINATOR'], prefectureCodes: [] };
  const agency: Identity = { sub: 'idp|agency', roles: ['AGENCY_ADMIN'], prefectureCodes: [] };
  const ministry: Identity = { sub: 'idp|ministry', roles: ['MINISTRY_ANALYST'], prefectureCodes: [] };
  const viewers = [owner, colleague, agency, ministry];

  it('shows an ACTIVE certification (expired ones too) to everyone, a suspended or revoked one to its owner and agency admins only', () => {
    const seen = (certificationStatus: 'ACTIVE' | 'SUSPENDED' | 'REVOKED') =>
      viewers.map((viewer) => isVisible({ accountId: owner.sub, certificationStatus }, viewer));
    expect(seen('ACTIVE')).toEqual([true, true, true, true]);
    expect(seen('SUSPENDED')).toEqual([true, false, true, false]);
    expect(seen('REVOKED')).toEqual([true, false, true, false]);
  });

  it('shows PRIVATE contact details to their owner and agency admins only', () => {
    const seen = (contactVisibility: 'MEMBERS' | 'PRIVATE') => viewers.map((viewer) => canSeeContact({ accountId: owner.sub, contactVisibility }, viewer));
    expect(seen('MEMBERS')).toEqual([true, true, true, true]);
    expect(seen('PRIVATE')).toEqual([true, false, true, false]);
  });
});
