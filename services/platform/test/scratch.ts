// Scratch databases and migrations folders for the platform's own database tests.
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import postgres from 'postgres';
import { inject } from 'vitest';
import { databaseUrl } from '../src/testing';

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
export async function createEmptyDatabase(serverUrl = inject('databaseUrl')): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `test_${Math.random().toString(16).slice(2, 14)}`;
  const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
  try {
    await admin.unsafe(`create database "${name}"`);
  } finally {
    await admin.end();
  }
  return {
    url: databaseUrl(serverUrl, name),
    async drop() {
      const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
      try {
        await admin.unsafe(`drop database if exists "${name}" with (force)`);
      } finally {
        await admin.end();
      }
    },
  };
}
