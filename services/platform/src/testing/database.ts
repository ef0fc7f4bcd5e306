import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, inject } from 'vitest';
import { databaseUrl, dropDatabases, ensureDatabases } from '../databases';
import { runMigrations } from '../db';

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

/** A fresh, migrated database of its own on the test server. */
export async function createTestDatabase(migrationsFolder: string, serverUrl = inject('databaseUrl')): Promise<TestDatabase> {
  const database = await createEmptyTestDatabase(serverUrl);
  await runMigrations(database.url, migrationsFolder);
  return database;
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
