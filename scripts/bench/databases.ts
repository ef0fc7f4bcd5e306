import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import postgres from 'postgres';
import { databaseUrl, dropDatabases, ensureDatabases, seedService } from '@portal/platform';
import { ROOT } from '../lib/paths';
import type { Subgraph } from '../lib/subgraphs';

/** The issue's data set; services not listed get their ordinary demo data. */
export const BENCH_SIZES: Record<string, number> = { coordinators: 100_000, partners: 10_000, 'case-studies': 20_000 };

export const benchDatabaseName = (subgraph: Subgraph) => `bench_${subgraph.name.replace(/-/g, '_')}`;

/** What the bench database of `subgraph` holds, for the report. */
export function benchData(subgraph: Subgraph): string {
  const size = BENCH_SIZES[subgraph.name];
  if (size !== undefined) return size.toLocaleString('en');
  return subgraph.definition.seed ? 'demo data' : 'empty';
}

// What the seeded rows depend on: the generator, the tables, the migrations. A change to
// any of them (or to the size) makes the next run seed the database afresh.
const SEED_INPUTS = ['src/demo', 'src/db', 'drizzle'];

function filesUnder(path: string): string[] {
  if (!existsSync(path)) return [];
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path)
    .sort()
    .flatMap((entry) => filesUnder(join(path, entry)));
}

function fingerprint(subgraph: Subgraph): string {
  const hash = createHash('sha256').update(`size=${BENCH_SIZES[subgraph.name] ?? 'demo'}\n`);
  for (const file of SEED_INPUTS.flatMap((input) => filesUnder(join(ROOT, subgraph.dir, input)))) {
    hash.update(relative(ROOT, file)).update('\0').update(readFileSync(file)).update('\0');
  }
  return `portal bench data ${hash.digest('hex').slice(0, 16)}`;
}

async function databaseComment(serverUrl: string, name: string): Promise<string | null> {
  const sql = postgres(serverUrl, { max: 1, onnotice: () => {} });
  try {
    const rows = await sql<{ comment: string | null }[]>`
      select shobj_description(oid, 'pg_database') as comment from pg_database where datname = ${name}`;
    return rows[0]?.comment ?? null;
  } finally {
    await sql.end();
  }
}

/**
 * Seeds `subgraph`'s bench database once: a database whose comment carries the current
 * fingerprint is reused as it is; any other is dropped and filled again, then vacuumed
 * and analyzed (after a bulk load GIN pending lists are full and no page is all-visible,
 * which misleads the planner) and stamped.
 */
export async function prepareBenchDatabase(
  serverUrl: string,
  subgraph: Subgraph,
  { reseed, say }: { reseed: boolean; say: (line: string) => void },
): Promise<void> {
  const name = benchDatabaseName(subgraph);
  const stamp = fingerprint(subgraph);
  if (!reseed && (await databaseComment(serverUrl, name)) === stamp) {
    say(`${name}: reusing the seeded data`);
    return;
  }
  if (!subgraph.definition.seed) {
    // No demo data of its own (e.g. built from events): the service migrates it on start.
    await ensureDatabases(serverUrl, [name]);
    say(`${name}: no demo data to seed`);
    return;
  }
  await dropDatabases(serverUrl, [name]);
  await ensureDatabases(serverUrl, [name]);
  const started = Date.now();
  const url = databaseUrl(serverUrl, name);
  const size = BENCH_SIZES[subgraph.name];
  const { inserted } = await seedService(subgraph.definition, url, size);
  const sql = postgres(url, { max: 1, onnotice: () => {} });
  try {
    await sql`vacuum (analyze)`;
    await sql.unsafe(`comment on database "${name}" is '${stamp}'`);
  } finally {
    await sql.end();
  }
  say(`${name}: seeded ${inserted.toLocaleString('en')} rows${size ? ` (${size.toLocaleString('en')} ${subgraph.name})` : ''}, vacuumed and analyzed in ${((Date.now() - started) / 1000).toFixed(0)} s`);
}
