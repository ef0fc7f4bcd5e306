import { randomUUID } from 'node:crypto';
import { connect } from '@nats-io/transport-node';
import { isNull } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { outbox, recordEvents, startRelay, type Relay } from '../../src/events';
import { eventually, silentLog, useEventsFixture } from './fixture';

const fixture = useEventsFixture();

const SURVEY = randomUUID();
/** Records `count` events of the catalogue, the i-th about `aggregate(i)` and carrying i. */
const record = (count: number, aggregate: (i: number) => string) =>
  fixture.db.transaction((tx) =>
    recordEvents(tx, Array.from({ length: count }, (_, i) => ({ type: 'survey.closed' as const, aggregateId: aggregate(i), data: { surveyId: SURVEY, responses: i } }))),
  );

const pending = async () => (await fixture.db.select().from(outbox).where(isNull(outbox.publishedAt))).length;

function relay(connectTo: () => string, batchSize = 100): Relay {
  return startRelay({
    sql: fixture.sql,
    producer: 'tests',
    stream: fixture.stream,
    connect: () => connect({ servers: connectTo(), reconnect: false, timeout: 500 }),
    log: silentLog,
    batchSize,
    idleCheckMs: 200,
  });
}

describe('the outbox relay', () => {
  it('publishes every event exactly once although NATS was unreachable while the changes were made', async () => {
    // The relay starts pointed at a closed port, as when the NATS server is down.
    let server = 'nats://127.0.0.1:1';
    const running = relay(() => server);
    const ids = [...(await record(30, (i) => `down-${i}`)), ...(await record(20, (i) => `down-${i % 5}`))];
    await new Promise((r) => setTimeout(r, 600));
    expect(running.published).toBe(0);
    expect(await pending()).toBe(50);

    server = fixture.natsUrl();
    await eventually(async () => (await pending()) === 0);
    await running.stop();

    const contents = await fixture.streamContents();
    expect(contents.map((m) => m.event.id).sort()).toEqual([...ids].sort());
    expect(contents.every((m) => m.msgId === m.event.id)).toBe(true);
    expect(contents[0]).toMatchObject({ subject: `${fixture.stream.subjectPrefix}.survey.closed`, event: { type: 'survey.closed', version: 1, producer: 'tests' } });
    expect(running.published).toBe(50);
  });

  it('lets the stream drop a republished event (a relay that crashed before marking its batch)', async () => {
    const before = (await fixture.streamContents()).length;
    const ids = await record(5, (i) => `crash-${i}`);
    const first = relay(fixture.natsUrl);
    await eventually(async () => (await pending()) === 0);
    await first.stop();
    // As if the marks were never committed: the same rows go out again.
    await fixture.sql`update outbox set published_at = null where id = any(${ids}::uuid[])`;
    const second = relay(fixture.natsUrl);
    await eventually(async () => (await pending()) === 0);
    await second.stop();
    expect(second.duplicates).toBe(5);
    expect((await fixture.streamContents()).length).toBe(before + 5);
  });

  it('never publishes a row twice with two relays, and keeps the order of each aggregate', async () => {
    const before = (await fixture.streamContents()).length;
    // 60 aggregates, 5 events each, written interleaved.
    for (let round = 0; round < 5; round++) await record(60, (i) => `agg-${i}`);
    const relays = [relay(fixture.natsUrl, 10), relay(fixture.natsUrl, 10)];
    await eventually(async () => (await pending()) === 0, 'every row published', 30_000);
    await Promise.all(relays.map((r) => r.stop()));

    // Both took part: the rows were contended, not handed to one relay.
    expect(Math.min(relays[0]!.published, relays[1]!.published)).toBeGreaterThan(0);
    expect(relays[0]!.published + relays[1]!.published).toBe(300);
    expect(relays[0]!.duplicates + relays[1]!.duplicates).toBe(0);
    const published = (await fixture.streamContents()).slice(before);
    expect(published).toHaveLength(300);
    const orderOf = (aggregate: string) => published.filter((m) => m.event.data.responses === Number(aggregate)).map((m) => m.event.id);
    const recorded = await fixture.sql<{ id: string; aggregate_id: string }[]>`select id, aggregate_id from outbox where aggregate_id like 'agg-%' order by seq`;
    for (let a = 0; a < 60; a++) {
      const expected = recorded.filter((r) => r.aggregate_id === `agg-${a}`).map((r) => r.id);
      expect(orderOf(String(a))).toEqual(expected);
    }
  });

  it('publishes a run of events of one aggregate in order, many per batch', async () => {
    const before = (await fixture.streamContents()).length;
    const ids = await record(250, () => 'one-survey');
    const running = relay(fixture.natsUrl, 100);
    await eventually(async () => (await pending()) === 0);
    await running.stop();
    expect((await fixture.streamContents()).slice(before).map((m) => m.event.id)).toEqual(ids);
    expect(running.published).toBe(250);
  });

  it('on stop, releases a batch it could not publish', async () => {
    const running = relay(() => 'nats://127.0.0.1:1');
    await record(3, (i) => `stopped-${i}`);
    await new Promise((r) => setTimeout(r, 300));
    await running.stop();
    // Nothing stays locked: another transaction can take every pending row at once.
    const free = await fixture.sql.begin((tx) => tx`select id from outbox where published_at is null for update skip locked`);
    expect(free).toHaveLength(3);
    const cleanup = relay(fixture.natsUrl);
    await eventually(async () => (await pending()) === 0);
    await cleanup.stop();
  });
});
