// npm start: the whole portal on this machine — Postgres, NATS, every subgraph with demo
// data, and the gateway on port 4000. A service that crashes is started again (1 s, 2 s,
// 4 s … up to 30 s between attempts). Ctrl-C stops everything.
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { seedService } from '@portal/platform';
import { DASHBOARD_PORT, dashboardSettings, OIDC_PORT, startDashboard } from './lib/dashboard';
import { startEmbeddedPostgres, startLocalNats, type LocalServer } from './lib/local-servers';
import { DATA_DIR } from './lib/paths';
import { describeExit, type ProcessExit } from './lib/processes';
import { startStack } from './lib/stack';
import { GATEWAY_PORT, portalDatabaseName, type Subgraph } from './lib/subgraphs';
import { DEV_AUDIENCE, DEV_ISSUER, devKeyPair } from './lib/tokens';
import { startMailSink } from '../services/notifications/src/mail-sink';
import { DEMO_ACCOUNTS } from '../services/identity-provider/src/accounts';

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

async function seed(subgraph: Subgraph, url: string) {
  const { inserted } = await seedService(subgraph.definition, url);
  if (inserted > 0) say(`${subgraph.name}: demo data added (${inserted} rows)`);
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
  const dashboard = dashboardSettings({ gateway: GATEWAY_PORT, dashboard: DASHBOARD_PORT, oidc: OIDC_PORT });
  const restart = { initialDelayMs: 1000, maxDelayMs: 30_000, stableAfterMs: 60_000, onExit: (exit: ProcessExit) => say(describeExit(exit)) };
  const stack = await startStack({
    databaseServerUrl,
    databaseName: portalDatabaseName,
    natsUrl,
    identitySecret: identitySecret(),
    jwtPublicKeyPem: keys.publicKeyPem,
    jwtIssuer: DEV_ISSUER,
    jwtAudience: DEV_AUDIENCE,
    logLevel: process.env.LOG_LEVEL ?? 'warn',
    env: { NODE_ENV: process.env.NODE_ENV ?? 'development', SMTP_URL: smtpUrl, PORTAL_URL: `http://localhost:${GATEWAY_PORT}`, ...dashboard.gatewayEnv },
    prepare: seed,
    onLine: (name, line) => console.log(`[${name}] ${line}`),
    restart,
  });
  const dashboardProcesses = await startDashboard(dashboard, {
    identitySecret: identitySecret(),
    keysFile: join(DATA_DIR, 'dev-keys', 'oidc-jwks.json'),
    onLine: (name, line) => console.log(`[${name}] ${line}`),
    restart,
  }).catch(async (error) => {
    await stack.stop();
    throw error;
  });
  const stopAll = async () => {
    await dashboardProcesses.stop();
    await stack.stop();
  };
  process.on('SIGINT', () => void shutdown(stopAll));
  process.on('SIGTERM', () => void shutdown(stopAll));
  say(`ready in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  say(`gateway: http://localhost:${GATEWAY_PORT}/graphql`);
  say(`a token: npm run token -- --role COORDINATOR --sub 'demo|c-0001'   (roles: COORDINATOR, AGENCY_ADMIN, MINISTRY_ANALYST, LOCAL_GOVERNMENT --prefectures 09)`);
  say(`then: curl -s http://localhost:${GATEWAY_PORT}/graphql -H "authorization: Bearer $TOKEN" -H 'content-type: application/json' -d '{"query":"{ coordinators(first: 3) { totalCount edges { node { name activityRegions { prefectureName } } } } }"}'`);
  say(`dashboard: ${dashboard.dashboardUrl}  (OpenID provider ${dashboard.issuer}; sign in with any password as:)`);
  for (const account of DEMO_ACCOUNTS) say(`  ${account.accountId.padEnd(14)} ${account.roles.join(', ')}${account.prefectureCodes.length ? ` (${account.prefectureCodes.join(', ')})` : ''} — ${account.name}`);
  say('Ctrl-C stops everything');
} catch (error) {
  console.error(`[portal] start failed: ${(error as Error).message}`);
  await shutdown(async () => {}, 1);
}
