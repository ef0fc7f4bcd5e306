import { randomBytes, randomUUID } from 'node:crypto';
import { jetstream, jetstreamManager } from '@nats-io/jetstream';
import { connect, type NatsConnection } from '@nats-io/transport-node';
import { afterAll, beforeAll, inject } from 'vitest';
import { ensureStream, eventStream, subjectOf, type EventEnvelope, type EventStream } from '../src/events';

/** A JetStream stream of the test file's own on the test server, deleted afterwards. */
export function useEventStream() {
  const state = {} as { nc: NatsConnection; stream: EventStream };
  beforeAll(async () => {
    state.nc = await connect({ servers: inject('natsUrl') });
    state.stream = eventStream(`TEST_${randomBytes(5).toString('hex').toUpperCase()}`);
    await ensureStream(state.nc, state.stream);
  });
  afterAll(async () => {
    await (await jetstreamManager(state.nc)).streams.delete(state.stream.name).catch(() => {});
    await state.nc.close();
  });
  return {
    natsUrl: () => inject('natsUrl'),
    get streamName() {
      return state.stream.name;
    },
    /** Publishes as a relay does: Nats-Msg-Id = event id. */
    async publish(...events: EventEnvelope[]) {
      const js = jetstream(state.nc);
      for (const event of events) await js.publish(subjectOf(state.stream, event.type), JSON.stringify(event), { msgID: event.id });
    },
    /** The same event again under another message id: the stream keeps it, as after a relay crash outside the duplicate window. */
    async republish(event: EventEnvelope) {
      await jetstream(state.nc).publish(subjectOf(state.stream, event.type), JSON.stringify(event), { msgID: randomUUID() });
    },
    async publishRaw(subjectType: string, payload: string) {
      await jetstream(state.nc).publish(subjectOf(state.stream, subjectType), payload, { msgID: randomUUID() });
    },
  };
}
