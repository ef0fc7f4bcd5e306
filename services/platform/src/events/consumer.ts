import { AckPolicy, DeliverPolicy, jetstreamManager, jetstream, JetStreamApiError, type JsMsg } from '@nats-io/jetstream';
import type { NatsConnection } from '@nats-io/transport-node';
import type { Executor } from '../db';
import { createBackoff, createWaiter } from './backoff';
import { envelopeSchema, type EventEnvelope, type EventStream } from './envelope';
import type { LinkState } from '../telemetry/readiness';
import { contextOf, inSpan, inSpans, SpanKind } from '../telemetry/tracing';
import { ensureStream, type Connect } from './nats';
import { eventStatements } from './statements';

interface Log {
  info(obj: object, msg?: string): void;
  warn(obj: object, msg?: string): void;
  error(obj: object, msg?: string): void;
}

/** Applies events inside the batch's transaction. Throwing fails the batch. */
export type EventApplication =
  | { apply: (tx: Executor, event: EventEnvelope) => Promise<void> }
  /** The batch's new events (none already applied), in stream order: a projection that writes set-based, a few statements per batch. */
  | { applyBatch: (tx: Executor, events: EventEnvelope[]) => Promise<void> };

export interface ConsumerSettings {
  /** The durable consumer's name; also recorded with each processed event. */
  name: string;
  /** The service that runs it, whose name starts its statements' names (eventStatements); the consumer's name when absent. */
  service?: string;
  stream: EventStream;
  /** Event types to receive, as one subject filter below the stream's prefix (nats-server 2.9 takes one): `coordinator.>`, or `>` for all. */
  filter: string;
  connect: Connect;
  db: Executor;
  log: Log;
  batchSize?: number;
  /** Deliveries before a failing message is set aside as a dead letter. */
  maxDeliver?: number;
  ackWaitMs?: number;
  /** Called after each committed batch (tests and freshness metrics). */
  onBatch?: (events: EventEnvelope[]) => void;
}

export type ConsumerOptions = ConsumerSettings & EventApplication;

export interface Consumer {
  readonly name: string;
  stop(): Promise<void>;
  /** Whether it is receiving messages from NATS. */
  readonly state: LinkState;
  /** Events applied since it started. */
  readonly processed: number;
  /** Messages of its subjects not yet acknowledged (delivered or not): its lag; undefined while NATS is out of reach. */
  pending(): Promise<number | undefined>;
}

type Parsed = { msg: JsMsg; event: EventEnvelope } | { msg: JsMsg; error: string };

/** A stream message as an event envelope, or why it is not one. */
export function parseEnvelope(msg: { json<T>(): T }): { event: EventEnvelope } | { error: string } {
  try {
    const result = envelopeSchema.safeParse(msg.json());
    if (result.success) return { event: result.data as EventEnvelope };
    return { error: `not an event envelope: ${result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}` };
  } catch {
    return { error: 'not JSON' };
  }
}

const parse = (msg: JsMsg): Parsed => ({ msg, ...parseEnvelope(msg) });

/**
 * Applies a batch of events in the caller's transaction, leaving out those the
 * `processed_events` inbox already holds and repeats of one event within the batch (one
 * statement records them all); returns the events applied, in batch order. What a consumer
 * does with each batch, and what a rebuild that replays the stream must do likewise.
 */
export async function applyBatchOnce(
  tx: Executor,
  consumer: string,
  events: readonly EventEnvelope[],
  applyBatch: (tx: Executor, events: EventEnvelope[]) => Promise<void>,
  service = consumer,
): Promise<EventEnvelope[]> {
  const firsts = [...new Map(events.map((event) => [event.id, event] as const)).values()];
  if (firsts.length === 0) return [];
  const recorded = await eventStatements(service).inboxRecord(tx, consumer, firsts.map((event) => event.id));
  const fresh = new Set(recorded.map((row) => row.event_id));
  const applied = firsts.filter((event) => fresh.has(event.id));
  if (applied.length > 0) await applyBatch(tx, applied);
  return applied;
}

/** `applyBatchOnce` for one event: true when it was applied. */
export async function applyOnce(
  tx: Executor,
  consumer: string,
  event: EventEnvelope,
  apply: (tx: Executor, event: EventEnvelope) => Promise<void>,
  service = consumer,
): Promise<boolean> {
  const applied = await applyBatchOnce(tx, consumer, [event], (t, [e]) => apply(t, e!), service);
  return applied.length === 1;
}

/** The application as one function of a batch: a per-event `apply` runs event after event. */
function batchApplication(application: EventApplication): (tx: Executor, events: EventEnvelope[]) => Promise<void> {
  if ('applyBatch' in application) return application.applyBatch;
  return async (tx, events) => {
    for (const event of events) await application.apply(tx, event);
  };
}

const CONSUMER_EXISTS = 10148;

/**
 * A durable pull consumer on PORTAL that applies each batch in one database transaction,
 * recording event ids in `processed_events` so a redelivered event is skipped, and acks
 * only after commit. A batch that fails is retried one message at a time; a message that
 * fails `maxDeliver` times (or is not an event at all) goes to `dead_letters` and is
 * terminated, so the consumer moves on.
 */
export function startConsumer(options: ConsumerOptions): Consumer {
  const maxDeliver = options.maxDeliver ?? 5;
  const service = options.service ?? options.name;
  const statements = eventStatements(service);
  const waiter = createWaiter();
  const backoff = createBackoff();
  let stopping = false;
  let nc: NatsConnection | undefined;
  const batchSize = options.batchSize ?? 100;
  let subscription: { stop(): void } | undefined;
  let state: LinkState = 'starting';
  let processed = 0;

  async function consumer() {
    if (!nc || nc.isClosed()) nc = await connectWithConsumer();
    try {
      return await jetstream(nc).consumers.get(options.stream.name, options.name);
    } catch (error) {
      // The consumer may be gone (a stream made anew): the next attempt makes it again.
      await nc.close();
      throw error;
    }
  }

  /**
   * A connection on which the stream and this durable consumer are known to exist. One
   * whose setup failed (a cluster still electing its leaders, a stream in the way) is
   * closed, so the next attempt sets up again instead of waiting on a consumer never made.
   */
  async function connectWithConsumer(): Promise<NatsConnection> {
    const connection = await options.connect();
    try {
      await ensureStream(connection, options.stream);
      const jsm = await jetstreamManager(connection);
      const config = {
        durable_name: options.name,
        filter_subject: `${options.stream.subjectPrefix}.${options.filter}`,
        ack_policy: AckPolicy.Explicit,
        deliver_policy: DeliverPolicy.All,
        max_deliver: maxDeliver,
        ack_wait: (options.ackWaitMs ?? 30_000) * 1_000_000,
      };
      try {
        await jsm.consumers.add(options.stream.name, config);
      } catch (error) {
        if (!(error instanceof JetStreamApiError) || error.code !== CONSUMER_EXISTS) throw error;
        await jsm.consumers.update(options.stream.name, options.name, config);
      }
    } catch (error) {
      await connection.close();
      throw error;
    }
    options.log.info({ consumer: options.name }, 'consumer connected to NATS');
    return connection;
  }

  /** `cause`: the error behind `reason`, logged in its place (its message may quote the event's values). */
  async function deadLetter(item: Parsed, reason: string, cause?: unknown) {
    await statements.deadLetterInsert(options.db, {
      consumer: options.name,
      subject: item.msg.subject,
      eventId: 'event' in item ? item.event.id : null,
      payload: item.msg.string(),
      reason,
      deliveries: item.msg.info.deliveryCount,
    });
    // Without a reason: nats-server before 2.10.4 ignores a +TERM that carries one.
    item.msg.term();
    const why = cause === undefined ? { reason } : { err: cause };
    options.log.error({ consumer: options.name, subject: item.msg.subject, ...why }, 'message set aside as a dead letter');
  }

  const databaseReachable = () => statements.databasePing(options.db).then(() => true, () => false);

  const applyEvents = batchApplication(options);
  const applySpan = { kind: SpanKind.CLIENT, attributes: { 'db.system.name': 'postgresql', 'db.operation.name': `${options.name}.apply` } };

  async function handle(batch: Parsed[]) {
    const events = batch.flatMap((item) => ('event' in item ? [item] : []));
    try {
      // Each event continues the trace of the request that caused it (its message's traceparent).
      const processing = events.map(({ msg, event }) => ({
        name: `${msg.subject} process`,
        kind: SpanKind.CONSUMER,
        attributes: { 'messaging.system': 'nats', 'messaging.destination.name': msg.subject, 'messaging.consumer.group.name': options.name, 'messaging.message.id': event.id },
        parent: contextOf(msg.headers?.get('traceparent')),
      }));
      await inSpans(processing, (links) =>
        options.db.transaction((tx) =>
          applyBatchOnce(
            tx,
            options.name,
            events.map((e) => e.event),
            (t, fresh) => inSpan(`${options.name}.apply`, { ...applySpan, links }, () => applyEvents(t, fresh)),
            service,
          ),
        ),
      );
      for (const { msg } of events) msg.ack();
      processed += events.length;
      options.onBatch?.(events.map((e) => e.event));
    } catch (error) {
      // Not the messages' fault: unacked, they come back after ack_wait, and the loop waits
      // for the database before fetching again, so an outage costs them one delivery.
      if (!(await databaseReachable())) throw error;
      if (events.length > 1) {
        // Find the culprit: the others still go through, each in its own transaction.
        for (const item of events) await handle([item]);
      } else if (events[0]) {
        const [item] = events;
        const reason = String((error as Error).message ?? error);
        if (item.msg.info.deliveryCount >= maxDeliver) await deadLetter(item, reason, error);
        else {
          options.log.warn({ consumer: options.name, eventId: item.event.id, err: error }, 'event failed; it will be redelivered');
          item.msg.nak(Math.min(30_000, 500 * 2 ** item.msg.info.deliveryCount));
        }
      }
    }
    for (const item of batch) if ('error' in item) await deadLetter(item, item.error);
  }

  // Messages arrive continuously; whatever arrived while the previous batch was being
  // applied forms the next batch, so an idle consumer applies at once and a busy one in bulk.
  async function consumeUntilFailure() {
    const source = await consumer();
    const messages = await source.consume({ max_messages: batchSize * 2 });
    subscription = messages;
    state = 'connected';
    const queue: Parsed[] = [];
    let draining: Promise<void> | undefined;
    let failure: unknown;
    const drain = async () => {
      try {
        while (queue.length > 0 && !failure) await handle(queue.splice(0, batchSize));
      } catch (error) {
        // Unacknowledged, the messages come back after ack_wait.
        failure = error;
        queue.length = 0;
        messages.stop();
      } finally {
        draining = undefined;
      }
    };
    for await (const msg of messages) {
      queue.push(parse(msg));
      draining ??= drain();
    }
    await draining;
    if (failure) throw failure;
  }

  async function run() {
    let failed = false;
    while (!stopping) {
      try {
        if (failed && !(await databaseReachable())) throw new Error('database unreachable');
        await consumeUntilFailure();
        failed = false;
        backoff.reset();
      } catch (error) {
        failed = true;
        state = 'retrying';
        if (stopping) break;
        const delay = backoff.next();
        options.log.warn({ consumer: options.name, err: error, retryInMs: Math.round(delay) }, 'consumer cannot reach NATS or its database');
        await waiter.wait(delay);
      }
    }
  }

  const running = run();
  return {
    name: options.name,
    get state() {
      return state;
    },
    get processed() {
      return processed;
    },
    async pending() {
      if (!nc || nc.isClosed() || state !== 'connected') return undefined;
      try {
        const info = await (await jetstreamManager(nc, { checkAPI: false })).consumers.info(options.stream.name, options.name);
        return info.num_pending + info.num_ack_pending;
      } catch {
        return undefined;
      }
    },
    async stop() {
      stopping = true;
      subscription?.stop();
      waiter.wake();
      await running;
      await nc?.close();
    },
  };
}
