import type { FastifyInstance } from 'fastify';
import type { Sql } from 'postgres';
import { startConsumer, type ConsumerSettings, type EventApplication } from './consumer';
import { eventStream } from './envelope';
import { natsConnector } from './nats';
import { startRelay } from './relay';

export interface EventsConfig {
  natsUrl: string;
  /** The JetStream stream; PORTAL unless isolated (EVENTS_STREAM). */
  streamName: string;
  /** Its copies in a NATS cluster (EVENTS_REPLICAS). */
  replicas?: number;
}

/** Runs the service's outbox relay for as long as the app: stopped, with its batch settled, on close. */
export function attachRelay(app: FastifyInstance, config: EventsConfig, options: { sql: Sql; producer: string }) {
  const relay = startRelay({
    sql: options.sql,
    producer: options.producer,
    stream: eventStream(config.streamName, config.replicas),
    connect: natsConnector(config.natsUrl, `${options.producer}-relay`),
    log: app.log,
  });
  // Before the database pool closes: the relay settles its batch on it.
  app.addHook('preClose', () => relay.stop());
  return relay;
}

/** Runs a projection consumer for as long as the app. */
export function attachConsumer(
  app: FastifyInstance,
  config: EventsConfig,
  options: Omit<ConsumerSettings, 'stream' | 'connect' | 'log'> & EventApplication,
) {
  const consumer = startConsumer({
    ...options,
    stream: eventStream(config.streamName, config.replicas),
    connect: natsConnector(config.natsUrl, options.name),
    log: app.log,
  });
  app.addHook('preClose', () => consumer.stop());
  return consumer;
}
