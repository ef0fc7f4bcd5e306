import { randomBytes } from 'node:crypto';
import { jetstream, jetstreamManager } from '@nats-io/jetstream';
import { connect, type NatsConnection } from '@nats-io/transport-node';
import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { ensureStream, eventStream, subjectOf } from '@portal/platform/events';
import { eventually, parseExposition, useSubgraph } from '@portal/platform/testing';
import { freePort } from '@portal/platform/testing/ports';
import { service as announcements } from '../src/service';
import { coordinatorEvent, publish } from './helpers';

// The event backbone as operators see it: /ready and /metrics of a service that both
// publishes (its relay) and projects (its consumers), with NATS up and with NATS gone.
const stream = eventStream(`TEST_${randomBytes(5).toString('hex').toUpperCase()}`);
let nc: NatsConnection;
let deadNats = '';
beforeAll(async () => {
  nc = await connect({ servers: inject('natsUrl') });
  await ensureStream(nc, stream);
  deadNats = `nats://127.0.0.1:${await freePort()}`;
});
afterAll(async () => {
  await (await jetstreamManager(nc)).streams.delete(stream.name).catch(() => {});
  await nc.close();
});

const service = useSubgraph(announcements, { events: { natsUrl: inject('natsUrl'), streamName: stream.name } });
// The same service where NATS does not answer: every event waits in its outbox.
const isolated = useSubgraph(announcements, {
  events: {
    get natsUrl() {
      return deadNats;
    },
    streamName: stream.name,
  },
});

const scrape = async (app: typeof isolated.app) => parseExposition((await app.inject({ method: 'GET', url: '/metrics' })).body);
const labels = { service: 'announcements' };
const CONSUMER = 'announcements-coordinators';

describe('/ready', () => {
  it('is ready when the database answers and every link to NATS is up', async () => {
    const ready = async () => (await service.app.inject({ method: 'GET', url: '/ready' })).json();
    await eventually(async () => (await ready()).status === 'ready', 'relay and consumers connected');
    const report = await ready();
    expect(report).toEqual({ status: 'ready', service: 'announcements', database: 'up', events: { relay: 'connected', [CONSUMER]: 'connected' } });
  });

  it('stays 200 but says degraded while NATS is unreachable: writes still work, their events wait', async () => {
    await eventually(async () => (await isolated.app.inject({ method: 'GET', url: '/ready' })).json().events.relay === 'retrying', 'the relay retrying');
    const response = await isolated.app.inject({ method: 'GET', url: '/ready' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ status: 'degraded', database: 'up', events: { relay: 'retrying' } });
    await publish(isolated as never, { title: '停電中のお知らせ' });
    const metrics = await scrape(isolated.app);
    expect(metrics.value('portal_outbox_pending_events', labels)).toBe(1);
    expect(metrics.value('portal_outbox_oldest_pending_age_seconds', labels)).toBeGreaterThan(0);
    // Its lag cannot be known without NATS: no series rather than a made-up number.
    expect(metrics.samples.filter((s) => s.name === 'portal_consumer_pending_messages')).toEqual([]);
  });
});

describe('/metrics of the event backbone', () => {
  it('shows the outbox drained, events published, each consumer lag and dead letters', async () => {
    const before = (await scrape(service.app)).value('portal_events_published_total', labels) ?? 0;
    await publish(service as never, { title: '研修のお知らせ' });
    await eventually(async () => (await scrape(service.app)).value('portal_events_published_total', labels) === before + 1, 'the event published');
    const sql = postgres(service.databaseUrl, { max: 1, onnotice: () => {} });
    // The relay counts an event before the transaction that marks it published commits.
    await eventually(async () => (await sql`select 1 from outbox where published_at is null`).length === 0, 'the event marked published');
    await sql`insert into dead_letters (consumer, subject, payload, reason, deliveries) values (${CONSUMER}, 'portal.x', '{}', 'test', 5)`;
    await sql.end();
    const metrics = await scrape(service.app);
    expect(metrics.value('portal_outbox_pending_events', labels)).toBe(0);
    expect(metrics.value('portal_outbox_oldest_pending_age_seconds', labels)).toBe(0);
    // Nothing was published for the consumer's subjects: nothing waits for it.
    expect(metrics.value('portal_consumer_pending_messages', { ...labels, consumer: CONSUMER })).toBe(0);
    expect(metrics.value('portal_consumer_events_applied_total', { ...labels, consumer: CONSUMER })).toBe(0);
    expect(metrics.value('portal_dead_letters', { ...labels, consumer: CONSUMER })).toBe(1);
  });
});

describe('/metrics of the event backbone’s own SQL', () => {
  it('times the relay’s and the consumer’s statements by name, like the store’s, and nothing of their text', async () => {
    const calls = async (statement: string) => (await scrape(service.app)).value('portal_sql_statement_calls_total', { ...labels, statement }) ?? 0;
    const statements = ['announcements.outboxClaim', 'announcements.outboxMarkPublished', 'announcements.inboxRecord'];
    const before = await Promise.all(statements.map(calls));

    await publish(service as never, { title: '制度改正のお知らせ' });
    await eventually(async () => (await calls('announcements.outboxMarkPublished')) === before[1]! + 1, 'the event marked published');
    const event = coordinatorEvent('coordinator.registered', 'idp|metrics-1', ['13']);
    await jetstream(nc).publish(subjectOf(stream, event.type), JSON.stringify(event), { msgID: event.id });
    await eventually(async () => (await calls('announcements.inboxRecord')) === before[2]! + 1, 'the event recorded in the consumer’s inbox');

    expect(await calls('announcements.outboxClaim')).toBeGreaterThan(before[0]!);
    const metrics = await scrape(service.app);
    for (const statement of statements) {
      expect(metrics.value('portal_sql_statement_duration_seconds_count', { ...labels, statement, outcome: 'ok' })).toBeGreaterThanOrEqual(1);
    }
    expect(metrics.value('portal_sql_statement_errors_total', { ...labels, statement: 'announcements.inboxRecord' })).toBe(0);
    expect((await service.app.inject({ method: 'GET', url: '/metrics' })).body).not.toMatch(/processed_events|outbox set|metrics-1/);
  });
});
