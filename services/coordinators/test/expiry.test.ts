import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectDatabase, todayInJapan } from '@portal/platform';
import * as schema from '../src/db/schema';
import { announceExpiries } from '../src/expiry';
import { createStore, type Store } from '../src/store';
import { admin, REGISTER, SCHEDULE_TRAINING, useCoordinatorsService } from './helpers';

const service = useCoordinatorsService();
let database: ReturnType<typeof connectDatabase<typeof schema>>;
let store: Store;

beforeAll(() => {
  database = connectDatabase({ url: service.databaseUrl, schema, poolSize: 2 });
  store = createStore(database.db);
});
afterAll(() => database.close());

async function register(accountId: string): Promise<{ id: string; validUntil: string }> {
  const data = await service.ok(admin, REGISTER, { input: { accountId, name: '期限 太郎', cohortYear: 2025, activityRegions: [{ prefectureCode: '01' }] } });
  return { id: data.registerCoordinator.id, validUntil: data.registerCoordinator.certification.validUntil };
}

const expiredEvents = () =>
  database.sql<{ aggregateId: string; validUntil: string }[]>`
    select aggregate_id as "aggregateId", data->>'validUntil' as "validUntil" from outbox
    where type = 'coordinator.certification_expired' order by aggregate_id, data->>'validUntil'`;

/** An instant of the given day in Japan. */
const inJapan = (date: string) => new Date(`${date}T00:10:00+09:00`);
const dayAfter = (date: string) => new Date(Date.parse(`${date}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

describe('the expiry sweep', () => {
  it('announces an ACTIVE certification once its validUntil has passed, once, and again after a renewal runs out', async () => {
    const member = await register('idp|expires');
    const suspended = await register('idp|expires-suspended');
    await service.ok(admin, 'mutation($id: ID!) { setCertificationStatus(id: $id, status: SUSPENDED) { id } }', { id: suspended.id });

    expect(await announceExpiries(store, inJapan(member.validUntil))).toBe(0);
    expect(await announceExpiries(store, inJapan(dayAfter(member.validUntil)))).toBe(1);
    expect(await announceExpiries(store, inJapan(dayAfter(member.validUntil)))).toBe(0);
    expect(await expiredEvents()).toEqual([{ aggregateId: member.id, validUntil: member.validUntil }]);

    // Renewed after expiry (the training of the current validity done): the new validity expires in its turn.
    const session = await service.ok(admin, SCHEDULE_TRAINING, { input: { title: '研修', heldOn: todayInJapan(), format: 'ONLINE' } });
    await service.ok(admin, 'mutation($s: ID!, $c: ID!) { recordTrainingAttendance(sessionId: $s, coordinatorId: $c, completed: true) { completed } }', {
      s: session.scheduleTrainingSession.id,
      c: member.id,
    });
    const renewed = await service.ok(admin, 'mutation($id: ID!) { renewCertification(id: $id) { certification { validUntil } } }', { id: member.id });
    const next = renewed.renewCertification.certification.validUntil as string;
    expect(await announceExpiries(store, inJapan(dayAfter(member.validUntil)))).toBe(0);
    expect(await announceExpiries(store, inJapan(dayAfter(next)))).toBe(1);
    expect(await expiredEvents()).toEqual([
      { aggregateId: member.id, validUntil: member.validUntil },
      { aggregateId: member.id, validUntil: next },
    ]);
  });

  it('two sweeps at once announce each expiry once', async () => {
    const members = await Promise.all(['idp|sweep-a', 'idp|sweep-b', 'idp|sweep-c'].map(register));
    const later = inJapan('2099-01-01');
    const counts = await Promise.all([announceExpiries(store, later), announceExpiries(store, later)]);
    expect(counts[0]! + counts[1]!).toBe(members.length);
  });
});
