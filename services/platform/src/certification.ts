import { and, eq, sql, type SQL } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import { todayInJapan } from './calendar';

/** The date in Japan when the statement runs, by the database's clock: todayInJapan in SQL. */
const todayInJapanSql = sql`(now() at time zone 'Asia/Tokyo')::date`;

/**
 * A coordinator's certification is active while the agency has it ACTIVE and its last valid
 * day, in Japan, has not passed. Members find only active coordinators in the directory,
 * and reporting counts only them; the profile calls an ACTIVE one past its date EXPIRED.
 */
export const isActiveCertification = (certification: { certificationStatus: string; validUntil: string }, now = new Date()): boolean =>
  certification.certificationStatus === 'ACTIVE' && certification.validUntil >= todayInJapan(now);

/** isActiveCertification in SQL, over a table's status and last-valid-day columns. */
export const activeCertification = (status: AnyPgColumn, validUntil: AnyPgColumn): SQL =>
  and(eq(status, 'ACTIVE'), sql`${validUntil} >= ${todayInJapanSql}`)!;
