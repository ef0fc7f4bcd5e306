import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { coordinatorEventHandler, deadLetters, type CoordinatorErasure, type EventEnvelope } from '../../src/events';
import { items, useEventsFixture } from './fixture';

const fixture = useEventsFixture();

const erasure = (accountId: string): CoordinatorErasure => ({ coordinatorId: randomUUID(), accountId });
const envelope = (type: string, data: Record<string, unknown>): EventEnvelope => ({
  id: randomUUID(),
  type,
  version: 1,
  occurredAt: '2026-11-10T00:00:00.000Z',
  producer: 'coordinators',
  data,
});

/** A dead letter as the consumer writes it: the message as it travelled. */
const deadLetter = (event: EventEnvelope | string) => ({
  consumer: 'tests',
  subject: 'portal.coordinator.registered',
  eventId: typeof event === 'string' ? null : event.id,
  payload: typeof event === 'string' ? event : JSON.stringify(event),
  reason: 'failed',
  deliveries: 5,
});

describe('coordinator events in a service', () => {
  const forgotten: CoordinatorErasure[] = [];
  // A service keeping an item per account, forgetting it on erasure.
  const handle = coordinatorEventHandler({
    forget: async (tx, erased) => {
      forgotten.push(erased);
      await tx.delete(items).where(sql`${items.id} = ${erased.accountId}`);
    },
  });
  const apply = (event: EventEnvelope) => fixture.db.transaction((tx) => handle(tx, event));

  it('deletes the dead letters that carry the erased account or coordinator, and no one else’s', async () => {
    const erased = erasure('idp|c-1');
    const registered = envelope('coordinator.registered', { coordinatorId: erased.coordinatorId, accountId: 'idp|c-1', prefectureCodes: [] });
    const byCoordinatorIdOnly = envelope('coordinator.profile_updated', { coordinatorId: erased.coordinatorId });
    const someoneElse = envelope('coordinator.registered', { coordinatorId: randomUUID(), accountId: 'idp|c-10' });
    await fixture.db.insert(deadLetters).values([deadLetter(registered), deadLetter(byCoordinatorIdOnly), deadLetter(someoneElse), deadLetter('not json')]);
    await fixture.db.insert(items).values([{ id: 'idp|c-1', quantity: 1 }, { id: 'idp|c-10', quantity: 2 }]);

    const event = envelope('coordinator.erased', erased);
    await apply(event);
    const left = await fixture.db.select({ payload: deadLetters.payload }).from(deadLetters);
    expect(left.map((row) => row.payload).sort()).toEqual([JSON.stringify(someoneElse), 'not json'].sort());
    expect(await fixture.db.select().from(items)).toEqual([{ id: 'idp|c-10', quantity: 2 }]);
    expect(forgotten).toEqual([erased]);

    // The same erasure again finds nothing left to change.
    await apply(event);
    expect((await fixture.db.select().from(deadLetters)).length).toBe(2);
    expect(await fixture.db.select().from(items)).toEqual([{ id: 'idp|c-10', quantity: 2 }]);
  });

  it('leaves the service alone on other coordinator events, and refuses an erasure without ids', async () => {
    forgotten.length = 0;
    await apply(envelope('coordinator.registered', { coordinatorId: randomUUID(), accountId: 'idp|c-2' }));
    expect(forgotten).toEqual([]);
    await expect(apply(envelope('coordinator.erased', { coordinatorId: randomUUID(), accountId: '' }))).rejects.toThrow();
    await expect(apply(envelope('coordinator.erased', { accountId: 'idp|c-2' }))).rejects.toThrow();
    expect(forgotten).toEqual([]);
  });
});
