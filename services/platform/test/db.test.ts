import { randomBytes } from 'node:crypto';
import postgres from 'postgres';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { connectDatabase, runMigrations } from '../src';
import { createEmptyDatabase, writeMigrationsFolder } from './scratch';

// The second migration inserts a row: running it again would show as a second row.
const migrations = writeMigrationsFolder([
  { tag: '0000_notes', sql: 'create table "notes" ("id" serial primary key, "body" text not null);' },
  { tag: '0001_first_note', sql: `insert into "notes" ("body") values ('seeded');\n--> statement-breakpoint\ncreate index "notes_body" on "notes" ("body");` },
]);

const databases: { drop(): Promise<void> }[] = [];
const emptyDatabase = async () => {
  const database = await createEmptyDatabase();
  databases.push(database);
  return database.url;
};

afterEach(async () => {
  await Promise.all(databases.splice(0).map((d) => d.drop()));
});
afterAll(() => migrations.remove());

async function state(url: string) {
  const sql = postgres(url, { max: 1, onnotice: () => {} });
  try {
    const notes = await sql<{ body: string }[]>`select body from notes order by id`;
    const applied = await sql<{ created_at: string }[]>`select created_at from drizzle.__drizzle_migrations order by id`;
    return { notes: notes.map((n) => n.body), applied: applied.map((a) => Number(a.created_at)) };
  } finally {
    await sql.end();
  }
}

describe('runMigrations', () => {
  it('applies every migration of the folder in order', async () => {
    const url = await emptyDatabase();
    await runMigrations(url, migrations.folder);
    expect(await state(url)).toEqual({ notes: ['seeded'], applied: [1_700_000_000_000, 1_700_000_000_001] });
  });

  it('is a no-op the second time on the same database', async () => {
    const url = await emptyDatabase();
    await runMigrations(url, migrations.folder);
    await runMigrations(url, migrations.folder);
    expect(await state(url)).toEqual({ notes: ['seeded'], applied: [1_700_000_000_000, 1_700_000_000_001] });
  });

  it('lets concurrent runs on a fresh database wait for each other and both succeed', async () => {
    const url = await emptyDatabase();
    const runs = await Promise.allSettled([1, 2, 3].map(() => runMigrations(url, migrations.folder)));
    expect(runs.map((r) => r.status)).toEqual(['fulfilled', 'fulfilled', 'fulfilled']);
    expect(await state(url)).toEqual({ notes: ['seeded'], applied: [1_700_000_000_000, 1_700_000_000_001] });
  });

  it('rejects when the migrations folder has no journal', async () => {
    const url = await emptyDatabase();
    await expect(runMigrations(url, '/nonexistent/migrations')).rejects.toThrow("Can't find meta/_journal.json file");
  });
});

describe('connectDatabase', () => {
  it('pings a server that answers and reports each statement to onQuery', async () => {
    const url = await emptyDatabase();
    const statements: [string, readonly unknown[]][] = [];
    const database = connectDatabase({ url, schema: {}, onQuery: (query, parameters) => statements.push([query, parameters]) });
    try {
      await expect(database.ping()).resolves.toBeUndefined();
      await database.sql`select ${41}::int + 1 as answer`;
      // postgres.js also sends a query of its own for array types on connecting.
      expect(statements.filter(([query]) => !query.includes('pg_catalog'))).toEqual([
        ['select 1', []],
        ['select $1::int + 1 as answer', ['41']],
      ]);
    } finally {
      await database.close();
    }
  });

  it('rejects the ping when the database does not exist', async () => {
    const url = await emptyDatabase();
    const missing = new URL(url);
    // A name of its own: a fixed one could exist on a shared server.
    const name = `test_missing_${randomBytes(6).toString('hex')}`;
    missing.pathname = `/${name}`;
    const database = connectDatabase({ url: missing.toString(), schema: {} });
    try {
      await expect(database.ping()).rejects.toThrow(`database "${name}" does not exist`);
    } finally {
      await database.close();
    }
  });
});
