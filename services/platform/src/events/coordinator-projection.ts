import { inArray, sql } from 'drizzle-orm';
import { date, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import type { PostgresJsDatabase } from 'drizzle-orm/postgres-js';
import { coordinatorSnapshot } from './catalog';
import type { Transaction } from './consumer';
import type { EventEnvelope } from './envelope';

/**
 * A service's local copy of what coordinator events say: the activity regions, fields and
 * certification of each coordinator account, for services that must know them without
 * calling the directory (announcement targeting, survey respondents, reporting).
 */
export const coordinatorProjection = pgTable('coordinator_projection', {
  accountId: text('account_id').primaryKey(),
  coordinatorId: uuid('coordinator_id').notNull(),
  prefectureCodes: text('prefecture_codes').array().notNull(),
  primaryPrefectureCode: text('primary_prefecture_code'),
  fields: text('fields').array().notNull(),
  languages: text('languages').array().notNull(),
  certificationStatus: text('certification_status').notNull(),
  validUntil: date('valid_until').notNull(),
  // The event's time: a late redelivery of an older snapshot never overwrites a newer one.
  asOf: timestamp('as_of', { withTimezone: true, mode: 'string' }).notNull(),
});

export type CoordinatorProjectionRow = typeof coordinatorProjection.$inferSelect;

/** The consumer filter for coordinator events. */
export const COORDINATOR_EVENTS = 'coordinator.>';

/** Applies one coordinator event to the projection (every coordinator event is a full snapshot). */
export async function applyCoordinatorEvent(tx: Transaction, event: EventEnvelope): Promise<void> {
  if (!event.type.startsWith('coordinator.')) return;
  const snapshot = coordinatorSnapshot.parse(event.data);
  const row = {
    accountId: snapshot.accountId,
    coordinatorId: snapshot.coordinatorId,
    prefectureCodes: snapshot.prefectureCodes,
    primaryPrefectureCode: snapshot.primaryPrefectureCode,
    fields: snapshot.fields,
    languages: snapshot.languages,
    certificationStatus: snapshot.certificationStatus,
    validUntil: snapshot.validUntil,
    asOf: event.occurredAt,
  };
  const { accountId: _key, ...changes } = row;
  await tx
    .insert(coordinatorProjection)
    .values(row)
    .onConflictDoUpdate({
      target: coordinatorProjection.accountId,
      set: changes,
      setWhere: sql`${coordinatorProjection.asOf} < excluded.as_of`,
    });
}

/** The projected coordinators of the given accounts, in one statement. */
export function projectedCoordinators(
  db: Pick<PostgresJsDatabase<Record<string, unknown>>, 'select'>,
  accountIds: readonly string[],
): Promise<CoordinatorProjectionRow[]> {
  if (accountIds.length === 0) return Promise.resolve([]);
  return db.select().from(coordinatorProjection).where(inArray(coordinatorProjection.accountId, [...accountIds]));
}
