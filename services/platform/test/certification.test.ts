import { sql } from 'drizzle-orm';
import { date, pgTable, serial, text } from 'drizzle-orm/pg-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { activeCertification, connectDatabase, isActiveCertification, todayInJapan, type Database } from '../src';
import { createEmptyDatabase } from './scratch';

const certifications = pgTable('certifications', {
  id: serial('id').primaryKey(),
  certificationStatus: text('certification_status').notNull(),
  validUntil: date('valid_until').notNull(),
});

const dayInJapan = (offsetDays: number) => todayInJapan(new Date(Date.now() + offsetDays * 86_400_000));

describe('isActiveCertification', () => {
  it('holds for an ACTIVE certification through its last valid day in Japan, and no longer', () => {
    const lastDay = { certificationStatus: 'ACTIVE', validUntil: '2026-03-31' };
    expect(isActiveCertification(lastDay, new Date('2026-03-31T14:59:59Z'))).toBe(true);
    expect(isActiveCertification(lastDay, new Date('2026-03-31T15:00:00Z'))).toBe(false);
  });

  it('never holds for a suspended or revoked certification', () => {
    for (const certificationStatus of ['SUSPENDED', 'REVOKED']) {
      expect(isActiveCertification({ certificationStatus, validUntil: '2099-12-31' })).toBe(false);
    }
  });
});

describe('activeCertification in SQL', () => {
  let database: Database<{ certifications: typeof certifications }>;
  let drop: () => Promise<void>;

  beforeAll(async () => {
    const scratch = await createEmptyDatabase();
    drop = scratch.drop;
    database = connectDatabase({ url: scratch.url, schema: { certifications } });
    await database.db.execute(sql`create table certifications (id serial primary key, certification_status text not null, valid_until date not null)`);
  });

  afterAll(async () => {
    await database?.close();
    await drop?.();
  });

  it('selects exactly the rows that isActiveCertification holds for: yesterday, today and tomorrow in Japan, every status', async () => {
    const rows = ['ACTIVE', 'SUSPENDED', 'REVOKED'].flatMap((certificationStatus) =>
      [-1, 0, 1].map((offset) => ({ certificationStatus, validUntil: dayInJapan(offset) })),
    );
    const inserted = await database.db.insert(certifications).values(rows).returning();
    const active = await database.db
      .select({ id: certifications.id })
      .from(certifications)
      .where(activeCertification(certifications.certificationStatus, certifications.validUntil))
      .orderBy(certifications.id);
    const expected = inserted.filter((row) => isActiveCertification(row));
    expect(expected.map((row) => [row.certificationStatus, row.validUntil])).toEqual([
      ['ACTIVE', dayInJapan(0)],
      ['ACTIVE', dayInJapan(1)],
    ]);
    expect(active.map((row) => row.id)).toEqual(expected.map((row) => row.id));
  });
});
