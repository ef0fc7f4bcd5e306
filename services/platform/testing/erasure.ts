import { randomUUID } from 'node:crypto';
import { drizzle } from 'drizzle-orm/postgres-js';
import postgres from 'postgres';
import type { Executor } from '../src/db';
import type { CoordinatorErasure } from '../src/events/catalog';
import type { EventEnvelope } from '../src/events/envelope';

/** coordinator.erased as the coordinators service publishes it. */
export const erasureEvent = (erasure: CoordinatorErasure): EventEnvelope => ({
  id: randomUUID(),
  type: 'coordinator.erased',
  version: 1,
  occurredAt: new Date().toISOString(),
  producer: 'coordinators',
  data: { ...erasure },
});

/**
 * Applies events with a consumer's handler in one transaction, as the consumer does with a
 * batch, but without its inbox: an event given twice is really applied twice.
 */
export async function applyEvents(
  databaseUrl: string,
  apply: (tx: Executor, event: EventEnvelope) => Promise<void>,
  ...events: EventEnvelope[]
): Promise<void> {
  const sql = postgres(databaseUrl, { max: 1, onnotice: () => {} });
  try {
    await drizzle(sql).transaction(async (tx) => {
      for (const event of events) await apply(tx, event);
    });
  } finally {
    await sql.end();
  }
}

export interface Mention {
  table: string;
  text: string;
  rows: number;
}

/**
 * Where any of `texts` occurs in a database: every column of every table of every schema but
 * the system's, cast to text (arrays and jsonb as Postgres prints them). Empty when none does.
 */
export async function mentionsIn(databaseUrl: string, texts: readonly string[]): Promise<Mention[]> {
  const sql = postgres(databaseUrl, { max: 1, onnotice: () => {} });
  try {
    const tables = await sql<{ name: string; columns: string[] }[]>`
      select format('%I.%I', c.table_schema, c.table_name) as name, array_agg(quote_ident(c.column_name) order by c.ordinal_position) as columns
      from information_schema.columns c
      join information_schema.tables t on t.table_schema = c.table_schema and t.table_name = c.table_name
      where t.table_type = 'BASE TABLE' and t.table_schema not in ('pg_catalog', 'information_schema')
      group by 1 order by 1`;
    const mentions: Mention[] = [];
    for (const { name, columns } of tables) {
      const anyColumn = columns.map((column) => `strpos(${column}::text, $1) > 0`).join(' or ');
      for (const text of texts) {
        const [{ rows }] = await sql.unsafe<[{ rows: number }]>(`select count(*)::int as rows from ${name} where ${anyColumn}`, [text]);
        if (rows > 0) mentions.push({ table: name, text, rows });
      }
    }
    return mentions;
  } finally {
    await sql.end();
  }
}
