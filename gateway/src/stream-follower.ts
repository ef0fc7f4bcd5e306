import { DeliverPolicy, jetstream } from '@nats-io/jetstream';
import type { NatsConnection } from '@nats-io/transport-node';
import type { FastifyBaseLogger } from 'fastify';
import { createBackoff, createWaiter, parseEnvelope, type Connect, type EventEnvelope, type EventStream } from '@portal/platform/events';

export interface StreamFollowerOptions {
  connect: Connect;
  stream: EventStream;
  /** Event types to follow, NATS wildcards allowed (`coordinator.>`, `>`). */
  filter: string;
  /** `all`: from the stream's first message (a projection rebuilt on every start); `new`: from now on. */
  from: 'all' | 'new';
  /** What the follower is, in its log lines. */
  name: string;
  log: Pick<FastifyBaseLogger, 'info' | 'warn'>;
  /** Applies one event; a throw skips it (logged), the follower goes on. */
  apply: (event: EventEnvelope) => void;
  /** Once every message on the stream when the follower started has been applied. */
  onCaughtUp?: () => void;
}

export interface StreamFollower {
  readonly caughtUp: boolean;
  stop(): Promise<void>;
}

/**
 * Follows events of the stream with an ordered (ephemeral, unacknowledged) consumer, in
 * stream order. A lost connection resumes after the last applied message; NATS unreachable
 * at start is retried with back-off, whatever the follower keeps staying as it was.
 */
export function followStream(options: StreamFollowerOptions): StreamFollower {
  const backoff = createBackoff(100, 5_000);
  const waiter = createWaiter();
  let caughtUp = false;
  let stopping = false;
  let lastSeq = 0;
  let nc: NatsConnection | undefined;
  let messages: { stop(): void } | undefined;

  const markCaughtUp = () => {
    if (caughtUp) return;
    caughtUp = true;
    options.onCaughtUp?.();
  };

  async function follow() {
    nc ??= await options.connect();
    const deliver =
      lastSeq > 0
        ? { deliver_policy: DeliverPolicy.StartSequence, opt_start_seq: lastSeq + 1 }
        : { deliver_policy: options.from === 'all' ? DeliverPolicy.All : DeliverPolicy.New };
    const consumer = await jetstream(nc).consumers.get(options.stream.name, {
      filter_subjects: `${options.stream.subjectPrefix}.${options.filter}`,
      ...deliver,
    });
    if ((await consumer.info(true)).num_pending === 0) markCaughtUp();
    const stream = await consumer.consume({ max_messages: 500 });
    messages = stream;
    backoff.reset();
    for await (const msg of stream) {
      const parsed = parseEnvelope(msg);
      if ('event' in parsed) {
        try {
          options.apply(parsed.event);
        } catch {
          // An event this gateway does not understand (a later producer's): skipped.
          options.log.warn({ subject: msg.subject, seq: msg.seq }, `${options.name}: event skipped`);
        }
      }
      lastSeq = msg.seq;
      if (msg.info.pending === 0 && !caughtUp) {
        markCaughtUp();
        options.log.info({ seq: msg.seq }, `${options.name} caught up with the stream`);
      }
    }
  }

  const running = (async () => {
    while (!stopping) {
      try {
        await follow();
      } catch (error) {
        if (stopping) break;
        const delay = backoff.next();
        options.log.warn({ err: { type: (error as Error).name }, retryInMs: Math.round(delay) }, `${options.name} cannot follow the stream`);
        await waiter.wait(delay);
      }
    }
  })();

  return {
    get caughtUp() {
      return caughtUp;
    },
    async stop() {
      stopping = true;
      messages?.stop();
      waiter.wake();
      await running;
      await nc?.close();
    },
  };
}
