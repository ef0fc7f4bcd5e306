import { connect, type NatsConnection } from '@nats-io/transport-node';
import { jetstreamManager, JetStreamApiError, RetentionPolicy, StorageType } from '@nats-io/jetstream';
import type { EventStream } from './envelope';

export type Connect = () => Promise<NatsConnection>;

/** `nats://a:4222,nats://b:4222`: the servers of a cluster, any of which will do. */
export const natsServers = (urls: string): string[] =>
  urls
    .split(',')
    .map((url) => url.trim())
    .filter(Boolean);

/**
 * Connects to NATS (one server or the comma-separated servers of a cluster) and keeps
 * reconnecting for as long as the connection lives, to whichever server of the cluster
 * answers (the client also learns the cluster's other servers from the one it reaches).
 */
export const natsConnector =
  (servers: string, name: string): Connect =>
  () =>
    connect({ servers: natsServers(servers), name, maxReconnectAttempts: -1, reconnectTimeWait: 1000, timeout: 2000 });

// Deduplication by Nats-Msg-Id holds for this long: a relay that crashed after publishing
// and before marking its batch republishes within it, and the stream drops the copies.
export const DUPLICATE_WINDOW_NS = 2 * 60 * 1_000_000_000;

const STREAM_IN_USE = 10058;

/**
 * Creates the stream, or brings an existing one to this configuration. File storage, kept
 * forever: the reporting service rebuilds its aggregates by replaying the stream.
 */
export async function ensureStream(nc: NatsConnection, stream: EventStream): Promise<void> {
  const jsm = await jetstreamManager(nc);
  const config = {
    subjects: [`${stream.subjectPrefix}.>`],
    storage: StorageType.File,
    retention: RetentionPolicy.Limits,
    duplicate_window: DUPLICATE_WINDOW_NS,
    num_replicas: stream.replicas ?? 1,
  };
  try {
    await jsm.streams.add({ name: stream.name, ...config });
  } catch (error) {
    if (!(error instanceof JetStreamApiError) || error.code !== STREAM_IN_USE) throw error;
    await jsm.streams.update(stream.name, config);
  }
}
