import { randomUUID } from 'node:crypto';
import { z } from 'zod';

/** A JetStream stream and the subjects under which its events are published. */
export interface EventStream {
  name: string;
  subjectPrefix: string;
  /** Copies of the stream in a NATS cluster (3 in production); 1 on a single server. */
  replicas?: number;
}

/**
 * Every portal event goes to PORTAL under `portal.<type>`. Another name (EVENTS_STREAM)
 * gives an isolated stream, e.g. one per end-to-end test run on a shared server.
 */
export const eventStream = (name = 'PORTAL', replicas = 1): EventStream => ({ name, subjectPrefix: name.toLowerCase(), replicas });

/** An event as it travels, the envelope every event shares. `data` never holds names, contacts or free text. */
export interface EventEnvelope<T = Record<string, unknown>> {
  id: string;
  type: string;
  version: number;
  occurredAt: string;
  producer: string;
  data: T;
}

export const envelopeSchema = z.object({
  id: z.uuid(),
  type: z.string().regex(/^[a-z_]+(\.[a-z_]+)+$/),
  version: z.number().int().min(1),
  occurredAt: z.string(),
  producer: z.string().min(1),
  data: z.record(z.string(), z.unknown()),
});

/** `coordinator.registered` is published on `portal.coordinator.registered`. */
export const subjectOf = (stream: EventStream, type: string) => `${stream.subjectPrefix}.${type}`;

/** W3C trace context for a new trace, when a change did not come with one. */
export function newTraceparent(): string {
  // randomUUID draws from a cached pool of random bytes: cheap enough for every request.
  const trace = randomUUID().replace(/-/g, '');
  const span = randomUUID().replace(/-/g, '').slice(0, 16);
  return `00-${trace}-${span}-01`;
}

const TRACEPARENT = /^[\da-f]{2}-[\da-f]{32}-[\da-f]{16}-[\da-f]{2}$/;
export const isTraceparent = (value: unknown): value is string => typeof value === 'string' && TRACEPARENT.test(value);
