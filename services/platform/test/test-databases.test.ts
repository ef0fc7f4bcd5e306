import postgres from 'postgres';
import { afterAll, describe, expect, it } from 'vitest';
import { takeTestDatabase, type HeldTestDatabase } from '../testing';
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
