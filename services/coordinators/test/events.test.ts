import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { admin, coordinator, REGISTER, UPDATE_PROFILE, useCoordinatorsService } from './helpers';

const service = useCoordinatorsService();
let sql: postgres.Sql;
beforeAll(() => {
  sql = postgres(service.databaseUrl, { max: 1 });
});
afterAll(() => sql.end());

const outbox = () => sql<{ type: string; aggregate_id: string; data: Record<string, unknown> }[]>`select type, aggregate_id, data from outbox order by seq`;
// The member's address travels alone, for notifications (tested below); every other event carries no contact.
const ADDRESS = 'notification_address.changed';
const snapshots = async () => (await outbox()).filter((e) => e.type !== ADDRESS);
const addresses = async () => (await outbox()).filter((e) => e.type === ADDRESS).map((e) => e.data);

describe('directory events', () => {
  let id = '';

  it('records coordinator.registered with the change, and no names or contacts', async () => {
    const res = await service.run(admin, REGISTER, {
      input: { accountId: 'idp|ev-1', name: '佐藤 花子', cohortYear: 2025, email: 'sato@example.jp', activityRegions: [{ prefectureCode: '09' }, { prefectureCode: '13' }], expertiseFields: ['MEDICAL'], languages: [{ code: 'ne', level: 'FLUENT' }] },
    });
    id = res.data!.registerCoordinator.id;
    const events = await snapshots();
    expect(events).toEqual([
      {
        type: 'coordinator.registered',
        aggregate_id: id,
        data: {
          coordinatorId: id,
          accountId: 'idp|ev-1',
          prefectureCodes: ['09', '13'],
          primaryPrefectureCode: '09',
          fields: ['MEDICAL'],
          languages: ['ne'],
          certificationStatus: 'ACTIVE',
          validUntil: res.data!.registerCoordinator.certification.validUntil,
        },
      },
    ]);
    expect(JSON.stringify(events)).not.toMatch(/佐藤|sato@example/);
  });

  it('records nothing for a registration that fails', async () => {
    await service.run(admin, REGISTER, { input: { accountId: 'idp|ev-1', name: '重複', cohortYear: 2025, activityRegions: [{ prefectureCode: '09' }] } });
    expect((await outbox()).map((e) => e.type)).toEqual(['coordinator.registered', ADDRESS]);
  });

  it('records profile and certification changes as snapshots', async () => {
    await service.run(coordinator('idp|ev-1'), UPDATE_PROFILE, { input: { bio: '自己紹介', expertiseFields: ['MEDICAL', 'WELFARE'] } });
    await service.run(admin, 'mutation($id: ID!) { setCertificationStatus(id: $id, status: SUSPENDED) { id } }', { id });
    const events = await snapshots();
    expect(events.map((e) => [e.type, e.data.fields, e.data.certificationStatus])).toEqual([
      ['coordinator.registered', ['MEDICAL'], 'ACTIVE'],
      ['coordinator.profile_updated', ['MEDICAL', 'WELFARE'], 'ACTIVE'],
      ['coordinator.certification_changed', ['MEDICAL', 'WELFARE'], 'SUSPENDED'],
    ]);
    expect(JSON.stringify(events)).not.toContain('自己紹介');
  });

  it('gives the member\'s own address to notifications alone, when registered and when it changes', async () => {
    expect(await addresses()).toEqual([{ coordinatorId: id, accountId: 'idp|ev-1', email: 'sato@example.jp' }]);
    await service.run(coordinator('idp|ev-1'), UPDATE_PROFILE, { input: { contact: { email: 'hanako@example.jp' } } });
    await service.run(coordinator('idp|ev-1'), UPDATE_PROFILE, { input: { bio: '住所は変えません' } });
    await service.run(coordinator('idp|ev-1'), UPDATE_PROFILE, { input: { contact: null } });
    expect(await addresses()).toEqual([
      { coordinatorId: id, accountId: 'idp|ev-1', email: 'sato@example.jp' },
      { coordinatorId: id, accountId: 'idp|ev-1', email: 'hanako@example.jp' },
      { coordinatorId: id, accountId: 'idp|ev-1', email: null },
    ]);
  });
});
