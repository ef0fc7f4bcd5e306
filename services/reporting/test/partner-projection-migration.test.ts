import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectDatabase, migrationsFolderOf, runMigrations } from '@portal/platform';
import { applyBatchOnce } from '@portal/platform/events';
import { createEmptyTestDatabase, type TestDatabase } from '@portal/platform/testing';
import { applyReportingEvents, REPORTING_CONSUMER } from '../src/projection';
import { service as reporting } from '../src/service';
import { partnerSnapshot, portalEventOf } from './helpers';
import * as schema from '../src/db/schema';

// Reporting's partners move from a table of its own to the platform's partner projection: a
// database migrated before keeps every row, and events go on updating them.
const folder = migrationsFolderOf(reporting.name);

/** The migrations folder as it was before `tag`: the same files and journal entries, the later ones left out. */
function folderBefore(tag: string): { folder: string; remove(): void } {
  const copy = mkdtempSync(join(tmpdir(), 'reporting-migrations-'));
  cpSync(folder, copy, { recursive: true });
  const journal = JSON.parse(readFileSync(join(folder, 'meta', '_journal.json'), 'utf8')) as { entries: { tag: string }[] };
  journal.entries = journal.entries.slice(0, journal.entries.findIndex((e) => e.tag === tag));
  writeFileSync(join(copy, 'meta', '_journal.json'), JSON.stringify(journal));
  return { folder: copy, remove: () => rmSync(copy, { recursive: true, force: true }) };
}

let database: TestDatabase;
let sql: postgres.Sql;
beforeAll(async () => {
  database = await createEmptyTestDatabase();
  sql = postgres(database.url, { max: 1, onnotice: () => {} });
});
afterAll(async () => {
  await sql.end();
  await database.drop();
});

describe('the move to the platform’s partner projection', () => {
  it('keeps the partners reporting had, and later events update them with their languages', async () => {
    const before = folderBefore('0005_partner_projection_shared');
    try {
      await runMigrations(database.url, before.folder);
    } finally {
      before.remove();
    }
    const partner = partnerSnapshot({ fields: ['MEDICAL', 'HOUSING'], languages: ['vi', 'ne'] });
    await sql`insert into partner_projection (partner_id, fields, prefecture_codes, nationwide, approved, as_of)
      values (${partner.partnerId}, ${['MEDICAL', 'HOUSING']}, ${['09']}, false, true, '2026-05-01T00:00:00Z')`;

    await runMigrations(database.url, folder);
    const rows = () => sql`select partner_id, fields, prefecture_codes, nationwide, languages, approved from partner_projection`;
    expect(await rows()).toEqual([
      { partner_id: partner.partnerId, fields: ['MEDICAL', 'HOUSING'], prefecture_codes: ['09'], nationwide: false, languages: [], approved: true },
    ]);

    const { db, close } = connectDatabase({ url: database.url, schema, poolSize: 1 });
    try {
      const archived = portalEventOf('partner.archived', partner, '2026-07-01T00:00:00Z');
      await db.transaction((tx) => applyBatchOnce(tx, REPORTING_CONSUMER, [archived], applyReportingEvents));
    } finally {
      await close();
    }
    expect(await rows()).toEqual([
      { partner_id: partner.partnerId, fields: ['MEDICAL', 'HOUSING'], prefecture_codes: ['09'], nationwide: false, languages: ['vi', 'ne'], approved: false },
    ]);
  });
});
