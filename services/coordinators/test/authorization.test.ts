import { beforeAll, describe, expect, it } from 'vitest';
import { quarterOf, todayInJapan, type Identity, type Role } from '@portal/platform';
import { canSeeContact, canSeeTraining, isVisible } from '../src/authorization';
import { describeRoleMatrix, type RoleMatrixOperation } from '@portal/platform/testing';
import { admin, coordinator, REGISTER, SCHEDULE_TRAINING, useCoordinatorsService } from './helpers';

const service = useCoordinatorsService();
const member = coordinator('idp|matrix-member');
let memberId = '';
let sessionId = '';

beforeAll(async () => {
  const res = await service.run(admin, REGISTER, {
    input: { accountId: member.sub, name: '田中 一郎', cohortYear: 2025, activityRegions: [{ prefectureCode: '13' }] },
  });
  memberId = res.data!.registerCoordinator.id;
  const session = await service.run(admin, SCHEDULE_TRAINING, { input: { title: 'フォローアップ研修', heldOn: todayInJapan(), format: 'ONLINE' } });
  sessionId = session.data!.scheduleTrainingSession.id;
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
  readTrainingSessions: () => ['{ trainingSessions { id } }', {}],
  scheduleTrainingSession: () => [SCHEDULE_TRAINING, { input: { title: '研修', heldOn: '2026-07-01', format: 'IN_PERSON', prefectureCode: '13' } }],
  recordTrainingAttendance: () => [
    'mutation($s: ID!, $c: ID!) { recordTrainingAttendance(sessionId: $s, coordinatorId: $c, completed: true) { completed } }',
    { s: sessionId, c: memberId },
  ],
  // Without a completed training the renewal is a CONFLICT for those allowed: a coordinator of
  // its own with one, for every role.
  renewCertification: async () => {
    const res = await service.run(admin, REGISTER, {
      input: { accountId: `idp|matrix-renewed-${Math.random()}`, name: '更新 対象', cohortYear: 2025, activityRegions: [{ prefectureCode: '01' }] },
    });
    const id = res.data!.registerCoordinator.id;
    await service.ok(admin, 'mutation($s: ID!, $c: ID!) { recordTrainingAttendance(sessionId: $s, coordinatorId: $c, completed: true) { completed } }', { s: sessionId, c: id });
    return ['mutation($id: ID!) { renewCertification(id: $id) { id } }', { id }];
  },
  fileOwnActivityReport: () => [
    'mutation($input: FileActivityReportInput!) { fileActivityReport(input: $input) { id } }',
    { input: { quarter: quarterOf(todayInJapan()), prefectureCodes: ['13'], consultations: [{ field: 'MEDICAL', count: 3 }], languages: [], referralsToPartners: 0, referralsToCoordinators: 0 } },
  ],
  readOwnActivityReports: () => ['{ myActivityReports { id } }', {}],
  readActivityReportFiling: () => ['{ activityReportFiling(quarter: "2026-Q3") { due filed } }', {}],
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
  readTrainingSessions: ['COORDINATOR', 'AGENCY_ADMIN'],
  scheduleTrainingSession: ['AGENCY_ADMIN'],
  recordTrainingAttendance: ['AGENCY_ADMIN'],
  renewCertification: ['AGENCY_ADMIN'],
  fileOwnActivityReport: ['COORDINATOR'],
  readOwnActivityReports: ['COORDINATOR'],
  readActivityReportFiling: ['AGENCY_ADMIN', 'MINISTRY_ANALYST'],
};

describeRoleMatrix({ run: service.run, coordinator: member, operations, allowed, openWhileCertificationInactive: ['readOwnProfile', 'readTrainingSessions', 'requestOwnErasure'] });

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

  it('shows training history and renewal to their owner and agency admins only', () => {
    expect(viewers.map((viewer) => canSeeTraining({ accountId: owner.sub }, viewer))).toEqual([true, false, true, false]);
  });
});
