import { DeliverPolicy, jetstream, jetstreamManager, JetStreamApiError } from '@nats-io/jetstream';
import type { NatsConnection } from '@nats-io/transport-node';
import { parseEnvelope } from './consumer';
import type { EventEnvelope, EventStream } from './envelope';

/** A message read back from the stream, by its stream sequence. */
export type ReplayedMessage = { seq: number; event: EventEnvelope } | { seq: number; error: string };

const STREAM_NOT_FOUND = 10059;

/** The stream's last sequence now; 0 when it is empty or does not exist yet. */
export async function lastSequence(nc: NatsConnection, stream: EventStream): Promise<number> {
  const jsm = await jetstreamManager(nc);
  try {
    const info = await jsm.streams.info(stream.name);
    return info.state.messages > 0 ? info.state.last_seq : 0;
  } catch (error) {
    if (error instanceof JetStreamApiError && error.code === STREAM_NOT_FOUND) return 0;
    throw error;
  }
}

export interface ReplayOptions {
  nc: NatsConnection;
  stream: EventStream;
  /** First and last stream sequence to read, inclusive. */
  fromSeq: number;
  toSeq: number;
  batchSize?: number;
}

/**
 * Reads the stream's messages from `fromSeq` through `toSeq` in stream order with an
 * ordered (ephemeral, unacknowledged) consumer, handing them over in batches: what a
 * rebuild replays. Nothing else sees these reads; durable consumers are not affected.
 */
export async function replayStream(options: ReplayOptions, onBatch: (batch: ReplayedMessage[]) => Promise<void>): Promise<void> {
  if (options.toSeq < options.fromSeq) return;
  const batchSize = options.batchSize ?? 500;
  const consumer = await jetstream(options.nc).consumers.get(options.stream.name, {
    deliver_policy: DeliverPolicy.StartSequence,
    opt_start_seq: Math.max(1, options.fromSeq),
  });
  const messages = await consumer.consume({ max_messages: batchSize });
  let batch: ReplayedMessage[] = [];
  try {
    for await (const msg of messages) {
      if (msg.seq > options.toSeq) break;
      batch.push({ seq: msg.seq, ...parseEnvelope(msg) });
      // pending 0: the stream holds nothing more (the last messages were deleted).
      const done = msg.seq >= options.toSeq || msg.info.pending === 0;
      if (batch.length >= batchSize || done) {
        await onBatch(batch);
        batch = [];
      }
      if (done) break;
    }
  } finally {
    messages.stop();
  }
  if (batch.length > 0) await onBatch(batch);
}
