import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { applyCoordinatorEvent, projectedCoordinators, type CoordinatorSnapshot, type EventEnvelope } from '../../src/events';
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

const event = (type: string, occurredAt: string, data: CoordinatorSnapshot): EventEnvelope => ({
  id: randomUUID(),
  type,
  version: 1,
  occurredAt,
  producer: 'coordinators',
  data,
});

const apply = (e: EventEnvelope) => fixture.db.transaction((tx) => applyCoordinatorEvent(tx as never, e));

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
