// npx tsx scripts/bench-limits.ts [--requests 40]
//
// What refusing an attacker's operation costs the gateway. A gateway is built in this
// process with the default limits (no subgraph is needed: every operation sent is refused
// while it is validated); each pathological shape of scripts/lib/pathological-operations.ts
// is sent `--requests` times, one after another, over HTTP with a valid token. Measures
//   (a) the gateway's CPU time per refusal: process.cpuUsage from the request's arrival to
//       its response, nothing else in flight (the client's work in this process falls outside);
//   (b) the latency of /health requests sent one after another while the shape is refused
//       again `--requests` times, against as many /health requests just before, alone:
//       validation runs on the event loop, so a slow refusal delays everything else.
// Prints a table and, last, one JSON line.
import { randomBytes } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import type { FastifyRequest } from 'fastify';
import { buildGateway } from '../gateway/src/app';
import { DEFAULT_LIMITS } from '../gateway/src/limits';
import { SUPERGRAPH_PATH } from './lib/compose';
import { pathologicalShapes } from './lib/pathological-operations';
import { SUBGRAPHS } from './lib/subgraphs';
import { DEFAULT_TRUSTED_DOCUMENTS_PATH } from '../gateway/src/env';
import { DEV_AUDIENCE, DEV_ISSUER, generateKeyPair, mintToken } from './lib/tokens';

const { values } = parseArgs({ options: { requests: { type: 'string', default: '40' } } });
const REQUESTS = Number(values.requests);
const WARM_UP = 5;

const keys = generateKeyPair();
const app = await buildGateway({
  supergraphPath: fileURLToPath(SUPERGRAPH_PATH),
  identitySecret: randomBytes(32).toString('base64url'),
  jwt: { publicKeyPem: keys.publicKeyPem, issuer: DEV_ISSUER, audience: DEV_AUDIENCE },
  subgraphUrls: new Map(SUBGRAPHS.map(({ name }) => [name, 'http://127.0.0.1:1/graphql'])),
  limits: { ...DEFAULT_LIMITS, bodyBytes: 102_400 },
  // Off: the pathological shapes are to reach the limits, not to be refused as unknown documents.
  trustedDocuments: { mode: 'off', manifestPath: DEFAULT_TRUSTED_DOCUMENTS_PATH },
  log: { level: 'silent' },
  dev: false,
});
const started = new WeakMap<FastifyRequest, NodeJS.CpuUsage>();
let cpuOfLastGraphQLRequest = 0;
app.addHook('onRequest', async (request) => {
  started.set(request, process.cpuUsage());
});
app.addHook('onResponse', async (request) => {
  const { user, system } = process.cpuUsage(started.get(request));
  if (request.url === '/graphql') cpuOfLastGraphQLRequest = (user + system) / 1000;
});
const base = await app.listen({ port: 0, host: '127.0.0.1' });
const token = await mintToken(keys.privateKey, { sub: 'bench|attacker', roles: ['COORDINATOR'] });

const percentile = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * p))]!;
const median = (xs: number[]) => percentile(xs, 0.5);
const max = (xs: number[]) => Math.max(...xs);

async function health(): Promise<number> {
  const start = performance.now();
  const response = await fetch(`${base}/health`);
  await response.arrayBuffer();
  return performance.now() - start;
}

/** /health latencies, one request after another, until `done` settles. */
async function probeHealth(done: Promise<unknown>): Promise<number[]> {
  let finished = false;
  void done.finally(() => (finished = true));
  const latencies: number[] = [];
  while (!finished) latencies.push(await health());
  return latencies;
}

async function healthAlone(count: number): Promise<number[]> {
  const latencies: number[] = [];
  for (let i = 0; i < count; i++) latencies.push(await health());
  return latencies;
}

async function refuse(name: string, query: string, expectedCode: string): Promise<number> {
  const response = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query }),
  });
  const body = (await response.json()) as { errors?: { extensions?: { code?: string } }[] };
  const code = body.errors?.[0]?.extensions?.code;
  if (response.status !== 400 || code !== expectedCode) throw new Error(`${name} was not refused with ${expectedCode}: ${response.status} ${JSON.stringify(body).slice(0, 300)}`);
  return cpuOfLastGraphQLRequest;
}

async function refuseRepeatedly(name: string, query: string, code: string): Promise<number[]> {
  const cpu: number[] = [];
  for (let i = 0; i < REQUESTS; i++) cpu.push(await refuse(name, query, code));
  return cpu;
}

const shapes = pathologicalShapes(DEFAULT_LIMITS);
const VALIDATION = 'GRAPHQL_VALIDATION_FAILED';
const cases: [string, string, string][] = [
  // The cost of any refusal: authentication, Apollo's request handling and an error response.
  ['baseline: a syntax error, refused by the parser', '{ me {', 'GRAPHQL_PARSE_FAILED'],
  ['fragment fan-out, 40 fragments', shapes.fragmentFanOut, VALIDATION],
  ['fragment cycle', shapes.fragmentCycle, VALIDATION],
  ['fragment cycle fan-out, 40 fragments', shapes.fragmentCycleFanOut, VALIDATION],
  [`alias overload, ${DEFAULT_LIMITS.aliases + 1} aliases`, shapes.aliases(DEFAULT_LIMITS.aliases + 1), VALIDATION],
  [`directive overload, ${DEFAULT_LIMITS.directives + 1} directives`, shapes.directives(DEFAULT_LIMITS.directives + 1), VALIDATION],
  ['unknown directives, 200', shapes.unknownDirectives, VALIDATION],
  ['cost bomb, 20 aliases of the depth-6 chain', shapes.costBomb, VALIDATION],
  ['depth bomb, depth 10', shapes.depthBomb, VALIDATION],
  ['depth bomb, 20 aliases', shapes.aliasedDepthBomb, VALIDATION],
  ['repeated fields, 240', shapes.repeatedFields, VALIDATION],
];

for (let i = 0; i < 20; i++) await health();
console.log(`${REQUESTS} refusals per shape after ${WARM_UP} to warm up; default limits ${JSON.stringify(DEFAULT_LIMITS)}\n`);
console.log('| shape | bytes | gateway CPU ms per refusal, median / p90 / max | /health alone, p50 / max ms | /health meanwhile, p50 / max ms |');
console.log('|---|---|---|---|---|');
const results = [];
for (const [name, query, code] of cases) {
  for (let i = 0; i < WARM_UP; i++) await refuse(name, query, code);
  const cpu = await refuseRepeatedly(name, query, code);
  const alone = await healthAlone(REQUESTS);
  const load = refuseRepeatedly(name, query, code);
  const meanwhile = await probeHealth(load);
  const result = {
    shape: name,
    bytes: Buffer.byteLength(query),
    cpuMs: { median: median(cpu), p90: percentile(cpu, 0.9), max: max(cpu) },
    healthAloneMs: { p50: median(alone), max: max(alone) },
    healthMeanwhileMs: { p50: median(meanwhile), max: max(meanwhile) },
  };
  results.push(result);
  const f = (x: number) => x.toFixed(2);
  console.log(
    `| ${name} | ${result.bytes} | ${f(result.cpuMs.median)} / ${f(result.cpuMs.p90)} / ${f(result.cpuMs.max)} | ${f(result.healthAloneMs.p50)} / ${f(result.healthAloneMs.max)} | ${f(result.healthMeanwhileMs.p50)} / ${f(result.healthMeanwhileMs.max)} |`,
  );
}
await app.close();
console.log(JSON.stringify({ worstCpuMedianMs: max(results.map((r) => r.cpuMs.median)), worstCpuP90Ms: max(results.map((r) => r.cpuMs.p90)), results }));
