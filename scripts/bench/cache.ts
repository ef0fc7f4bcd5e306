// The response cache and the directory's database cost in the benchmark: one more gateway
// with the cache on beside ours (which runs without it, as the peers do), the Postgres CPU of
// a directory search, and how long a change takes to show through the cache.
import { readdirSync, readFileSync } from 'node:fs';
import { setTimeout as delay } from 'node:timers/promises';
import { startScriptStack } from '../lib/stack';
import { generateKeyPair, mintToken, type TokenClaims } from '../lib/tokens';
import type { BenchConfig } from './config';
import { runSlot } from './load';
import type { Shape, ShapeId } from './shapes';
import { median, percentile } from './stats';
import type { Target } from './targets';

export const CACHED = 'gateway-cached';
export const CACHED_PORT = 4103;
/** Our gateway and its unlimited twin measure the uncached path, comparable with the peers'. */
export const UNCACHED_ENV = { RESPONSE_CACHE: 'off' };
export const cachedGateway = { name: CACHED, port: CACHED_PORT, env: { RESPONSE_CACHE: 'on' } };

export const CACHE_NOTE = `Our gateway and its GATEWAY_LIMITS=off twin run with RESPONSE_CACHE=off, as the peers run without a response cache; ${CACHED} (port ${CACHED_PORT}) is ours with the cache on, measured after the others against ours on Q1 and Q3 (q1CachedVsUncached, q3CachedVsUncached; q1PgCpuMsPerOp: CPU of the Postgres backends of the coordinators' database per uncached Q1). staleP99Ms comes from a portal of its own with events flowing, started after this one stopped.`;

export interface CacheSummary {
  /** Postgres CPU (ms) per Q1 through our gateway without the cache: backends of the coordinators' database. */
  q1PgCpuMsPerOp: number | null;
  q1CachedVsUncached: number | null;
  q3CachedVsUncached: number | null;
  /** From a write's answer to a cached read showing it, p99 over the writes of the staleness run. */
  staleP99Ms: number | null;
}

const TICKS_PER_SECOND = 100;

/**
 * CPU ticks so far of the Postgres backends serving `database`: their process titles read
 * `postgres: [<cluster>:] <user> <database> <client> <state>`. Backends that exit meanwhile are lost,
 * so the pools must stay connected across a slot (they do: keep-alive pools).
 */
export function backendTicks(database: string): number {
  let ticks = 0;
  for (const pid of readdirSync('/proc').filter((entry) => /^\d+$/.test(entry))) {
    try {
      const title = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
      if (!title.startsWith('postgres: ')) continue;
      // The database is the word before the client's address (`127.0.0.1(54321)`, `[local]`).
      const words = title.split(/[\s\0]+/);
      const client = words.findIndex((word) => /\(\d+\)$/.test(word) || word === '[local]');
      if (client < 1 || words[client - 1] !== database) continue;
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      ticks += Number(fields[11]) + Number(fields[12]);
    } catch {
      // Gone meanwhile.
    }
  }
  return ticks;
}

const ratio = (a: number, b: number) => (b > 0 ? Math.round((a / b) * 1000) / 1000 : null);

/**
 * Saturation slots of Q1 and Q3 against our gateway and the cached one, alternating, `rounds`
 * times; the Postgres backends' CPU is read around each uncached Q1 slot.
 */
export async function measureCache(options: {
  shapes: Shape[];
  ours: Target;
  cached: Target;
  config: BenchConfig;
  coordinatorsDatabase: string;
  say: (line: string) => void;
}): Promise<Omit<CacheSummary, 'staleP99Ms'>> {
  const { config } = options;
  const throughput = async (id: ShapeId) => {
    const shape = options.shapes.find((s) => s.id === id);
    if (!shape) return { ratio: null, pgMsPerOp: null };
    const uncached: number[] = [];
    const cached: number[] = [];
    const pgMsPerOp: number[] = [];
    for (let round = 0; round < config.rounds; round++) {
      for (const [target, into] of [
        [options.ours, uncached],
        [options.cached, cached],
      ] as const) {
        const slot = { body: shape.body(`cache_${target.name}_${id}_${round}`), varies: shape.varies, connections: config.connections, watch: {} };
        await runSlot({ ...slot, target, seconds: config.warmupSeconds });
        const before = backendTicks(options.coordinatorsDatabase);
        const result = await runSlot({ ...slot, target, seconds: config.slotSeconds });
        const ticks = backendTicks(options.coordinatorsDatabase) - before;
        into.push(result.rps);
        if (target === options.ours && result.responses > 0) pgMsPerOp.push(((ticks / TICKS_PER_SECOND) * 1000) / result.responses);
      }
    }
    options.say(`${id} uncached ${median(uncached).toFixed(0)} req/s, cached ${median(cached).toFixed(0)} req/s; Postgres ${median(pgMsPerOp).toFixed(2)} ms CPU per uncached operation`);
    return { ratio: ratio(median(cached), median(uncached)), pgMsPerOp: Math.round(median(pgMsPerOp) * 100) / 100 };
  };
  const q1 = await throughput('Q1');
  const q3 = await throughput('Q3');
  return { q1PgCpuMsPerOp: q1.pgMsPerOp, q1CachedVsUncached: q1.ratio, q3CachedVsUncached: q3.ratio };
}

const PROFILE = 'query StaleProfile($id: ID!) { coordinator(id: $id) { id bio } }';
const UPDATE = 'mutation StaleWrite($input: UpdateProfileInput!) { updateMyProfile(input: $input) { id bio } }';
const REGISTER = 'mutation StaleRegister($input: RegisterCoordinatorInput!) { registerCoordinator(input: $input) { id } }';

/**
 * A portal of its own with events flowing (the benchmark's own idles its relays): a writer
 * edits a profile `writesPerSecond` times a second through a gateway without the cache, a
 * reader polls the profile through a gateway with it; for each write, the time from its
 * answer to the first read that shows it. Only the stream can tell the cached gateway.
 */
export async function measureStaleness(options: {
  databaseServerUrl: string;
  natsUrl: string;
  seconds: number;
  writesPerSecond: number;
  say: (line: string) => void;
}): Promise<number | null> {
  const keys = generateKeyPair();
  const stack = await startScriptStack({
    prefix: 'bench_stale',
    databaseServerUrl: options.databaseServerUrl,
    natsUrl: options.natsUrl,
    jwtPublicKeyPem: keys.publicKeyPem,
    gatewayEnv: { RESPONSE_CACHE: 'on' },
    moreGateways: [{ name: 'uncached', env: { RESPONSE_CACHE: 'off' } }],
  });
  try {
    const writer: TokenClaims = { sub: 'bench|stale-writer', roles: ['COORDINATOR'] };
    const reader: TokenClaims = { sub: 'bench|stale-reader', roles: ['COORDINATOR'] };
    const admin: TokenClaims = { sub: 'bench|stale-admin', roles: ['AGENCY_ADMIN'] };
    const tokens = new Map<TokenClaims, string>();
    for (const caller of [writer, reader, admin]) tokens.set(caller, await mintToken(keys.privateKey, caller, '1h'));
    const send = async (url: string, caller: TokenClaims, query: string, variables: Record<string, unknown>) => {
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${tokens.get(caller)}` },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await response.json()) as { data?: any; errors?: unknown[] };
      if (body.errors?.length || !body.data) throw new Error(`staleness run: ${JSON.stringify(body.errors)}`);
      return body.data;
    };
    const cachedUrl = stack.gatewayUrl;
    const uncachedUrl = stack.gatewayUrls.uncached!;
    const register = (accountId: string, name: string) =>
      send(uncachedUrl, admin, REGISTER, { input: { accountId, name, nameKana: 'カナ', cohortYear: 2025, activityRegions: [{ prefectureCode: '13' }] } });
    const { registerCoordinator } = await register(writer.sub, '書き手');
    await register(reader.sub, '読み手');
    const id = registerCoordinator.id as string;

    let latest = -1;
    let stopping = false;
    const shown = new Map<number, number>();
    // The reader: as fast as it is answered, one request at a time.
    const polling = (async () => {
      while (!stopping) {
        const { coordinator } = await send(cachedUrl, reader, PROFILE, { id });
        const seen = Number(/^v(\d+)$/.exec(coordinator?.bio ?? '')?.[1] ?? -1);
        const now = performance.now();
        for (let n = latest; n >= 0 && n <= seen && !shown.has(n); n--) shown.set(n, now);
        await delay(2);
      }
    })();
    const written = new Map<number, number>();
    const writes = Math.round(options.seconds * options.writesPerSecond);
    for (let n = 0; n < writes; n++) {
      const started = performance.now();
      await send(uncachedUrl, writer, UPDATE, { input: { bio: `v${n}` } });
      written.set(n, performance.now());
      latest = n;
      await delay(Math.max(0, 1000 / options.writesPerSecond - (performance.now() - started)));
    }
    // Long enough for the last write to show however slow the stream is.
    const deadline = performance.now() + 10_000;
    while (!shown.has(writes - 1) && performance.now() < deadline) await delay(20);
    stopping = true;
    await polling;
    // A write superseded before it showed shows with the next one: counted from its own answer.
    const stale = [...written].map(([n, at]) => (shown.get(n) ?? shown.get(writes - 1) ?? deadline) - at).sort((a, b) => a - b);
    const p99 = Math.round(percentile(stale, 0.99));
    options.say(`staleness: ${writes} writes at ${options.writesPerSecond}/s, shown through the cache after p50 ${Math.round(percentile(stale, 0.5))} ms, p99 ${p99} ms`);
    return p99;
  } finally {
    await stack.close();
  }
}
