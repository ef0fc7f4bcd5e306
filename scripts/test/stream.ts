import { jetstreamManager, type JetStreamManager } from '@nats-io/jetstream';
import { connect } from '@nats-io/transport-node';

async function withManager<T>(natsUrl: string, work: (jsm: JetStreamManager) => Promise<T>): Promise<T> {
  const nc = await connect({ servers: natsUrl });
  try {
    return await work(await jetstreamManager(nc));
  } finally {
    await nc.close();
  }
}

export function deleteStream(natsUrl: string, name: string): Promise<void> {
  return withManager(natsUrl, async (jsm) => void (await jsm.streams.delete(name).catch(() => {})));
}

const exists = (jsm: JetStreamManager, name: string) => jsm.streams.info(name).then(() => true, () => false);

/** Empties the stream; its consumers stay, and go on from the next event published. */
export function purgeStream(natsUrl: string, name: string): Promise<void> {
  return withManager(natsUrl, async (jsm) => {
    if (await exists(jsm, name)) await jsm.streams.purge(name);
  });
}

/** True when every consumer of the stream has been sent, and has acknowledged, every event in it. */
export function consumersIdle(natsUrl: string, name: string): Promise<boolean> {
  return withManager(natsUrl, async (jsm) => {
    if (!(await exists(jsm, name))) return true;
    for await (const consumer of jsm.consumers.list(name)) {
      if (consumer.num_pending > 0 || consumer.num_ack_pending > 0) return false;
    }
    return true;
  });
}
