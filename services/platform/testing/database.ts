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

/**
 * A name for a database of this test run: `test_<run>_…`. The run's global teardown drops
 * every database that starts with its prefix (testRunDatabasePrefix), so a file need not
 * wait for its own drops: DROP DATABASE forces a checkpoint of the whole server, which
 * cost a file more than its tests.
 */
export function testDatabaseName(): string {
  return `${testRunDatabasePrefix(inject('testRun'))}${randomBytes(6).toString('hex')}`;
}

export const testRunDatabasePrefix = (run: string) => `test_${run}_`;

/** A fresh, empty database of its own on the test server. */
export async function createEmptyTestDatabase(serverUrl = inject('databaseUrl')): Promise<TestDatabase> {
  const name = testDatabaseName();
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
    await stampUse(sql, name);
  } finally {
    await sql`select pg_advisory_unlock(${TEMPLATE_LOCK})`.catch(() => {});
    await sql.end();
  }
  return name;
}

/** A fresh, migrated database of its own on the test server (a copy of the migrated template). */
export async function createTestDatabase(migrationsFolder: string, serverUrl = inject('databaseUrl')): Promise<TestDatabase> {
  const template = await migratedTemplate(serverUrl, migrationsFolder);
  const name = testDatabaseName();
  const sql = postgres(serverUrl, { max: 1, onnotice: () => {} });
  try {
    await sql.unsafe(`create database "${name}" template "${template}"`);
  } finally {
    await sql.end();
  }
  return { url: databaseUrl(serverUrl, name), drop: () => dropDatabases(serverUrl, [name]) };
}

// Records that DDL ran in a kept database (a test that alters a table, a rebuild that makes
// a schema): the next taker makes it anew from the template rather than empty it.
const WATCH_DDL = `
  create schema test_kept;
  create table test_kept.ddl (tag text);
  create function test_kept.note_ddl() returns event_trigger language plpgsql as $$ begin insert into test_kept.ddl values (tg_tag); end $$;
  create event trigger test_kept_ddl on ddl_command_end execute function test_kept.note_ddl();
  create event trigger test_kept_drop on sql_drop execute function test_kept.note_ddl();`;

// Deletes without foreign-key checks (any order) and sequences back at their start: what a
// fresh clone of the template holds. Deleting the few rows a file wrote is cheaper than
// TRUNCATE, which makes new files for every table and index.
const EMPTY = `
  do $$
  declare t record;
  begin
    set local session_replication_role = replica;
    for t in select format('%I.%I', schemaname, tablename) as name from pg_tables where schemaname = 'public' loop
      execute 'delete from ' || t.name;
    end loop;
    perform setval(s.seqrelid, s.seqstart, false) from pg_sequence s join pg_class c on c.oid = s.seqrelid join pg_namespace n on n.oid = c.relnamespace where n.nspname = 'public';
  end $$`;

/** A database a test holds until `release`, as a clone of the migrations' template holds it. */
export interface HeldTestDatabase extends TestDatabase {
  /** Gives it back to the server's kept databases, for the next taker to empty. */
  release(): Promise<void>;
  /** Empties it for the holder's next use; false when that cannot be (DDL ran in it): take another. */
  empty(): Promise<boolean>;
}

const KEPT_LOCK = 727_101;

/**
 * A migrated database that no one else holds, as new: one of the databases kept on the test
 * server for this content of `migrationsFolder` (`kept_<template>_<n>`, emptied), else a new
 * clone that is kept afterwards. Creating and dropping a database per file cost more than
 * most files' tests: DROP DATABASE forces a checkpoint of the whole server. A session
 * advisory lock, held until `release` (or the worker's end), makes a kept database one
 * taker's; like the templates, kept databases stay on the test server between runs. Without
 * superuser rights (event triggers) it is a fresh clone, dropped with the run.
 */
export async function takeTestDatabase(migrationsFolder: string, serverUrl = inject('databaseUrl')): Promise<HeldTestDatabase> {
  const template = await migratedTemplate(serverUrl, migrationsFolder);
  const holder = holderOn(serverUrl);
  const [role] = await holder<{ super: boolean }[]>`select rolsuper as super from pg_roles where rolname = current_user`;
  if (!role?.super) return Object.assign(await createTestDatabase(migrationsFolder, serverUrl), { release: async () => {}, empty: async () => false });
  for (let slot = 0; ; slot++) {
    const name = `kept_${template.slice('tmpl_'.length)}_${slot}`;
    // Advisory locks are re-entrant within a session: the worker's own holdings are skipped here.
    if (heldHere.has(name)) continue;
    const [taken] = await holder<{ ok: boolean }[]>`select pg_try_advisory_lock(${KEPT_LOCK}, hashtext(${name})) as ok`;
    if (!taken!.ok) continue;
    heldHere.add(name);
    try {
      const url = databaseUrl(serverUrl, name);
      const [existing] = await holder`select 1 from pg_database where datname = ${name}`;
      if (!existing || !(await emptied(url))) {
        if (existing) await holder.unsafe(`drop database "${name}" with (force)`);
        await holder.unsafe(`create database "${name}" template "${template}"`);
        const sql = postgres(url, { max: 1, onnotice: () => {} });
        await sql.unsafe(WATCH_DDL).finally(() => sql.end());
      }
      await stampUse(holder, name);
      return held(url, name, holder);
    } catch (error) {
      await unlock(holder, name);
      throw error;
    }
  }
}

// One connection per worker holds the locks of every database the worker has taken: each
// connection counts against the server's max_connections, which every worker shares.
const holders = new Map<string, postgres.Sql>();
const holderOn = (serverUrl: string) => {
  let holder = holders.get(serverUrl);
  if (!holder) holders.set(serverUrl, (holder = postgres(serverUrl, { max: 1, onnotice: () => {} })));
  return holder;
};
const heldHere = new Set<string>();
async function unlock(holder: postgres.Sql, name: string): Promise<void> {
  await holder`select pg_advisory_unlock(${KEPT_LOCK}, hashtext(${name}))`;
  heldHere.delete(name);
}

/** Empties a kept database; false when DDL ran in it since it was made. */
async function emptied(url: string): Promise<boolean> {
  const sql = postgres(url, { max: 1, onnotice: () => {} });
  try {
    const [ddl] = await sql<{ n: number }[]>`select count(*)::int as n from test_kept.ddl`;
    if (ddl!.n > 0) return false;
    await sql.unsafe(EMPTY);
    return true;
  } catch {
    return false;
  } finally {
    await sql.end();
  }
}

function held(url: string, name: string, holder: postgres.Sql): HeldTestDatabase {
  return {
    url,
    release: () => unlock(holder, name),
    empty: () => emptied(url),
    async drop() {
      await holder.unsafe(`drop database if exists "${name}" with (force)`);
      await unlock(holder, name);
    },
  };
}

/** Gives the calling test file a database of its own (takeTestDatabase) until the file is done. */
export function useTestDatabase(migrationsFolder: string): () => TestDatabase {
  let database: HeldTestDatabase | undefined;
  beforeAll(async () => {
    database = await takeTestDatabase(migrationsFolder);
  });
  afterAll(async () => {
    await database?.release();
  });
  return () => {
    if (!database) throw new Error('the test database is created in beforeAll');
    return database;
  };
}

const USED_PREFIX = 'test database, last used ';

/** Notes on the database itself when a test last used it, for sweepUnusedTestDatabases. */
async function stampUse(sql: postgres.Sql, name: string): Promise<void> {
  await sql.unsafe(`comment on database "${name}" is '${USED_PREFIX}${new Date().toISOString()}'`);
}

/**
 * Drops the templates and kept databases (made for a content of a migrations folder) that no
 * test has used for `unusedDays`: those of migrations since changed, or of a checkout since
 * removed. Several checkouts may share the server, so "not used lately" is the only safe
 * sign; a kept database someone holds now (its advisory lock) or is connected to stays. One
 * without a note of use (made before these notes) is noted as used now, and goes `unusedDays`
 * later if nothing uses it. Returns the names dropped.
 */
export async function sweepUnusedTestDatabases(serverUrl: string, unusedDays = 7): Promise<string[]> {
  const sql = postgres(serverUrl, { max: 1, onnotice: () => {} });
  const dropped: string[] = [];
  const dropUnlessInUse = async (name: string) => {
    try {
      await sql.unsafe(`drop database "${name}"`);
      dropped.push(name);
    } catch {
      // Someone is connected to it: it is in use after all.
    }
  };
  try {
    const cutoff = new Date(Date.now() - unusedDays * 86_400_000).toISOString();
    const candidates = await sql<{ name: string; note: string | null }[]>`
      select datname as name, shobj_description(oid, 'pg_database') as note from pg_database
      where datname ~ '^(kept_[0-9a-f]{20}_[0-9]+|tmpl_[0-9a-f]{20})$' order by datname`;
    for (const { name, note } of candidates) {
      if (!note?.startsWith(USED_PREFIX)) await stampUse(sql, name);
      else if (note.slice(USED_PREFIX.length) >= cutoff) continue;
      else if (name.startsWith('kept_')) {
        const [taken] = await sql<{ ok: boolean }[]>`select pg_try_advisory_lock(${KEPT_LOCK}, hashtext(${name})) as ok`;
        if (!taken!.ok) continue;
        await dropUnlessInUse(name);
        await sql`select pg_advisory_unlock(${KEPT_LOCK}, hashtext(${name}))`;
      } else {
        // Under the builders' lock, where every use notes itself: unused still, it can go.
        await sql`select pg_advisory_lock(${TEMPLATE_LOCK})`;
        const [now] = await sql<{ note: string | null }[]>`select shobj_description(oid, 'pg_database') as note from pg_database where datname = ${name}`;
        if (now?.note === note) await dropUnlessInUse(name);
        await sql`select pg_advisory_unlock(${TEMPLATE_LOCK})`;
      }
    }
  } finally {
    await sql.end();
  }
  return dropped;
}

/** Drops every database of the test run `run` (its global teardown), several at once: their checkpoints coincide. */
export async function dropTestRunDatabases(serverUrl: string, run: string): Promise<void> {
  const sql = postgres(serverUrl, { max: 1, onnotice: () => {} });
  let names: string[];
  try {
    const prefix = testRunDatabasePrefix(run).replace(/_/g, '\\_');
    names = (await sql<{ datname: string }[]>`select datname from pg_database where datname like ${`${prefix}%`}`).map((row) => row.datname);
  } finally {
    await sql.end();
  }
  const lanes = 6;
  await Promise.all(Array.from({ length: lanes }, (_, lane) => dropDatabases(serverUrl, names.filter((_, i) => i % lanes === lane))));
}
