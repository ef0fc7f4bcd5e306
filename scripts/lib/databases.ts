import postgres from 'postgres';

/** URL of database `name` on the server `serverUrl` points at. */
export function databaseUrl(serverUrl: string, name: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

/** Creates each database that does not exist yet on the server. */
export async function ensureDatabases(serverUrl: string, names: string[]): Promise<void> {
  const sql = postgres(serverUrl, { max: 1, onnotice: () => {} });
  try {
    const existing = new Set((await sql<{ datname: string }[]>`select datname from pg_database`).map((r) => r.datname));
    for (const name of names) {
      if (!existing.has(name)) await sql.unsafe(`create database "${name}"`);
    }
  } finally {
    await sql.end();
  }
}

export async function dropDatabases(serverUrl: string, names: string[]): Promise<void> {
  const sql = postgres(serverUrl, { max: 1, onnotice: () => {} });
  try {
    for (const name of names) await sql.unsafe(`drop database if exists "${name}" with (force)`);
  } finally {
    await sql.end();
  }
}
