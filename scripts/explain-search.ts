// npm run explain:search [-- --reuse]: plans and timings of the directory's searches over
// 100,000 demo coordinators, in database portal_bench_coordinators on DATABASE_URL's server
// (re-created each run unless --reuse). The statements are the store's own, captured as sent.
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { connectDatabase, databaseUrl, dropDatabases, ensureDatabases, migrationsFolderOf, runMigrations } from '@portal/platform';
import * as schema from '../services/coordinators/src/db/schema';
import { seedDemoData } from '../services/coordinators/src/demo/seed-database';
import { createStore, type DirectoryFilter } from '../services/coordinators/src/store';

const DATABASE = 'portal_bench_coordinators';
const ROWS = 100_000;
const RUNS = 20;
const PAGE = 21; // a page of 20 and one more to know whether there is a next page

const SEARCHES: { name: string; filter: DirectoryFilter }[] = [
  {
    name: 'a. 13,14 + MEDICAL + vi + 医療通訳',
    filter: { prefectureCodes: ['13', '14'], fields: ['MEDICAL'], languages: ['vi'], text: '医療通訳', listedOnly: true },
  },
  { name: 'b. text 医療', filter: { text: '医療', listedOnly: true } },
  { name: 'c. prefecture 09', filter: { prefectureCodes: ['09'], listedOnly: true } },
  { name: 'd. CHILDCARE + pt', filter: { fields: ['CHILDCARE'], languages: ['pt'], listedOnly: true } },
  { name: 'e. no filter', filter: { listedOnly: true } },
  { name: 'f. prefecture 13 (Tokyo)', filter: { prefectureCodes: ['13'], listedOnly: true } },
  { name: 'g. prefectures 13, 14', filter: { prefectureCodes: ['13', '14'], listedOnly: true } },
];

const { values: args } = parseArgs({ options: { reuse: { type: 'boolean', default: false } } });
const serverUrl = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const url = databaseUrl(serverUrl, DATABASE);

if (!args.reuse) await dropDatabases(serverUrl, [DATABASE]);
await ensureDatabases(serverUrl, [DATABASE]);
let started = performance.now();
await runMigrations(url, migrationsFolderOf('coordinators'));
const { inserted, total } = await seedDemoData(url, ROWS);
console.log(inserted > 0 ? `seeded ${inserted} coordinators in ${seconds(started)} s` : `reusing ${total} coordinators`);

const captured: { query: string; parameters: readonly unknown[] }[] = [];
const database = connectDatabase({ url, schema, poolSize: 1, onQuery: (query, parameters) => captured.push({ query, parameters }) });
const store = createStore(database.db);
// VACUUM as well as ANALYZE: right after a bulk load the GIN indexes' pending lists are full
// and no heap page is all-visible, which makes GIN scans look dear and rules out index-only
// scans. Autovacuum soon changes that in a running service; the plans here should too.
started = performance.now();
await database.sql`vacuum (analyze) coordinators, coordinator_listing`;
console.log(`vacuumed and analyzed in ${seconds(started)} s`);

interface Result {
  name: string;
  matched: number;
  pageMs: number;
  countMs: number;
  indexes: string[];
  seqScan: boolean;
}
const results: Result[] = [];

try {
  for (const { name, filter } of SEARCHES) {
    console.log(`\n=== ${name} ===`);
    const page = await explain('page', () => store.search(filter, PAGE));
    const counted = await explain('count', () => store.count(filter));
    const pageMs = await medianMs(() => store.search(filter, PAGE));
    const countMs = await medianMs(() => store.count(filter));
    results.push({
      name,
      matched: await store.count(filter),
      pageMs,
      countMs,
      indexes: [...new Set([...page.indexes, ...counted.indexes])],
      seqScan: page.seqScan || counted.seqScan,
    });
  }
} finally {
  await database.close();
}

console.log(`\n=== summary: ${ROWS.toLocaleString('en')} coordinators, median of ${RUNS} runs ===`);
console.table(
  results.map((r) => ({
    search: r.name,
    'rows matched': r.matched,
    'page ms': r.pageMs.toFixed(2),
    'count ms': r.countMs.toFixed(2),
    'indexes only (no Seq Scan)': r.seqScan ? 'NO' : 'yes',
    'indexes used': r.indexes.join(', '),
  })),
);

/** Runs `work` once, then EXPLAIN (ANALYZE, BUFFERS) on the statement it sent, with its parameters. */
async function explain(label: string, work: () => Promise<unknown>) {
  captured.length = 0;
  await work();
  const [statement] = captured;
  if (!statement || captured.length !== 1) throw new Error(`expected one statement from the ${label} query, got ${captured.length}`);
  console.log(`--- ${label} SQL\n${statement.query}\n--- parameters ${JSON.stringify(statement.parameters)}`);
  const plan = (await database.sql.unsafe(`explain (analyze, buffers) ${statement.query}`, statement.parameters as never[]))
    .map((row) => row['QUERY PLAN'] as string)
    .join('\n');
  captured.length = 0;
  console.log(`--- ${label} plan\n${plan}`);
  return {
    indexes: [...plan.matchAll(/(?:Index Scan|Index Only Scan|Bitmap Index Scan)(?: Backward)? (?:using|on) (\S+)/g)].map((m) => m[1]!),
    seqScan: /Seq Scan on coordinator/.test(plan),
  };
}

/** Median wall time of RUNS runs through the store, as the service runs them (prepared statements included). */
async function medianMs(work: () => Promise<unknown>): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    await work();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return (times[RUNS / 2 - 1]! + times[RUNS / 2]!) / 2;
}

function seconds(since: number): string {
  return ((performance.now() - since) / 1000).toFixed(1);
}
