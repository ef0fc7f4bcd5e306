import { Counter, Gauge, type Registry } from 'prom-client';
import type { Sql } from 'postgres';
import type { Consumer } from '../events/consumer';
import type { Relay } from '../events/relay';
import { runStatement } from '../statements';

export interface EventParts {
  service: string;
  sql: Sql;
  relay?: Relay;
  consumers: Consumer[];
}

/** Sets a gauge from what `read` finds at scrape time; no series while it cannot read (the database down). */
async function refresh(gauge: Gauge, read: () => Promise<[Record<string, string>, number][]>) {
  gauge.reset();
  const values = await read().catch(() => []);
  for (const [labels, value] of values) gauge.set(labels, value);
}

/**
 * The service's event backbone as Prometheus sees it: outbox backlog and the age of its
 * oldest unpublished event, events relayed, and per consumer its lag in NATS, events
 * applied and dead letters set aside.
 */
export function registerEventMetrics(registry: Registry, parts: EventParts): void {
  const { service, sql, relay, consumers } = parts;
  const registers = [registry];
  if (relay) {
    new Gauge({
      name: 'portal_outbox_pending_events',
      help: 'Events in the outbox not yet published to NATS',
      registers,
      async collect() {
        await refresh(this, () =>
          runStatement(`${service}.outboxPending`, async () => {
            const [row] = await sql<{ pending: number }[]>`select count(*)::int as pending from outbox where published_at is null`;
            return [[{}, row!.pending]];
          }),
        );
      },
    });
    new Gauge({
      name: 'portal_outbox_oldest_pending_age_seconds',
      help: 'Age of the oldest event not yet published to NATS (0 when none waits)',
      registers,
      async collect() {
        await refresh(this, () =>
          runStatement(`${service}.outboxOldestAge`, async () => {
            const [row] = await sql<{ age: number }[]>`
              select coalesce(extract(epoch from clock_timestamp() - min(occurred_at)), 0)::float8 as age
              from outbox where published_at is null`;
            return [[{}, row!.age]];
          }),
        );
      },
    });
    new Counter({
      name: 'portal_events_published_total',
      help: 'Events the relay published to NATS',
      registers,
      collect() {
        this.reset();
        this.inc(relay.published);
      },
    });
  }
  if (consumers.length === 0) return;
  new Gauge({
    name: 'portal_consumer_pending_messages',
    help: 'Messages of a consumer not yet acknowledged, delivered or not: its lag behind the stream',
    labelNames: ['consumer'],
    registers,
    async collect() {
      await refresh(this, async () => {
        const pending = await Promise.all(consumers.map(async (c) => [{ consumer: c.name }, await c.pending()] as const));
        return pending.filter((entry): entry is [{ consumer: string }, number] => entry[1] !== undefined);
      });
    },
  });
  new Counter({
    name: 'portal_consumer_events_applied_total',
    help: 'Events a consumer applied',
    labelNames: ['consumer'],
    registers,
    collect() {
      this.reset();
      for (const c of consumers) this.inc({ consumer: c.name }, c.processed);
    },
  });
  new Gauge({
    name: 'portal_dead_letters',
    help: 'Messages a consumer set aside after repeated failures, waiting for a person',
    labelNames: ['consumer'],
    registers,
    async collect() {
      await refresh(this, () =>
        runStatement(`${service}.deadLetterCount`, async () => {
          const rows = await sql<{ consumer: string; count: number }[]>`select consumer, count(*)::int as count from dead_letters group by consumer`;
          const counts = new Map(rows.map((row) => [row.consumer, row.count]));
          return consumers.map((c): [Record<string, string>, number] => [{ consumer: c.name }, counts.get(c.name) ?? 0]);
        }),
      );
    },
  });
}
