import { randomUUID } from 'node:crypto';
import { jetstream, jetstreamManager } from '@nats-io/jetstream';
import { connect } from '@nats-io/transport-node';
import { eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { deadLetters, ensureStream, eventStream, startConsumer, subjectOf, type Consumer, type EventEnvelope } from '../../src/events';
import type { Executor } from '../../src/db';
import { eventually, items, silentLog, useEventsFixture } from './fixture';

const fixture = useEventsFixture();

const envelope = (type: string, data: Record<string, unknown>, id = randomUUID()): EventEnvelope => ({
  id,
  type,
  version: 1,
  occurredAt: new Date().toISOString(),
  producer: 'tests',
  data,
});

/** Publishes as a producer would; `msgId` differs from the event id to get past deduplication. */
async function publish(event: EventEnvelope | string, subjectType = typeof event === 'string' ? 'item.raw' : event.type, msgId = randomUUID()) {
  await ensureStream(fixture.nc, fixture.stream);
  await jetstream(fixture.nc).publish(subjectOf(fixture.stream, subjectType), typeof event === 'string' ? event : JSON.stringify(event), { msgID: msgId });
}

/** A projection: each `item.added` event adds its quantity to the item's row. */
async function addQuantity(tx: Executor, event: EventEnvelope) {
  const { item, quantity } = event.data as { item: string; quantity: number };
  if (quantity < 0) throw new Error(`negative quantity for ${item}`);
  await tx
    .insert(items)
    .values({ id: item, quantity })
    .onConflictDoUpdate({ target: items.id, set: { quantity: sql`${items.quantity} + ${quantity}` } });
}

function consumer(name: string, apply = addQuantity, extra: Partial<Parameters<typeof startConsumer>[0]> = {}): Consumer {
  return startConsumer({
    name,
    stream: fixture.stream,
    filter: 'item.>',
    connect: () => connect({ servers: fixture.natsUrl() }),
    db: fixture.db,
    apply,
    log: silentLog,
    maxDeliver: 3,
    ackWaitMs: 2_000,
    ...extra,
  });
}

const quantityOf = async (id: string) => (await fixture.db.select().from(items).where(eq(items.id, id)))[0]?.quantity;

describe('a projection consumer', () => {
  it('applies each event once, even when it is delivered again', async () => {
    const first = envelope('item.added', { item: 'apples', quantity: 3 });
    const second = envelope('item.added', { item: 'apples', quantity: 4 });
    await publish(first);
    await publish(second);
    // The same events again, as after a redelivery or a relay outside the duplicate window.
    await publish(first);
    await publish(second);
    const running = consumer('idempotent');
    await eventually(async () => (await quantityOf('apples')) === 7);
    // The copies too have been delivered and acknowledged: nothing is left to apply.
    await eventually(async () => (await running.pending()) === 0, 'every copy handled');
    await running.stop();
    expect(await quantityOf('apples')).toBe(7);
  });

  it('resumes where it stopped: a restarted durable consumer does not apply anything twice', async () => {
    await publish(envelope('item.added', { item: 'pears', quantity: 1 }));
    const a = consumer('durable');
    await eventually(async () => (await quantityOf('pears')) === 1);
    await a.stop();
    await publish(envelope('item.added', { item: 'pears', quantity: 10 }));
    const b = consumer('durable');
    await eventually(async () => (await quantityOf('pears')) === 11);
    // The first event too, had the restarted consumer been sent it again: nothing is left to apply.
    await eventually(async () => (await b.pending()) === 0, 'every event handled');
    await b.stop();
    expect(await quantityOf('pears')).toBe(11);
  });

  it('retries a failing event and applies it once it succeeds, without losing the rest of its batch', async () => {
    let failuresLeft = 1;
    const flaky = async (tx: Executor, event: EventEnvelope) => {
      if ((event.data as { item: string }).item === 'plums' && failuresLeft-- > 0) throw new Error('a passing failure');
      await addQuantity(tx, event);
    };
    await publish(envelope('item.added', { item: 'plums', quantity: 2 }));
    await publish(envelope('item.added', { item: 'figs', quantity: 5 }));
    const running = consumer('flaky', flaky);
    await eventually(async () => (await quantityOf('plums')) === 2 && (await quantityOf('figs')) === 5);
    await running.stop();
  });

  it('sets aside a message that keeps failing as a dead letter, with the reason, and moves on', async () => {
    const poison = envelope('item.added', { item: 'bad', quantity: -1 });
    await publish(poison);
    await publish('{"not": "an envelope"}');
    await publish(envelope('item.added', { item: 'after-poison', quantity: 1 }));
    const logged: { obj: Record<string, unknown>; msg?: string }[] = [];
    const log = { ...silentLog, error: (obj: object, msg?: string) => void logged.push({ obj: obj as Record<string, unknown>, msg }) };
    const running = consumer('dead-letters', addQuantity, { log });
    await eventually(async () => (await fixture.db.select().from(deadLetters).where(eq(deadLetters.consumer, 'dead-letters'))).length === 2, 'two dead letters', 30_000);
    await eventually(async () => (await quantityOf('after-poison')) === 1);
    await running.stop();
    const letters = await fixture.db.select().from(deadLetters).where(eq(deadLetters.consumer, 'dead-letters'));
    expect(letters.map((l) => ({ eventId: l.eventId, reason: l.reason.split(':')[0], deliveries: l.deliveries })).sort((a, b) => a.deliveries - b.deliveries).reverse()).toEqual([
      { eventId: poison.id, reason: 'negative quantity for bad', deliveries: 3 },
      { eventId: null, reason: 'not an event envelope', deliveries: 1 },
    ]);
    expect(await quantityOf('bad')).toBeUndefined();
    // The log line gets the error itself (logged without its message, which may quote the
    // event's values), or the reason when it is ours and quotes nothing.
    const lines = logged.filter((l) => l.msg === 'message set aside as a dead letter').map((l) => l.obj);
    expect(lines).toHaveLength(2);
    expect(lines.find((l) => 'err' in l)).toEqual({ consumer: 'dead-letters', subject: expect.any(String), err: expect.any(Error) });
    expect(lines.find((l) => 'reason' in l)).toEqual({ consumer: 'dead-letters', subject: expect.any(String), reason: expect.stringMatching(/^not an event envelope: /) });
  });

  it('sets itself up again after a failed setup: once a stream in the way of its subjects is gone, it consumes', async () => {
    const own = eventStream(`SETUP_${randomUUID().slice(0, 8).toUpperCase()}`);
    const jsm = await jetstreamManager(fixture.nc);
    // Another stream holds the subjects: creating the consumer's stream fails until it goes.
    await jsm.streams.add({ name: `${own.name}_IN_THE_WAY`, subjects: [`${own.subjectPrefix}.>`] });
    const failures: unknown[] = [];
    const running = consumer('set-up-again', addQuantity, { stream: own, log: { ...silentLog, warn: (obj: object) => void failures.push(obj) } });
    try {
      await eventually(async () => failures.length > 0, 'the first setup failed');
      await jsm.streams.delete(`${own.name}_IN_THE_WAY`);
      await ensureStream(fixture.nc, own);
      await jetstream(fixture.nc).publish(subjectOf(own, 'item.added'), JSON.stringify(envelope('item.added', { item: 'quinces', quantity: 2 })));
      await eventually(async () => (await quantityOf('quinces')) === 2, 'the event applied', 15_000);
      expect(running.state).toBe('connected');
    } finally {
      await running.stop();
      await jsm.streams.delete(own.name).catch(() => {});
    }
  });
});
