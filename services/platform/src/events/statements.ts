import { sql } from 'drizzle-orm';
import type { TransactionSql } from 'postgres';
import type { Executor } from '../db';
import { typedArray } from '../search';
import { namedStatements } from '../statements';
import { deadLetters, processedEvents } from './tables';

/** An outbox row as the relay publishes it. */
export interface OutboxRow {
  id: string;
  aggregate_id: string;
  type: string;
  version: number;
  occurred_at: Date;
  data: Record<string, unknown>;
  traceparent: string | null;
}

const statements = {
  /**
   * Locks the next batch of unpublished rows (SKIP LOCKED, so relays share the work). A row is
   * taken when every earlier unpublished row of its aggregate is in this batch too: rows that
   * another relay holds keep the later ones of their aggregate back.
   */
  outboxClaim: (tx: TransactionSql, batchSize: number) => tx<OutboxRow[]>`
    with claimed as (
      select id, seq, aggregate_id from outbox
      where published_at is null
      order by seq
      limit ${batchSize}
      for update skip locked
    )
    select o.id, o.aggregate_id, o.type, o.version, o.occurred_at, o.data, o.traceparent
    from claimed c join outbox o on o.id = c.id
    where not exists (
      select 1 from outbox earlier
      where earlier.published_at is null and earlier.aggregate_id = c.aggregate_id and earlier.seq < c.seq
        and earlier.id not in (select id from claimed)
    )
    order by c.seq`,
  outboxMarkPublished: (tx: TransactionSql, ids: string[]) => tx`update outbox set published_at = now() where id = any(${ids}::uuid[])`,
  /** Records a batch's events in a consumer's inbox; a row back for each that was not there yet. */
  inboxRecord: (tx: Executor, consumer: string, eventIds: string[]) =>
    tx.execute<{ event_id: string }>(sql`
      insert into ${processedEvents} (event_id, consumer)
      select id, ${consumer} from unnest(${typedArray(eventIds, 'uuid')}) id
      on conflict do nothing returning event_id`),
  deadLetterInsert: (db: Executor, row: typeof deadLetters.$inferInsert) => db.insert(deadLetters).values(row),
  databasePing: (db: Executor) => db.execute(sql`select 1`),
};

export type EventStatements = ReturnType<typeof namedStatements<typeof statements>>;

const byService = new Map<string, EventStatements>();

/**
 * The event mechanism's own SQL in a service's database (relay, consumer inbox, dead
 * letters), named like a store's statements: `<service>.outboxClaim` is timed in the
 * service's /metrics, and a failure is logged by that name and its code only.
 */
export function eventStatements(service: string): EventStatements {
  let named = byService.get(service);
  if (!named) byService.set(service, (named = namedStatements(service, statements)));
  return named;
}
