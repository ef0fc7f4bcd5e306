import { eq, inArray, sql } from 'drizzle-orm';
import { date, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { todayInJapan } from '../calendar';
import type { Executor } from '../db';
import { coordinatorSnapshot, parseEventData, type CoordinatorErasure } from './catalog';
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

/** `certificationStatus` of the row an erased coordinator leaves behind. */
const ERASED_STATUS = 'ERASED';

/**
 * The key of an erased coordinator's tombstone: their coordinator id, never their account.
 * A late snapshot of theirs (a redelivery that arrives after the erasure) finds it by its
 * primary key and changes nothing. No identity provider issues such a subject.
 */
const tombstoneKey = (coordinatorId: string) => `erased:${coordinatorId}`;

/**
 * Applies one coordinator event to the projection: every coordinator event but
 * `coordinator.erased` is a full snapshot; an erasure replaces the coordinator's row with a
 * tombstone that holds nothing of them but their coordinator id (no prefectures, fields or
 * languages, so no targeting, respondent region or count finds it).
 */
export async function applyCoordinatorEvent(tx: Executor, event: EventEnvelope): Promise<void> {
  if (event.type === 'coordinator.erased') return forgetProjectedCoordinator(tx, parseEventData('coordinator.erased', event.data), event.occurredAt);
  if (!event.type.startsWith('coordinator.')) return;
  const snapshot = coordinatorSnapshot.parse(event.data);
  if (await isErased(tx, snapshot.coordinatorId)) return;
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

async function isErased(tx: Executor, coordinatorId: string): Promise<boolean> {
  const [tombstone] = await tx
    .select({ accountId: coordinatorProjection.accountId })
    .from(coordinatorProjection)
    .where(eq(coordinatorProjection.accountId, tombstoneKey(coordinatorId)));
  return tombstone !== undefined;
}

async function forgetProjectedCoordinator(tx: Executor, erased: CoordinatorErasure, occurredAt: string): Promise<void> {
  await tx.delete(coordinatorProjection).where(eq(coordinatorProjection.accountId, erased.accountId));
  await tx
    .insert(coordinatorProjection)
    .values({
      accountId: tombstoneKey(erased.coordinatorId),
      coordinatorId: erased.coordinatorId,
      prefectureCodes: [],
      primaryPrefectureCode: null,
      fields: [],
      languages: [],
      certificationStatus: ERASED_STATUS,
      // The column needs a date: the day of the erasure, after which nothing of them is valid.
      validUntil: todayInJapan(new Date(occurredAt)),
      asOf: occurredAt,
    })
    .onConflictDoNothing();
}

/** The projected coordinators of the given accounts, in one statement. */
export function projectedCoordinators(
  db: Pick<Executor, 'select'>,
  accountIds: readonly string[],
): Promise<CoordinatorProjectionRow[]> {
  if (accountIds.length === 0) return Promise.resolve([]);
  return db.select().from(coordinatorProjection).where(inArray(coordinatorProjection.accountId, [...accountIds]));
}
