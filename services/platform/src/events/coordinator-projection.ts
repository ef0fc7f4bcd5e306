import { eq, inArray, sql } from 'drizzle-orm';
import { date, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { todayInJapan } from '../calendar';
import type { Executor } from '../db';
import { typedArray } from '../search';
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
 * Applies coordinator events to the projection, in their order: every coordinator event but
 * `coordinator.erased` is a full snapshot; an erasure replaces the coordinator's row with a
 * tombstone that holds nothing of them but their coordinator id (no prefectures, fields or
 * languages, so no targeting, respondent region or count finds it). The snapshots between
 * two erasures are written in one statement, as one after another would leave them: per
 * account the latest (the first of equal times), none of an erased coordinator. Other
 * events are ignored.
 */
export async function applyCoordinatorEvents(tx: Executor, events: readonly EventEnvelope[]): Promise<void> {
  let snapshots: EventEnvelope[] = [];
  for (const event of events) {
    if (event.type === 'coordinator.erased') {
      await saveSnapshots(tx, snapshots);
      snapshots = [];
      await forgetProjectedCoordinator(tx, parseEventData('coordinator.erased', event.data), event.occurredAt);
    } else if (event.type.startsWith('coordinator.')) snapshots.push(event);
  }
  await saveSnapshots(tx, snapshots);
}

/** `applyCoordinatorEvents` for one event. */
export const applyCoordinatorEvent = (tx: Executor, event: EventEnvelope): Promise<void> => applyCoordinatorEvents(tx, [event]);

async function saveSnapshots(tx: Executor, events: readonly EventEnvelope[]): Promise<void> {
  if (events.length === 0) return;
  const snapshots = events.map((event) => {
    const snapshot = coordinatorSnapshot.parse(event.data);
    return { ...snapshot, asOf: event.occurredAt, tombstone: tombstoneKey(snapshot.coordinatorId) };
  });
  const column = <K extends keyof (typeof snapshots)[number]>(key: K, type: string) =>
    typedArray(snapshots.map((s) => (Array.isArray(s[key]) ? JSON.stringify(s[key]) : (s[key] as string | null))), type);
  const texts = (name: string) => sql.raw(`array(select jsonb_array_elements_text(s.${name}))`);
  const t = coordinatorProjection;
  await tx.execute(sql`
    insert into ${t} (account_id, coordinator_id, prefecture_codes, primary_prefecture_code, fields, languages, certification_status, valid_until, as_of)
    select distinct on (s.account_id)
      s.account_id, s.coordinator_id, ${texts('prefecture_codes')}, s.primary_prefecture_code, ${texts('fields')}, ${texts('languages')}, s.certification_status, s.valid_until, s.as_of
    from unnest(${column('accountId', 'text')}, ${column('coordinatorId', 'uuid')}, ${column('prefectureCodes', 'jsonb')}, ${column('primaryPrefectureCode', 'text')},
                ${column('fields', 'jsonb')}, ${column('languages', 'jsonb')}, ${column('certificationStatus', 'text')}, ${column('validUntil', 'date')}, ${column('asOf', 'timestamptz')}, ${column('tombstone', 'text')})
         with ordinality as s(account_id, coordinator_id, prefecture_codes, primary_prefecture_code, fields, languages, certification_status, valid_until, as_of, tombstone, position)
    where not exists (select 1 from ${t} erased where erased.account_id = s.tombstone)
    order by s.account_id, s.as_of desc, s.position
    on conflict (account_id) do update set
      coordinator_id = excluded.coordinator_id, prefecture_codes = excluded.prefecture_codes, primary_prefecture_code = excluded.primary_prefecture_code,
      fields = excluded.fields, languages = excluded.languages, certification_status = excluded.certification_status, valid_until = excluded.valid_until, as_of = excluded.as_of
      where ${t.asOf} < excluded.as_of`);
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
