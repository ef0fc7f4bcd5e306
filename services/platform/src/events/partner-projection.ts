import { sql } from 'drizzle-orm';
import { boolean, index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { parseEventData } from './catalog';
import type { Executor } from '../db';
import type { EventEnvelope } from './envelope';

/**
 * A service's local copy of what partner events say: the fields, places and languages of
 * every partner ever approved, for services that match needs to partners without calling
 * the partner directory. Archived partners stay, not approved.
 */
export const partnerProjection = pgTable(
  'partner_projection',
  {
    partnerId: uuid('partner_id').primaryKey(),
    fields: text('fields').array().notNull(),
    /** Empty when nationwide. */
    prefectureCodes: text('prefecture_codes').array().notNull(),
    /** Serves every prefecture: a nationwide or remote (phone, online) service. */
    nationwide: boolean('nationwide').notNull(),
    languages: text('languages').array().notNull(),
    approved: boolean('approved').notNull(),
    // The event's time: a late redelivery of an older snapshot never overwrites a newer one.
    asOf: timestamp('as_of', { withTimezone: true, mode: 'string' }).notNull(),
  },
  (t) => [
    index('partner_projection_fields_idx').using('gin', t.fields).where(sql`approved`),
    index('partner_projection_prefectures_idx').using('gin', t.prefectureCodes).where(sql`approved`),
    index('partner_projection_nationwide_idx').on(t.partnerId).where(sql`approved and nationwide`),
  ],
);

export type PartnerProjectionRow = typeof partnerProjection.$inferSelect;

/** The consumer filter for partner events. */
export const PARTNER_EVENTS = 'partner.>';

/** Applies a partner.approved or partner.archived event to the projection; other events are ignored. */
export async function applyPartnerEvent(tx: Executor, event: EventEnvelope): Promise<void> {
  if (event.type !== 'partner.approved' && event.type !== 'partner.archived') return;
  const snapshot = parseEventData(event.type, event.data);
  const row = {
    partnerId: snapshot.partnerId,
    fields: [...new Set(snapshot.fields)],
    prefectureCodes: snapshot.nationwide ? [] : [...new Set(snapshot.prefectureCodes)],
    nationwide: snapshot.nationwide,
    languages: [...new Set(snapshot.languages)],
    approved: event.type === 'partner.approved',
    asOf: event.occurredAt,
  };
  const { partnerId: _key, ...changes } = row;
  await tx
    .insert(partnerProjection)
    .values(row)
    .onConflictDoUpdate({ target: partnerProjection.partnerId, set: changes, setWhere: sql`${partnerProjection.asOf} < excluded.as_of` });
}
