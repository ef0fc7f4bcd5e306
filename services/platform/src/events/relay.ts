import { headers, type NatsConnection } from '@nats-io/transport-node';
import { jetstream, type JetStreamClient } from '@nats-io/jetstream';
import type { Sql } from 'postgres';
import { createBackoff, createWaiter } from './backoff';
import { subjectOf, type EventEnvelope, type EventStream } from './envelope';
import type { LinkState } from '../telemetry/readiness';
import { contextOf, inSpan, SpanKind, traceparentOf } from '../telemetry/tracing';
import { ensureStream, type Connect } from './nats';
import { OUTBOX_CHANNEL } from './outbox';
import { eventStatements, type OutboxRow } from './statements';

interface Log {
  info(obj: object, msg?: string): void;
  warn(obj: object, msg?: string): void;
  error(obj: object, msg?: string): void;
}

export interface RelayOptions {
  /** The producing service's database, holding its outbox. */
  sql: Sql;
  /** The producing service: its name starts the names of the relay's statements. */
  producer: string;
  stream: EventStream;
  connect: Connect;
  log: Log;
  batchSize?: number;
  /** A safety net: the relay looks at the outbox this often even when nothing notified it. */
  idleCheckMs?: number;
  publishTimeoutMs?: number;
}

export interface Relay {
  /** Finishes (or rolls back, releasing its rows) the batch in hand, then stops. */
  stop(): Promise<void>;
  /** Events this relay has published. */
  readonly published: number;
  /** Publishes the stream acknowledged as duplicates of a message it already held. */
  readonly duplicates: number;
  /** Whether its last attempt reached NATS. */
  readonly state: LinkState;
}

/**
 * Publishes outbox rows to JetStream with Nats-Msg-Id = event id, then marks them.
 * Several relays may run: each locks its batch (SKIP LOCKED), and an event is taken only
 * when no earlier event of its aggregate is unpublished elsewhere, so order holds per aggregate.
 * Woken by NOTIFY on commit; backs off exponentially while NATS is unreachable.
 */
export function startRelay(options: RelayOptions): Relay {
  const batchSize = options.batchSize ?? 100;
  const statements = eventStatements(options.producer);
  const idleCheckMs = options.idleCheckMs ?? 5_000;
  const waiter = createWaiter();
  const backoff = createBackoff();
  let stopping = false;
  let published = 0;
  let duplicates = 0;
  let state: LinkState = 'starting';
  let connection: { nc: NatsConnection; js: JetStreamClient } | undefined;
  let listening: { unlisten(): Promise<void> } | undefined;

  async function connected() {
    if (connection && !connection.nc.isClosed()) return connection;
    const nc = await options.connect();
    try {
      await ensureStream(nc, options.stream);
    } catch (error) {
      await nc.close();
      throw error;
    }
    connection = { nc, js: jetstream(nc, { timeout: options.publishTimeoutMs ?? 5_000 }) };
    options.log.info({ producer: options.producer }, 'relay connected to NATS');
    return connection;
  }

  async function relayBatch(js: JetStreamClient): Promise<number> {
    return options.sql.begin(async (tx) => {
      const rows = await statements.outboxClaim(tx, batchSize);
      if (rows.length === 0) return 0;
      const { done, failure } = await publishInOrder(js, rows);
      if (done.length > 0) await statements.outboxMarkPublished(tx, done);
      published += done.length;
      if (failure) throw failure;
      return rows.length;
    });
  }

  /**
   * Aggregates are published side by side, the events of each one after the other: a
   * failure stops its aggregate there, so what is marked published is always a prefix.
   */
  async function publishInOrder(js: JetStreamClient, rows: OutboxRow[]) {
    const chains = new Map<string, OutboxRow[]>();
    for (const row of rows) chains.set(row.aggregate_id, [...(chains.get(row.aggregate_id) ?? []), row]);
    const done: string[] = [];
    let failure: unknown;
    await Promise.all(
      [...chains.values()].map(async (chain) => {
        for (const row of chain) {
          try {
            const ack = await publish(js, row);
            if (ack.duplicate) duplicates++;
            done.push(row.id);
          } catch (error) {
            failure ??= error;
            return;
          }
        }
      }),
    );
    return { done, failure };
  }

  function publish(js: JetStreamClient, row: OutboxRow) {
    const envelope: EventEnvelope = {
      id: row.id,
      type: row.type,
      version: row.version,
      occurredAt: new Date(row.occurred_at).toISOString(),
      producer: options.producer,
      data: row.data,
    };
    const subject = subjectOf(options.stream, row.type);
    // The publish joins the trace of the request that wrote the row; the message carries
    // the publish span's context (or, untraced, the row's own) to the consumers.
    const attributes = { 'messaging.system': 'nats', 'messaging.destination.name': subject, 'messaging.message.id': row.id };
    return inSpan(`${subject} publish`, { kind: SpanKind.PRODUCER, attributes, parent: contextOf(row.traceparent ?? undefined) }, () => {
      const h = headers();
      const traceparent = traceparentOf() ?? row.traceparent;
      if (traceparent) h.set('traceparent', traceparent);
      return js.publish(subject, JSON.stringify(envelope), { msgID: row.id, headers: h });
    });
  }

  async function run() {
    listening = await options.sql.listen(OUTBOX_CHANNEL, () => waiter.wake()).catch((error) => {
      options.log.warn({ err: error }, 'relay cannot LISTEN; it will check the outbox periodically');
      return undefined;
    });
    while (!stopping) {
      try {
        const { js } = await connected();
        const count = await relayBatch(js);
        state = 'connected';
        backoff.reset();
        // After a batch there may be more (e.g. the next event of an aggregate just published).
        if (count === 0 && !stopping) await waiter.wait(idleCheckMs);
      } catch (error) {
        if (stopping) break;
        state = 'retrying';
        const delay = backoff.next();
        options.log.warn({ err: error, retryInMs: Math.round(delay) }, 'relay could not publish; events stay in the outbox');
        await waiter.wait(delay);
      }
    }
  }

  const running = run();
  return {
    get published() {
      return published;
    },
    get duplicates() {
      return duplicates;
    },
    get state() {
      return state;
    },
    async stop() {
      stopping = true;
      waiter.wake();
      await running;
      await listening?.unlisten();
      await connection?.nc.close();
    },
  };
}
