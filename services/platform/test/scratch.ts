// Scratch databases and migrations folders for the platform's own database tests.
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface Migration {
  tag: string;
  /** Statements separated by drizzle's `--> statement-breakpoint`. */
  sql: string;
}

/** A drizzle-kit style migrations folder (meta/_journal.json plus one .sql file per entry). */
export function writeMigrationsFolder(migrations: Migration[]): { folder: string; remove(): void } {
  const folder = mkdtempSync(join(tmpdir(), 'platform-migrations-'));
  mkdirSync(join(folder, 'meta'));
  const entries = migrations.map((m, idx) => ({ idx, version: '7', when: 1_700_000_000_000 + idx, tag: m.tag, breakpoints: true }));
  writeFileSync(join(folder, 'meta', '_journal.json'), JSON.stringify({ version: '7', dialect: 'postgresql', entries }, null, 2));
  for (const m of migrations) writeFileSync(join(folder, `${m.tag}.sql`), m.sql);
  return { folder, remove: () => rmSync(folder, { recursive: true, force: true }) };
}

/** An empty database of its own (not migrated), dropped by `drop`. */
export { createEmptyTestDatabase as createEmptyDatabase } from '../testing';
