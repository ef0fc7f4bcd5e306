// npm run bench [-- --quick]: our gateway (with and without its limits, with tracing on), the subgraph itself and
// two peer gateways (Hive Gateway, alone and with its Rust planner) side by side on the issue 6 data set; see README's performance section.
// Writes scripts/bench/results/latest.{md,json}; the last line printed is a JSON summary.
import { randomBytes } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { ROOT } from '../lib/paths';
import type { RunningProcess } from '../lib/processes';
import { eventStream } from '@portal/platform/events';
import { freePort } from '@portal/platform/testing/ports';
import { createStream, deleteStream, startStack, UNREACHABLE_RATE_LIMITS, type Stack } from '../lib/stack';
import { GATEWAY_PORT, SUBGRAPHS } from '../lib/subgraphs';
import { DEV_AUDIENCE, DEV_ISSUER, generateKeyPair, mintToken, type TokenClaims } from '../lib/tokens';
import { CACHE_NOTE, CACHED, CACHED_PORT, cachedGateway, measureCache, measureStaleness, UNCACHED_ENV } from './cache';
import { readConfig } from './config';
import { benchData, benchDatabaseName, prepareBenchDatabase } from './databases';
import { describeMachine, describeVersions } from './machine';
import { renderMarkdown } from './markdown';
import { accountOperation, type SubgraphEndpoint } from './metrics';
import { ensurePeerInstalled, PEERS, startPeer } from './peer';
import { assertPortsFree } from './ports';
import { startOtlpSink, type OtlpSink } from './otlp-sink';
import { peakRssMiB } from './proc';
import { summarise, type BenchResults, type ShapeResult } from './results';
import { measureLatency, measureSaturation } from './rounds';
import { benchShapes } from './shapes';
import { findProfileSubject } from './subject';
import { createTargets, GATEWAYS, TARGET_LABELS } from './targets';
import { verifyAnswers, verifyAuthentication } from './verify';

const started = Date.now();
const say = (line: string) => console.log(`[bench ${((Date.now() - started) / 1000).toFixed(0).padStart(4)} s] ${line}`);
const config = readConfig();
// Events would make the relays publish the seeding's outbox rows during the measurements.
const CLOSED_NATS = 'nats://127.0.0.1:1';
// The gateways still follow the certifications and are not ready before they have: an empty
// stream of the run's own, which nothing publishes to.
const NATS_URL = process.env.NATS_URL ?? 'nats://127.0.0.1:4222';
const GATEWAY_STREAM = eventStream(`BENCH_${randomBytes(4).toString('hex').toUpperCase()}`);
const CALLER: TokenClaims = { sub: 'demo|c-0001', roles: ['COORDINATOR'] };
const RESULTS_DIR = join(ROOT, 'scripts/bench/results');
/** Our second gateway, with GATEWAY_LIMITS=off: the same run measures what the limits cost. */
const UNLIMITED = 'gateway-unlimited';
const UNLIMITED_PORT = 4102;

let stack: Stack | undefined;
/** The same gateway and subgraphs again, every process recording spans and exporting them to `sink`: what tracing costs. */
let tracedStack: Stack | undefined;
let sink: OtlpSink | undefined;
const others: RunningProcess[] = [];
const stopAll = async () => {
  for (const process of others) await process.stop();
  await tracedStack?.stop();
  await stack?.stop();
  await sink?.close();
  await deleteStream(NATS_URL, GATEWAY_STREAM).catch(() => {});
};
process.once('SIGINT', () => void stopAll().then(() => process.exit(130)));

/** Error lines of the services (pino level ≥ 50), shown as they come: failures under load. */
function showErrors(name: string, line: string) {
  if (/"level":(5|6)\d/.test(line)) say(`${name}: ${line.slice(0, 500)}`);
}

async function main() {
  const machine = await describeMachine(config.databaseServerUrl);
  say(`${config.quick ? 'quick' : 'full'} mode on ${machine.cpu}, ${machine.cores} cores; 1-minute load average ${machine.loadAtStart.toFixed(2)}`);
  await assertPortsFree([GATEWAY_PORT, UNLIMITED_PORT, CACHED_PORT, PEERS.peer.port, PEERS.router.port, ...SUBGRAPHS.map((s) => s.port)]);
  ensurePeerInstalled(say);

  say('bench databases (seeded once, reused while the demo data generators are unchanged)…');
  await Promise.all(SUBGRAPHS.map((subgraph) => prepareBenchDatabase(config.databaseServerUrl, subgraph, { reseed: config.reseed, say })));

  const keys = generateKeyPair();
  const identitySecret = randomBytes(32).toString('base64url');
  // Trusted documents off: Q0 and Q4 are not the contract's, and Q4 is a new text every time.
  const env = { NODE_ENV: 'production', IDENTITY_MAX_AGE_SECONDS: '3600', GATEWAY_WORKERS: String(config.workers), TRUSTED_DOCUMENTS: 'off', ...UNREACHABLE_RATE_LIMITS, ...UNCACHED_ENV };
  say(`starting the stack (NODE_ENV=production LOG_LEVEL=warn GATEWAY_WORKERS=${config.workers} TRUSTED_DOCUMENTS=off, NATS_URL=${CLOSED_NATS}: relays and consumers idle; the gateways follow the empty stream ${GATEWAY_STREAM.name}), and our gateway a second time with GATEWAY_LIMITS=off…`);
  await createStream(NATS_URL, GATEWAY_STREAM);
  const stackOptions = {
    databaseServerUrl: config.databaseServerUrl,
    databaseName: benchDatabaseName,
    natsUrl: CLOSED_NATS,
    identitySecret,
    jwtPublicKeyPem: keys.publicKeyPem,
    jwtIssuer: DEV_ISSUER,
    jwtAudience: DEV_AUDIENCE,
    logLevel: 'warn',
    gatewayEnv: { NATS_URL, EVENTS_STREAM: GATEWAY_STREAM.name },
    onLine: showErrors,
  };
  stack = await startStack({ ...stackOptions, env, moreGateways: [{ name: UNLIMITED, port: UNLIMITED_PORT, env: { GATEWAY_LIMITS: 'off' } }, cachedGateway] });
  sink = await startOtlpSink();
  // Ports the system hands out, far from the portal's and the peers'.
  const tracedPorts = new Map<string, number>();
  for (const subgraph of SUBGRAPHS) tracedPorts.set(subgraph.name, await freePort());
  const tracedGatewayPort = await freePort();
  say(`starting the portal a second time with tracing on in every process (OTEL_EXPORTER_OTLP_ENDPOINT=${sink.url}, a sink that discards the spans), gateway on ${tracedGatewayPort}…`);
  tracedStack = await startStack({
    ...stackOptions,
    env: { ...env, OTEL_EXPORTER_OTLP_ENDPOINT: sink.url },
    gatewayPort: tracedGatewayPort,
    portOf: (subgraph) => tracedPorts.get(subgraph.name)!,
  });
  const subgraphUrls = Object.fromEntries(SUBGRAPHS.map((s) => [s.name, `http://127.0.0.1:${s.port}/graphql`]));
  const peers = {} as Record<keyof typeof PEERS, RunningProcess>;
  for (const [key, variant] of Object.entries(PEERS) as [keyof typeof PEERS, (typeof PEERS)[keyof typeof PEERS]][]) {
    say(`starting ${variant.name}, --fork ${config.workers}…`);
    peers[key] = await startPeer({ identitySecret, jwtPublicKeyPem: keys.publicKeyPem, jwtIssuer: DEV_ISSUER, jwtAudience: DEV_AUDIENCE, subgraphUrls, fork: config.workers, env }, variant);
    others.push(peers[key]);
  }

  const processOf = (name: string) => {
    const found = stack!.processes.find((p) => p.name === name);
    if (!found?.child.pid) throw new Error(`no running process ${name}`);
    return found.child.pid;
  };
  const pids = {
    ours: () => processOf('gateway'),
    unlimited: () => processOf(UNLIMITED),
    traced: () => tracedStack!.processes.find((p) => p.name === 'gateway')!.child.pid!,
    direct: () => processOf('coordinators'),
    peer: () => peers.peer.child.pid!,
    router: () => peers.router.child.pid!,
  };
  const token = await mintToken(keys.privateKey, CALLER, '12h');
  const targets = createTargets({
    urls: {
      ours: stack.gatewayUrl,
      unlimited: `http://127.0.0.1:${UNLIMITED_PORT}/graphql`,
      traced: tracedStack.gatewayUrl,
      peer: `http://127.0.0.1:${PEERS.peer.port}/graphql`,
      router: `http://127.0.0.1:${PEERS.router.port}/graphql`,
    },
    coordinatorsUrl: subgraphUrls.coordinators!,
    token,
    identity: { sub: CALLER.sub, roles: CALLER.roles, prefectureCodes: CALLER.prefectureCodes ?? [] },
    identitySecret,
    pids,
  });

  const subject = await findProfileSubject(targets.ours, (sub) => mintToken(keys.privateKey, { sub, roles: ['COORDINATOR'] }), CALLER.sub);
  say(`Q3/Q4 ask for coordinator ${subject.id} (${subject.accountId}: ${subject.endorsedPartners} endorsed partners, ${subject.caseStudies} case studies)`);
  const shapes = benchShapes(subject.id).filter((shape) => !config.shapes || config.shapes.includes(shape.id));
  if (shapes.length === 0) throw new Error(`--shapes ${config.shapes?.join(',')} names none of Q0–Q4`);

  await verifyAuthentication(GATEWAYS.map((name) => targets[name]), token);
  await verifyAnswers(shapes, targets);
  say(`every gateway refuses a tampered token; every target answers ${shapes.map((s) => s.id).join(', ')} with the same data as our gateway`);

  const endpoints: SubgraphEndpoint[] = SUBGRAPHS.map((s) => ({ name: s.name, baseUrl: `http://127.0.0.1:${s.port}` }));
  const results: ShapeResult[] = [];
  for (const shape of shapes) {
    const hops = {
      ours: await accountOperation(targets.ours, shape.body(`account_ours_${shape.id}`), config.accountingRequests, endpoints),
      peer: await accountOperation(targets.peer, shape.body(`account_peer_${shape.id}`), config.accountingRequests, endpoints),
    };
    const costs = hops.ours.map((h) => `${h.subgraph} ${h.requestsPerOperation} request(s), ${h.sqlPerHop?.toFixed(2)} SQL/hop`);
    say(`${shape.id} per operation through our gateway: ${costs.join('; ') || 'no subgraph request'}`);
    results.push({ id: shape.id, title: shape.title, detail: shape.detail, targets: {}, rate: null, hops });
  }

  const watch = () => ({
    ...Object.fromEntries(GATEWAYS.map((name) => [TARGET_LABELS[name], pids[name]()])),
    ...Object.fromEntries(SUBGRAPHS.map((s) => [s.name, processOf(s.name)])),
  });
  const saturation = await measureSaturation(shapes, targets, config, watch, say);
  const latency = await measureLatency(shapes, targets, config, saturation, watch, say);
  for (const result of results) {
    result.targets = latency.get(result.id)!.targets;
    result.rate = latency.get(result.id)!.rate;
  }

  const cache = await measureCache({
    shapes,
    ours: targets.ours,
    cached: { ...targets.ours, url: `http://127.0.0.1:${CACHED_PORT}/graphql`, pid: () => processOf(CACHED) },
    config,
    coordinatorsDatabase: benchDatabaseName(SUBGRAPHS.find((s) => s.name === 'coordinators')!),
    say,
  });

  const peakRss: Record<string, number> = Object.fromEntries(GATEWAYS.map((name) => [TARGET_LABELS[name], peakRssMiB(pids[name]())]));
  for (const subgraph of SUBGRAPHS) peakRss[`subgraph ${subgraph.name}`] = peakRssMiB(processOf(subgraph.name));
  machine.loadAtEnd = loadavg()[0]!;
  const spansExported = sink.spans();
  await stopAll();
  say('staleness through the response cache, on a portal of its own with events flowing…');
  const staleP99Ms = await measureStaleness({ databaseServerUrl: config.databaseServerUrl, natsUrl: NATS_URL, seconds: config.quick ? 10 : 30, writesPerSecond: 5, say });

  const { databaseServerUrl: _server, ...shownConfig } = config;
  const report: BenchResults = {
    date: new Date().toISOString(),
    mode: config.quick ? 'quick' : 'full',
    config: shownConfig,
    machine,
    versions: describeVersions(),
    data: Object.fromEntries(SUBGRAPHS.map((s) => [s.name, benchData(s)])),
    notes: [
      `Every process runs with NODE_ENV=production and LOG_LEVEL=warn; our gateway with TRUSTED_DOCUMENTS=off (Q0 and Q4 are documents of the benchmark's own). NATS_URL points at a closed port (${CLOSED_NATS}): outbox relays and projection consumers idle, so that the seeding's events are not published during the measurements; the gateways follow an empty stream of the run's own for the certifications.`,
      `One caller for every request: a COORDINATOR token (sub ${CALLER.sub}, EdDSA) sent to both gateways; direct requests carry the identity header our gateway would send, signed before each slot.`,
      `Q3 and Q4 ask for coordinator ${subject.id} (demo account ${subject.accountId}): ${subject.endorsedPartners} endorsed partners and ${subject.caseStudies} case studies as the caller sees them.`,
      `Our gateway runs twice: as deployed, and with GATEWAY_LIMITS=off (no operation limits, no rate limits; everything else the same), so that the same run measures what the limits cost. Hive Gateway runs twice: with its default planner, and with --hive-router-runtime (@graphql-hive/router-runtime: Hive Router's Rust query planner and executor). Each gateway runs ${config.workers} process(es) (GATEWAY_WORKERS, Hive's --fork). Hive Gateway runs with scripts/bench/peer/gateway.config.ts: it authenticates with our gateway's own authenticator (gateway/src/authentication.ts: the same JWT checks and verified-token cache; it also loads @portal/platform's modules for it) and sends the same signed identity header and a traceparent to the subgraphs; no response cache. Before measuring, one answer per shape and target was compared with our gateway's: same data, no errors.`,
      `Tracing's cost: the whole portal runs a second time (its own gateway and subgraphs on ports the system hands out, the same databases) with OTEL_EXPORTER_OTLP_ENDPOINT set in every process, as a deployment would trace: every span recorded and exported over OTLP/HTTP in batches, to a collector in the benchmark's process that counts and discards them (${spansExported} spans received). "ours, tracing on" is measured on Q1–Q3 in the same rounds as our gateway without tracing; tracing on ÷ off is their throughput ratio.`,
      CACHE_NOTE,
      'Failed requests count connection errors, timeouts, non-2xx statuses and 2xx answers with GraphQL errors. Latencies are the raw response times autocannon reports (no coordinated-omission correction).',
    ],
    shapes: results,
    peakRssMiB: peakRss,
    summary: { ...summarise(results, spansExported), ...cache, staleP99Ms },
  };
  mkdirSync(RESULTS_DIR, { recursive: true });
  const markdown = renderMarkdown(report);
  writeFileSync(join(RESULTS_DIR, 'latest.md'), markdown);
  writeFileSync(join(RESULTS_DIR, 'latest.json'), `${JSON.stringify(report, null, 2)}\n`);
  console.log(`\n${markdown}`);
  say(`done in ${((Date.now() - started) / 60_000).toFixed(1)} min; written to scripts/bench/results/latest.md and latest.json`);
  if (report.summary.failures) say(`WARNING: ${report.summary.failures} requests failed during the measurements`);
  if (results.some((r) => r.targets.traced) && spansExported === 0) say('WARNING: the traced processes exported no span: tracing was not on');
  console.log(JSON.stringify(report.summary));
}

try {
  await main();
} catch (error) {
  console.error(`[bench] failed: ${(error as Error).stack ?? error}`);
  await stopAll();
  process.exit(1);
}
