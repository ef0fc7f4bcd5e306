import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  applyCoordinatorEvent,
  coordinatorProjection,
  projectedCoordinators,
  type CoordinatorErasure,
  type CoordinatorSnapshot,
  type EventEnvelope,
} from '../../src/events';
import { useEventsFixture } from './fixture';

const fixture = useEventsFixture();
const coordinatorId = randomUUID();

const snapshot = (changes: Partial<CoordinatorSnapshot>): CoordinatorSnapshot => ({
  coordinatorId,
  accountId: 'idp|c-1',
  prefectureCodes: ['09'],
  primaryPrefectureCode: '09',
  fields: ['MEDICAL'],
  languages: ['ne'],
  certificationStatus: 'ACTIVE',
  validUntil: '2029-03-31',
  ...changes,
});

const event = (type: string, occurredAt: string, data: CoordinatorSnapshot | CoordinatorErasure): EventEnvelope => ({
  id: randomUUID(),
  type,
  version: 1,
  occurredAt,
  producer: 'coordinators',
  data,
});

const apply = (e: EventEnvelope) => fixture.db.transaction((tx) => applyCoordinatorEvent(tx, e));

describe('the coordinator projection', () => {
  it('keeps the newest snapshot, whatever order the events arrive in', async () => {
    await apply(event('coordinator.profile_updated', '2026-11-02T00:00:00.000Z', snapshot({ prefectureCodes: ['13', '14'], primaryPrefectureCode: '13' })));
    await apply(event('coordinator.registered', '2026-11-01T00:00:00.000Z', snapshot({})));
    const [row] = await projectedCoordinators(fixture.db, ['idp|c-1']);
    expect(row).toMatchObject({ coordinatorId, prefectureCodes: ['13', '14'], primaryPrefectureCode: '13', fields: ['MEDICAL'] });

    await apply(event('coordinator.certification_changed', '2026-11-03T00:00:00.000Z', snapshot({ prefectureCodes: ['13', '14'], primaryPrefectureCode: '13', certificationStatus: 'SUSPENDED' })));
    expect((await projectedCoordinators(fixture.db, ['idp|c-1']))[0]?.certificationStatus).toBe('SUSPENDED');
  });

  it('ignores events of other aggregates and finds nothing for unknown accounts', async () => {
    await apply({ ...event('partner.approved', '2026-11-04T00:00:00.000Z', snapshot({})), data: {} });
    expect(await projectedCoordinators(fixture.db, ['idp|unknown'])).toEqual([]);
  });
});

describe('the coordinator projection when a coordinator is erased', () => {
  const erasedId = randomUUID();
  const erasure = { coordinatorId: erasedId, accountId: 'idp|erased-1' };
  const rows = () => fixture.db.select().from(coordinatorProjection).orderBy(coordinatorProjection.accountId);
  const others = async () => (await rows()).filter((row) => row.coordinatorId !== erasedId);

  it('keeps nothing of them but a tombstone under their coordinator id, which no count or lookup finds', async () => {
    const before = await others();
    await apply(event('coordinator.registered', '2026-11-05T00:00:00.000Z', snapshot({ coordinatorId: erasedId, accountId: 'idp|erased-1' })));
    await apply(event('coordinator.erased', '2026-11-06T00:00:00.000Z', erasure));
    expect(await projectedCoordinators(fixture.db, ['idp|erased-1'])).toEqual([]);
    // as_of prints in the server's time zone: compared as an instant below.
    const tombstones = (await rows()).filter((row) => row.coordinatorId === erasedId);
    expect(tombstones.map(({ asOf: _asOf, ...row }) => row)).toEqual([
      {
        accountId: `erased:${erasedId}`,
        coordinatorId: erasedId,
        prefectureCodes: [],
        primaryPrefectureCode: null,
        fields: [],
        languages: [],
        certificationStatus: 'ERASED',
        validUntil: '2026-11-06',
      },
    ]);
    expect(new Date(tombstones[0]!.asOf).toISOString()).toBe('2026-11-06T00:00:00.000Z');
    expect(JSON.stringify(await rows())).not.toContain('idp|erased-1');
    expect(await others()).toEqual(before);
  });

  it('refuses a snapshot of theirs that arrives after the erasure (a late redelivery)', async () => {
    await apply(event('coordinator.profile_updated', '2026-11-05T12:00:00.000Z', snapshot({ coordinatorId: erasedId, accountId: 'idp|erased-1' })));
    expect(await projectedCoordinators(fixture.db, ['idp|erased-1'])).toEqual([]);
  });

  it('changes nothing when the same erasure is applied again', async () => {
    const before = await rows();
    await apply(event('coordinator.erased', '2026-11-07T00:00:00.000Z', erasure));
    expect(await rows()).toEqual(before);
  });

  it('still projects a coordinator registered again under the same account, who gets a new coordinator id', async () => {
    await apply(event('coordinator.registered', '2026-11-08T00:00:00.000Z', snapshot({ coordinatorId: randomUUID(), accountId: 'idp|erased-1', prefectureCodes: ['47'] })));
    expect((await projectedCoordinators(fixture.db, ['idp|erased-1'])).map((row) => row.prefectureCodes)).toEqual([['47']]);
  });
});
