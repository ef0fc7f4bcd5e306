import { randomBytes } from 'node:crypto';
import postgres from 'postgres';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { databaseUrl } from '../src';
import { sweepUnusedTestDatabases, takeTestDatabase, type HeldTestDatabase } from '../testing';
import { writeMigrationsFolder } from './scratch';

// The databases service tests take (useSubgraph, useTestDatabase): kept on the test server
// between files and runs, so each taker must find one as the migrations leave it.
const migrations = writeMigrationsFolder([
  {
    tag: '0000_kept',
    sql: `create table parents (id serial primary key, name text not null);
--> statement-breakpoint
create table children (id bigserial primary key, parent_id integer not null references parents (id));`,
  },
]);
afterAll(() => migrations.remove());

async function query<T extends readonly object[]>(database: HeldTestDatabase, work: (sql: postgres.Sql) => Promise<T>): Promise<T> {
  const sql = postgres(database.url, { max: 1, onnotice: () => {} });
  try {
    return await work(sql);
  } finally {
    await sql.end();
  }
}

const write = (database: HeldTestDatabase) =>
  query(database, async (sql) => {
    const [parent] = await sql<{ id: number }[]>`insert into parents (name) values ('a') returning id`;
    const [child] = await sql<{ id: string }[]>`insert into children (parent_id) values (${parent!.id}) returning id`;
    return [{ parent: parent!.id, child: Number(child!.id) }] as const;
  });

const columns = (database: HeldTestDatabase) =>
  query(database, (sql) => sql<{ name: string }[]>`select column_name as name from information_schema.columns where table_name = 'parents' order by 1`);

describe('kept test databases', () => {
  it('are one taker’s at a time, and the next taker finds rows deleted and sequences at their start', async () => {
    const first = await takeTestDatabase(migrations.folder);
    await write(first);
    await write(first);
    const second = await takeTestDatabase(migrations.folder);
    expect(second.url).not.toBe(first.url);
    await second.release();
    await first.release();

    const again = await takeTestDatabase(migrations.folder);
    try {
      expect(await query(again, (sql) => sql`select * from parents`)).toEqual([]);
      expect(await write(again)).toEqual([{ parent: 1, child: 1 }]);
      expect(await again.empty()).toBe(true);
      expect(await write(again)).toEqual([{ parent: 1, child: 1 }]);
    } finally {
      await again.release();
    }
  });

  it('are made anew from the template once DDL ran in them', async () => {
    const altered = await takeTestDatabase(migrations.folder);
    await query(altered, (sql) => sql`alter table parents add column extra text`);
    expect(await altered.empty()).toBe(false);
    await altered.release();

    const next = await takeTestDatabase(migrations.folder);
    try {
      expect((await columns(next)).map((c) => c.name)).toEqual(['id', 'name']);
    } finally {
      await next.release();
    }
  });
});

describe('kept test databases and templates no test uses any more', () => {
  const server = () => postgres(inject('databaseUrl'), { max: 1, onnotice: () => {} });
  const fingerprint = randomBytes(10).toString('hex');
  const names = { template: `tmpl_${fingerprint}`, ...Object.fromEntries([0, 1, 2, 3, 4].map((n) => [`kept${n}`, `kept_${fingerprint}_${n}`])) } as Record<string, string>;
  const LAST_WEEK = 'test database, last used 2026-01-01T00:00:00.000Z';
  const note = async (sql: postgres.Sql, name: string) =>
    (await sql<{ note: string | null }[]>`select shobj_description(oid, 'pg_database') as note from pg_database where datname = ${name}`)[0]?.note;
  afterAll(async () => {
    const sql = server();
    for (const name of Object.values(names)) await sql.unsafe(`drop database if exists "${name}" with (force)`);
    await sql.end();
  });

  it('go once unused for a week; one held, one connected to, one never noted and one used lately stay', async () => {
    const sql = server();
    const holder = server();
    const connected = postgres(databaseUrl(inject('databaseUrl'), names.kept2!), { max: 1 });
    try {
      for (const name of Object.values(names)) await sql.unsafe(`create database "${name}"`);
      for (const name of [names.template, names.kept0, names.kept1, names.kept2]) await sql.unsafe(`comment on database "${name}" is '${LAST_WEEK}'`);
      await sql.unsafe(`comment on database "${names.kept4}" is 'test database, last used ${new Date().toISOString()}'`);
      // As a test holding it does: the lock takeTestDatabase takes on a kept database's name.
      await holder`select pg_advisory_lock(727101, hashtext(${names.kept1!}))`;
      await connected`select 1`;

      const dropped = await sweepUnusedTestDatabases(inject('databaseUrl'));

      expect(dropped.filter((name) => name.includes(fingerprint))).toEqual([names.kept0, names.template]);
      const left = await sql<{ name: string }[]>`select datname as name from pg_database where datname like ${`%${fingerprint}%`} order by 1`;
      expect(left.map((row) => row.name)).toEqual([names.kept1, names.kept2, names.kept3, names.kept4]);
      expect(await note(sql, names.kept3!)).toMatch(/^test database, last used \d{4}-\d\d-\d\dT/);
      expect(await note(sql, names.kept1!)).toBe(LAST_WEEK);
    } finally {
      await connected.end();
      await holder.end();
      await sql.end();
    }
  });
});
