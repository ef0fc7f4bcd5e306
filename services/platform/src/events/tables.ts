import { sql } from 'drizzle-orm';
import { bigserial, index, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

// Tables of the event mechanism. A service's db/schema.ts re-exports the ones it uses, so
// that its own migrations create them in its own database.

/** Events written in the same transaction as the change they describe, until relayed. */
export const outbox = pgTable(
  'outbox',
  {
    id: uuid('id').primaryKey(),
    // Insertion order: the relay publishes in this order, and per aggregate never out of it.
    seq: bigserial('seq', { mode: 'number' }).notNull().unique(),
    aggregateId: text('aggregate_id').notNull(),
    type: text('type').notNull(),
    version: integer('version').notNull(),
    // The clock at the write, not the transaction's start: later changes of one
    // aggregate always carry a later time, whatever their transactions' start order.
    occurredAt: timestamp('occurred_at', { withTimezone: true, mode: 'string' }).notNull().default(sql`clock_timestamp()`),
    data: jsonb('data').$type<Record<string, unknown>>().notNull(),
    traceparent: text('traceparent'),
    publishedAt: timestamp('published_at', { withTimezone: true }),
  },
  (t) => [
    index('outbox_pending_idx').on(t.seq).where(sql`published_at is null`),
    index('outbox_pending_aggregate_idx').on(t.aggregateId, t.seq).where(sql`published_at is null`),
  ],
);

/** Ids of the events a consumer has applied: a redelivered event is recognised and skipped. */
export const processedEvents = pgTable('processed_events', {
  eventId: uuid('event_id').primaryKey(),
  consumer: text('consumer').notNull(),
  processedAt: timestamp('processed_at', { withTimezone: true }).notNull().defaultNow(),
});

/** Messages a consumer gave up on after repeated failures, with the reason, for a person to look at. */
export const deadLetters = pgTable('dead_letters', {
  id: bigserial('id', { mode: 'number' }).primaryKey(),
  consumer: text('consumer').notNull(),
  subject: text('subject').notNull(),
  eventId: text('event_id'),
  payload: text('payload').notNull(),
  reason: text('reason').notNull(),
  deliveries: integer('deliveries').notNull(),
  failedAt: timestamp('failed_at', { withTimezone: true }).notNull().defaultNow(),
});
