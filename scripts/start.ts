// npm start: the whole portal on this machine — Postgres, NATS, every subgraph with demo
// data, and the gateway on port 4000. A service that crashes is started again (1 s, 2 s,
// 4 s … up to 30 s between attempts). Ctrl-C stops everything.
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { startEmbeddedPostgres, startLocalNats, type LocalServer } from './lib/local-servers';
import { DATA_DIR, ROOT } from './lib/paths';
import { describeExit } from './lib/processes';
import { startStack } from './lib/stack';
import { GATEWAY_PORT } from './lib/subgraphs';
import { DEV_AUDIENCE, DEV_ISSUER, devKeyPair } from './lib/tokens';
import { startMailSink } from '../services/notifications/src/mail-sink';

const started = Date.now();
mkdirSync(DATA_DIR, { recursive: true });
const say = (line: string) => console.log(`[portal] ${line}`);
const owned: LocalServer[] = [];

function identitySecret(): string {
  const path = join(DATA_DIR, 'identity-secret');
  if (!existsSync(path)) writeFileSync(path, randomBytes(32).toString('base64url'), { mode: 0o600 });
  return readFileSync(path, 'utf8').trim();
}

async function postgresServer(): Promise<string> {
  if (process.env.DATABASE_URL) {
    say(`Postgres: ${new URL(process.env.DATABASE_URL).host} (DATABASE_URL)`);
    return process.env.DATABASE_URL;
  }
  const server = await startEmbeddedPostgres(DATA_DIR, Number(process.env.EMBEDDED_POSTGRES_PORT ?? 5439));
  owned.push(server);
  say(`Postgres: ${server.description}`);
  return server.url;
}

async function natsServer(): Promise<string | undefined> {
  if (process.env.NATS_URL) {
    say(`NATS: ${process.env.NATS_URL} (NATS_URL)`);
    return process.env.NATS_URL;
  }
  const server = await startLocalNats(DATA_DIR, Number(process.env.LOCAL_NATS_PORT ?? 4229));
  if (!server) {
    say('NATS: no NATS_URL and no nats-server on PATH — events wait in the services\' outboxes until NATS is reachable');
    return undefined;
  }
  owned.push(server);
  say(`NATS: ${server.description}`);
  return server.url;
}

async function seed(dir: string, url: string) {
  const module = join(ROOT, dir, 'src/demo/seed-database.ts');
  if (!existsSync(module)) return;
  const { seedDemoData } = (await import(module)) as { seedDemoData: (url: string) => Promise<{ inserted: number }> };
  const { inserted } = await seedDemoData(url);
  if (inserted > 0) say(`${dir}: demo data added (${inserted} rows)`);
}

let stopping = false;
async function shutdown(stopStack: () => Promise<void>, code = 0) {
  if (stopping) return;
  stopping = true;
  say('stopping…');
  await stopStack();
  for (const server of owned.reverse()) await server.stop();
  say('stopped');
  process.exit(code);
}

/** A local SMTP server that keeps every mail the portal sends as a file under .data/mail/. */
async function mailSink(): Promise<string> {
  if (process.env.SMTP_URL) {
    say(`mail: ${new URL(process.env.SMTP_URL).host} (SMTP_URL)`);
    return process.env.SMTP_URL;
  }
  const dir = join(DATA_DIR, 'mail');
  mkdirSync(dir, { recursive: true });
  let count = 0;
  const sink = await startMailSink((message) => {
    const file = join(dir, `${new Date().toISOString().replace(/[:.]/g, '-')}-${++count}.eml`);
    writeFileSync(file, message.raw);
    say(`mail to ${message.to.length} recipient(s): ${file}`);
  }, Number(process.env.MAIL_SINK_PORT ?? 2525));
  const url = `smtp://127.0.0.1:${sink.port}`;
  owned.push({ url, description: `mail sink on ${sink.port}`, stop: sink.close });
  say(`mail: every message the portal sends is written under ${dir}`);
  return url;
}

try {
  const [databaseServerUrl, natsUrl, smtpUrl] = await Promise.all([postgresServer(), natsServer(), mailSink()]);
  const keys = devKeyPair(DATA_DIR);
  const stack = await startStack({
    databaseServerUrl,
    databaseName: (subgraph) => `portal_${subgraph.name.replace(/-/g, '_')}`,
    natsUrl,
    identitySecret: identitySecret(),
    jwtPublicKeyPem: keys.publicKeyPem,
    jwtIssuer: DEV_ISSUER,
    jwtAudience: DEV_AUDIENCE,
    logLevel: process.env.LOG_LEVEL ?? 'warn',
    env: { NODE_ENV: process.env.NODE_ENV ?? 'development', SMTP_URL: smtpUrl, PORTAL_URL: `http://localhost:${GATEWAY_PORT}` },
    prepare: (subgraph, url) => seed(subgraph.dir, url),
    onLine: (name, line) => console.log(`[${name}] ${line}`),
    restart: { initialDelayMs: 1000, maxDelayMs: 30_000, stableAfterMs: 60_000, onExit: (exit) => say(describeExit(exit)) },
  });
  process.on('SIGINT', () => void shutdown(stack.stop));
  process.on('SIGTERM', () => void shutdown(stack.stop));
  say(`ready in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  say(`gateway: http://localhost:${GATEWAY_PORT}/graphql`);
  say(`a token: npm run token -- --role COORDINATOR --sub 'demo|c-0001'   (roles: COORDINATOR, AGENCY_ADMIN, MINISTRY_ANALYST, LOCAL_GOVERNMENT --prefectures 09)`);
  say(`then: curl -s http://localhost:${GATEWAY_PORT}/graphql -H "authorization: Bearer $TOKEN" -H 'content-type: application/json' -d '{"query":"{ coordinators(first: 3) { totalCount edges { node { name activityRegions { prefectureName } } } } }"}'`);
  say('Ctrl-C stops everything');
} catch (error) {
  console.error(`[portal] start failed: ${(error as Error).message}`);
  await shutdown(async () => {}, 1);
}
