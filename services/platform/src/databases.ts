import postgres from 'postgres';

// Databases on a Postgres server, as one service each (start, benchmarks) or one test file each.

/** URL of database `name` on the server that `serverUrl` points at. */
export function databaseUrl(serverUrl: string, name: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

async function onServer(serverUrl: string, work: (sql: postgres.Sql) => Promise<void>): Promise<void> {
  const sql = postgres(serverUrl, { max: 1, onnotice: () => {} });
  try {
    await work(sql);
  } finally {
    await sql.end();
  }
}

/** Creates each database that does not exist yet on the server. */
export function ensureDatabases(serverUrl: string, names: string[]): Promise<void> {
  return onServer(serverUrl, async (sql) => {
    const existing = new Set((await sql<{ datname: string }[]>`select datname from pg_database`).map((r) => r.datname));
    for (const name of names) {
      if (!existing.has(name)) await sql.unsafe(`create database "${name}"`);
    }
  });
}

export function dropDatabases(serverUrl: string, names: string[]): Promise<void> {
  return onServer(serverUrl, async (sql) => {
    for (const name of names) await sql.unsafe(`drop database if exists "${name}" with (force)`);
  });
}
