import { createHash, randomBytes } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import postgres from 'postgres';
import { afterAll, beforeAll, inject } from 'vitest';
import { databaseUrl, dropDatabases, ensureDatabases } from '../src/databases';
import { runMigrations } from '../src/db';

export interface TestDatabase {
  url: string;
  drop(): Promise<void>;
}

/** A fresh, empty database of its own on the test server. */
export async function createEmptyTestDatabase(serverUrl = inject('databaseUrl')): Promise<TestDatabase> {
  const name = `test_${randomBytes(6).toString('hex')}`;
  await ensureDatabases(serverUrl, [name]);
  return { url: databaseUrl(serverUrl, name), drop: () => dropDatabases(serverUrl, [name]) };
}

/** Every file of a folder, in a stable order: what a template is made of. */
function folderFingerprint(folder: string): string {
  const hash = createHash('sha256');
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir).sort()) {
      const path = join(dir, entry);
      if (statSync(path).isDirectory()) walk(path);
      else hash.update(entry).update(readFileSync(path));
    }
  };
  walk(folder);
  return hash.digest('hex').slice(0, 20);
}

// Any fixed number: only the test helpers take it, on the test server's default database.
const TEMPLATE_LOCK = 727_099;

/**
 * The name of a database migrated with `migrationsFolder`, made once per content of the
 * folder and kept on the test server, so that every test file clones it (CREATE DATABASE
 * … TEMPLATE) instead of running the migrations again. Test workers are processes: an
 * advisory lock on the server lets one build it while the others wait.
 */
async function migratedTemplate(serverUrl: string, migrationsFolder: string): Promise<string> {
  const name = `tmpl_${folderFingerprint(migrationsFolder)}`;
  const sql = postgres(serverUrl, { max: 1, onnotice: () => {} });
  try {
    await sql`select pg_advisory_lock(${TEMPLATE_LOCK})`;
    const [existing] = await sql`select 1 from pg_database where datname = ${name}`;
    if (!existing) {
      // Built under another name and renamed when complete: a template is never half-made.
      const building = `${name}_${randomBytes(4).toString('hex')}`;
      await sql.unsafe(`create database "${building}"`);
      await runMigrations(databaseUrl(serverUrl, building), migrationsFolder);
      await sql.unsafe(`alter database "${building}" rename to "${name}"`);
    }
  } finally {
    await sql`select pg_advisory_unlock(${TEMPLATE_LOCK})`.catch(() => {});
    await sql.end();
  }
  return name;
}

/** A fresh, migrated database of its own on the test server (a copy of the migrated template). */
export async function createTestDatabase(migrationsFolder: string, serverUrl = inject('databaseUrl')): Promise<TestDatabase> {
  const template = await migratedTemplate(serverUrl, migrationsFolder);
  const name = `test_${randomBytes(6).toString('hex')}`;
  const sql = postgres(serverUrl, { max: 1, onnotice: () => {} });
  try {
    await sql.unsafe(`create database "${name}" template "${template}"`);
  } finally {
    await sql.end();
  }
  return { url: databaseUrl(serverUrl, name), drop: () => dropDatabases(serverUrl, [name]) };
}

/** Gives the calling test file its own fresh database, dropped when the file is done. */
export function useTestDatabase(migrationsFolder: string): () => TestDatabase {
  let database: TestDatabase | undefined;
  beforeAll(async () => {
    database = await createTestDatabase(migrationsFolder);
  });
  afterAll(async () => {
    await database?.drop();
  });
  return () => {
    if (!database) throw new Error('the test database is created in beforeAll');
    return database;
  };
}
