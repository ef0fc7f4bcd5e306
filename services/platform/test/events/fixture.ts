import { randomBytes } from 'node:crypto';
import { jetstreamManager } from '@nats-io/jetstream';
import { connect, type NatsConnection } from '@nats-io/transport-node';
import { drizzle } from 'drizzle-orm/postgres-js';
import { integer, pgTable, text } from 'drizzle-orm/pg-core';
import postgres, { type Sql } from 'postgres';
import { afterAll, beforeAll, inject } from 'vitest';
import { coordinatorProjection, deadLetters, eventStream, outbox, processedEvents, type EventEnvelope, type EventStream } from '../../src/events';
import { createEmptyDatabase } from '../scratch';

/** A table standing for a service's state: events describe changes to it. */
export const items = pgTable('items', { id: text('id').primaryKey(), quantity: integer('quantity').notNull() });
const tables = { outbox, processedEvents, deadLetters, coordinatorProjection, items };

export const silentLog = { info() {}, warn() {}, error() {} };

/** A fresh database with the event tables (from their drizzle definitions) and a stream of its own. */
export function useEventsFixture() {
  const state = {} as { sql: Sql; drop(): Promise<void>; nc: NatsConnection; stream: EventStream };
  beforeAll(async () => {
    const database = await createEmptyDatabase();
    state.sql = postgres(database.url, { max: 5, onnotice: () => {} });
    state.drop = database.drop;
    const { generateDrizzleJson, generateMigration } = await import('drizzle-kit/api');
    for (const statement of await generateMigration(generateDrizzleJson({}), generateDrizzleJson(tables))) {
      await state.sql.unsafe(statement);
    }
    state.nc = await connect({ servers: inject('natsUrl') });
    state.stream = eventStream(`TEST_${randomBytes(5).toString('hex').toUpperCase()}`);
  });
  afterAll(async () => {
    const jsm = await jetstreamManager(state.nc);
    await jsm.streams.delete(state.stream.name).catch(() => {});
    await state.nc.close();
    await state.sql.end();
    await state.drop();
  });
  return {
    get sql() {
      return state.sql;
    },
    get db() {
      return drizzle(state.sql, { schema: tables });
    },
    get stream() {
      return state.stream;
    },
    get nc() {
      return state.nc;
    },
    natsUrl: () => inject('natsUrl'),
    /** Every message in the stream, in stream order, with its Nats-Msg-Id. */
    async streamContents(): Promise<{ subject: string; msgId: string | undefined; event: EventEnvelope; traceparent?: string }[]> {
      const jsm = await jetstreamManager(state.nc);
      const info = await jsm.streams.info(state.stream.name).catch(() => null);
      if (!info) return [];
      const messages = [];
      for (let seq = info.state.first_seq; seq <= info.state.last_seq && info.state.messages > 0; seq++) {
        const message = await jsm.streams.getMessage(state.stream.name, { seq });
        if (!message) continue;
        messages.push({
          subject: message.subject,
          msgId: message.header.get('Nats-Msg-Id') || undefined,
          traceparent: message.header.get('traceparent') || undefined,
          event: message.json<EventEnvelope>(),
        });
      }
      return messages;
    },
  };
}

export { eventually } from '../../testing/eventually';
