import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import type { Executor } from '../db';
import type { EventData, EventType } from './catalog';
import { outbox } from './tables';

/** The channel on which a committed outbox write wakes the relay. */
export const OUTBOX_CHANNEL = 'portal_outbox';

/** An event of the catalogue to record, its data of its type's shape. */
export type NewEvent<T extends EventType = EventType> = {
  [K in T]: {
    type: K;
    /** Events of one aggregate are published in the order they were recorded. */
    aggregateId: string;
    data: EventData<K>;
    version?: number;
    /** When it happened, if not now: demo data recorded as of its own dates. */
    occurredAt?: Date;
  };
}[T];

/**
 * Records events in the caller's transaction: they exist exactly when the change commits.
 * The notification, too, is delivered only on commit.
 */
export async function recordEvents(tx: Executor, events: NewEvent[], traceparent?: string): Promise<string[]> {
  if (events.length === 0) return [];
  const rows = events.map((event) => ({
    id: randomUUID(),
    aggregateId: event.aggregateId,
    type: event.type,
    version: event.version ?? 1,
    data: event.data,
    traceparent: traceparent ?? null,
    ...(event.occurredAt ? { occurredAt: event.occurredAt.toISOString() } : {}),
  }));
  await tx.insert(outbox).values(rows);
  await tx.execute(sql`select pg_notify(${OUTBOX_CHANNEL}, '')`);
  return rows.map((row) => row.id);
}
