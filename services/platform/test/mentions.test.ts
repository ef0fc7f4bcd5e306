import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEmptyTestDatabase, mentionsIn, type TestDatabase } from '../testing';

// mentionsIn is what the erasure tests rely on to find personal data left behind: it must
// find a text wherever a row holds it.
let database: TestDatabase;
beforeAll(async () => {
  database = await createEmptyTestDatabase();
  const sql = postgres(database.url, { max: 1, onnotice: () => {} });
  await sql.unsafe(`
    create table people (id uuid primary key, name text, tags text[], doc jsonb, "Mixed Case" text);
    create schema elsewhere;
    create table elsewhere.copies (payload text);
    insert into people values ('00000000-0000-4000-8000-000000000001', '山田 花子', '{idp|tag-1}', '{"phone": "090-1111-2222"}', null);
    insert into people values ('00000000-0000-4000-8000-000000000002', 'someone', '{}', '{}', '"quoted" \\name');
    insert into elsewhere.copies values ('{"accountId":"idp|copy-1"}'), ('{"accountId":"idp|copy-1"}');
  `);
  await sql.end();
});
afterAll(() => database?.drop());

describe('mentionsIn', () => {
  it('finds a text in any column of any type, in any schema, with the number of rows', async () => {
    expect(await mentionsIn(database.url, ['山田 花子', 'idp|tag-1', '090-1111-2222', 'idp|copy-1', '"quoted" \\name'])).toEqual([
      { table: 'elsewhere.copies', text: 'idp|copy-1', rows: 2 },
      { table: 'public.people', text: '山田 花子', rows: 1 },
      { table: 'public.people', text: 'idp|tag-1', rows: 1 },
      { table: 'public.people', text: '090-1111-2222', rows: 1 },
      { table: 'public.people', text: '"quoted" \\name', rows: 1 },
    ]);
  });

  it('finds nothing for texts no row holds', async () => {
    expect(await mentionsIn(database.url, ['山田 太郎', 'idp|tag-2'])).toEqual([]);
  });
});
