import { beforeAll, describe, expect, it } from 'vitest';
import { errorCodes, type TestCaller } from '@portal/platform/testing';
import { admin, analyst, coordinator, localGovernment, REGISTER, useCoordinatorsService } from './helpers';

const service = useCoordinatorsService();
const member = coordinator('idp|matrix-member');
let memberId = '';

beforeAll(async () => {
  const res = await service.run(admin, REGISTER, {
    input: { accountId: member.sub, name: '田中 一郎', cohortYear: 2025, activityRegions: [{ prefectureCode: '13' }] },
  });
  memberId = res.data!.registerCoordinator.id;
});

const operations: Record<string, () => [string, Record<string, unknown>]> = {
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
};

// Who may do what: every other role gets FORBIDDEN.
const allowed: Record<string, string[]> = {
  searchDirectory: ['COORDINATOR', 'AGENCY_ADMIN'],
  readCoordinator: ['COORDINATOR', 'AGENCY_ADMIN'],
  readOwnProfile: ['COORDINATOR', 'AGENCY_ADMIN'],
  updateOwnProfile: ['COORDINATOR'],
  registerCoordinator: ['AGENCY_ADMIN'],
  setCertificationStatus: ['AGENCY_ADMIN'],
};

const callers: [string, TestCaller][] = [
  ['COORDINATOR', member],
  ['AGENCY_ADMIN', admin],
  ['MINISTRY_ANALYST', analyst],
  ['LOCAL_GOVERNMENT', localGovernment],
];

describe('role × operation', () => {
  for (const [operation, build] of Object.entries(operations)) {
    for (const [role, caller] of callers) {
      const may = allowed[operation]!.includes(role);
      it(`${role} ${may ? 'may' : 'may not'} ${operation}`, async () => {
        const [query, variables] = build();
        const res = await service.run(caller, query, variables);
        expect(errorCodes(res)).toEqual(may ? [] : ['FORBIDDEN']);
      });
    }
    it(`a caller without a signed identity cannot ${operation}`, async () => {
      const [query, variables] = build();
      const res = await service.run(null, query, variables);
      expect(res.status).toBe(401);
      expect(errorCodes(res)).toEqual(['UNAUTHENTICATED']);
    });
  }
});
