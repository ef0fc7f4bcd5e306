import { randomBytes } from 'node:crypto';
import { jetstreamManager } from '@nats-io/jetstream';
import { connect, type NatsConnection } from '@nats-io/transport-node';
import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { ensureStream, eventStream, type EventEnvelope } from '@portal/platform/events';
import { eventually, useSubgraph } from '@portal/platform/testing';
import { service as coordinators } from '../src/service';
import { admin, REGISTER } from './helpers';

// The service as deployed: its relay and its consumer of erasures on a stream of this test's own.
const stream = eventStream(`TEST_${randomBytes(5).toString('hex').toUpperCase()}`);
const service = useSubgraph(coordinators, { events: { natsUrl: inject('natsUrl'), streamName: stream.name } });
let nc: NatsConnection;
let sql: postgres.Sql;

beforeAll(async () => {
  nc = await connect({ servers: inject('natsUrl') });
  await ensureStream(nc, stream);
  sql = postgres(service.databaseUrl, { max: 1, onnotice: () => {} });
});
afterAll(async () => {
  await service.app.close();
  await (await jetstreamManager(nc)).streams.delete(stream.name).catch(() => {});
  await nc.close();
  await sql.end();
});

async function streamEvents(): Promise<EventEnvelope[]> {
  const jsm = await jetstreamManager(nc);
  const { state } = await jsm.streams.info(stream.name);
  const events: EventEnvelope[] = [];
  for (let seq = state.first_seq; state.messages > 0 && seq <= state.last_seq; seq++) {
    const message = await jsm.streams.getMessage(stream.name, { seq });
    if (message) events.push(message.json<EventEnvelope>());
  }
  return events;
}

describe('an erasure on the stream', () => {
  it('is published with ids only, after which the outbox keeps no event of the erased coordinator', async () => {
    const { registerCoordinator } = await service.ok(admin, REGISTER, {
      input: { accountId: 'idp|stream-erased', name: '配信 五郎', cohortYear: 2025, email: 'haishin@example.jp', activityRegions: [{ prefectureCode: '13' }] },
    });
    const id = registerCoordinator.id as string;
    await eventually(async () => (await streamEvents()).some((e) => e.type === 'coordinator.registered'), 'the registration in the stream');
    await service.ok(admin, 'mutation($id: ID!) { eraseCoordinator(id: $id) { coordinatorId } }', { id });

    await eventually(async () => (await streamEvents()).some((e) => e.type === 'coordinator.erased'), 'the erasure in the stream');
    const erasure = (await streamEvents()).find((e) => e.type === 'coordinator.erased')!;
    expect(erasure.data).toEqual({ coordinatorId: id, accountId: 'idp|stream-erased' });
    await eventually(async () => (await sql`select 1 from outbox where aggregate_id = ${id}`).length === 0, 'the outbox emptied of the erased coordinator');
    const processed = await sql<{ event_id: string; consumer: string }[]>`select event_id, consumer from processed_events`;
    expect(processed).toEqual([{ event_id: erasure.id, consumer: 'coordinators-erasures' }]);
  });
});
