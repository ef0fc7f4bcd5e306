// npx tsx scripts/measure-suspension.ts [--rounds 20] [--poll-ms 10]
//
// How long a suspension takes to reach every service, and a reinstatement to undo it: the
// whole portal as processes (fresh databases and a stream of its own, dropped afterwards).
// Each round an agency admin suspends a coordinator through the gateway; from the moment the
// mutation is answered, the coordinator's own member operation in every service is sent
// every --poll-ms until it is FORBIDDEN with CERTIFICATION_INACTIVE; then the same for the
// reinstatement until it is answered again. The path measured: coordinators' outbox →
// relay → NATS → the gateway's projection → the identity it signs → each service's guard.
// Prints a table and, last, one JSON line. Needs Postgres and NATS (DATABASE_URL, NATS_URL).
import { parseArgs } from 'node:util';
import { MEMBER_PROBES as PROBES } from './lib/member-probes';
import { startScriptStack } from './lib/stack';
import { generateKeyPair, mintToken, type TokenClaims } from './lib/tokens';

const { values } = parseArgs({ options: { rounds: { type: 'string', default: '20' }, 'poll-ms': { type: 'string', default: '10' } } });
const rounds = Number(values.rounds);
const pollMs = Number(values['poll-ms']);

const databaseServerUrl = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const natsUrl = process.env.NATS_URL ?? 'nats://127.0.0.1:4222';
const keys = generateKeyPair();
const log = (line: string) => console.error(`[measure] ${line}`);

const admin: TokenClaims = { sub: 'idp|measure-admin', roles: ['AGENCY_ADMIN'] };
const member: TokenClaims = { sub: 'idp|measure-member', roles: ['COORDINATOR'] };

let gatewayUrl = '';
const tokens = new Map<string, Promise<string>>();
async function post(caller: TokenClaims, query: string, variables?: Record<string, unknown>) {
  if (!tokens.has(caller.sub)) tokens.set(caller.sub, mintToken(keys.privateKey, caller));
  const response = await fetch(gatewayUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${await tokens.get(caller.sub)}` },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as { data?: any; errors?: { message: string; extensions?: { reason?: string } }[] };
}

const refused = (body: Awaited<ReturnType<typeof post>>) => body.errors?.some((e) => e.extensions?.reason === 'CERTIFICATION_INACTIVE') ?? false;

/** Milliseconds from `start` until the service's probe answers `wanted` (refused or served). */
async function until(service: string, wanted: boolean, start: number): Promise<number> {
  for (;;) {
    const body = await post(member, PROBES[service]!);
    if (refused(body) === wanted && (wanted || !body.errors)) return performance.now() - start;
    if (performance.now() - start > 120_000) throw new Error(`${service} did not follow within 120 s`);
    await new Promise((resolve) => setTimeout(resolve, pollMs));
  }
}

async function change(id: string, status: 'SUSPENDED' | 'ACTIVE') {
  const body = await post(admin, 'mutation($id: ID!, $s: CertificationStatus!) { setCertificationStatus(id: $id, status: $s) { id } }', { id, s: status });
  if (body.errors) throw new Error(body.errors.map((e) => e.message).join('; '));
  const start = performance.now();
  return Object.fromEntries(await Promise.all(Object.keys(PROBES).map(async (service) => [service, await until(service, status === 'SUSPENDED', start)] as const)));
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
const summary = (samples: number[]) => {
  const sorted = [...samples].sort((a, b) => a - b);
  return { p50: Math.round(percentile(sorted, 50)), p95: Math.round(percentile(sorted, 95)), max: Math.round(sorted.at(-1)!) };
};

log('starting the portal');
const stack = await startScriptStack({ prefix: 'measure_suspension', databaseServerUrl, natsUrl, jwtPublicKeyPem: keys.publicKeyPem });
process.once('SIGINT', () => void stack.close().then(() => process.exit(130)));

try {
  gatewayUrl = stack.gatewayUrl;
  const registered = await post(admin, 'mutation($input: RegisterCoordinatorInput!) { registerCoordinator(input: $input) { id } }', {
    input: { accountId: member.sub, name: '計測 太郎', cohortYear: 2025, activityRegions: [{ prefectureCode: '13' }] },
  });
  const id = registered.data.registerCoordinator.id as string;

  const suspensions: Record<string, number>[] = [];
  const reinstatements: Record<string, number>[] = [];
  for (let round = 1; round <= rounds; round++) {
    suspensions.push(await change(id, 'SUSPENDED'));
    reinstatements.push(await change(id, 'ACTIVE'));
    log(`round ${round}: suspended everywhere after ${Math.round(Math.max(...Object.values(suspensions.at(-1)!)))} ms, reinstated after ${Math.round(Math.max(...Object.values(reinstatements.at(-1)!)))} ms`);
  }

  const everywhere = (samples: Record<string, number>[]) => summary(samples.map((s) => Math.max(...Object.values(s))));
  const rows = [
    ...Object.keys(PROBES).map((service) => [service, summary(suspensions.map((s) => s[service]!)), summary(reinstatements.map((s) => s[service]!))] as const),
    ['every service', everywhere(suspensions), everywhere(reinstatements)] as const,
  ];
  console.log(`| service | suspension p50 / p95 / max ms | reinstatement p50 / p95 / max ms |\n|---|---|---|`);
  for (const [service, s, r] of rows) console.log(`| ${service} | ${s.p50} / ${s.p95} / ${s.max} | ${r.p50} / ${r.p95} / ${r.max} |`);
  console.log(JSON.stringify({ rounds, pollMs, suspensionEverywhere: everywhere(suspensions), reinstatementEverywhere: everywhere(reinstatements) }));
} finally {
  await stack.close();
}
