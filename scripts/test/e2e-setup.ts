import { randomBytes } from 'node:crypto';
import type { TestProject } from 'vitest/node';
import { databaseUrl, dropDatabases } from '@portal/platform';
import { buildAll } from '../lib/build';
import { startThrowawayStack, UNREACHABLE_RATE_LIMITS } from '../lib/stack';
import { SUBGRAPHS, type Subgraph } from '../lib/subgraphs';
import { generateKeyPair } from '../lib/tokens';
import { startMailSink } from '../../services/notifications/src/mail-sink';
import { deleteStream } from './stream';

/** The portal every end-to-end file shares, one file at a time (stack-fixture.ts). */
export interface SharedPortal {
  /** A gateway that enforces trusted documents, as in production, and one that only logs others. */
  gatewayUrls: { enforce: string; log: string };
  /** Each subgraph's database, by subgraph name. */
  databaseUrls: Record<string, string>;
  streamName: string;
  /** Signs the tokens the gateways accept. */
  privateKeyPem: string;
}

declare module 'vitest' {
  export interface ProvidedContext {
    portal: SharedPortal;
  }
}

/**
 * Builds the portal's JavaScript (npm run build) and starts it once for the whole run:
 * every subgraph from its bundle, on free ports, with databases and a stream of this run's
 * own. Files also given their own stack (failure isolation) use the same build.
 */
export default async function setup(project: TestProject) {
  const { databaseUrl: serverUrl, natsUrl } = project.getProvidedContext();
  await buildAll();

  const run = randomBytes(4).toString('hex');
  const databaseName = (subgraph: Subgraph) => `test_e2e_${run}_${subgraph.name.replace(/-/g, '_')}`;
  const streamName = `E2E_${run.toUpperCase()}`;
  const keys = generateKeyPair();
  // The mails of the shared portal go nowhere (a file that reads mails has a portal of its own),
  // and never to a local SMTP server that `npm start` may run.
  const sink = await startMailSink(() => {});
  const stack = await startThrowawayStack({
    databaseServerUrl: serverUrl,
    databaseName,
    natsUrl,
    jwtPublicKeyPem: keys.publicKeyPem,
    moreGateways: [{ name: 'gateway-log', env: { TRUSTED_DOCUMENTS: 'log' } }],
    built: true,
    logLevel: 'warn',
    // Every file sends from this one address as the same few subjects, one after another:
    // budgets meant for one client would be spent by the run (rate limits have tests of their own).
    // Files empty the databases under the running gateways, which no event tells: a response
    // cache would answer one file with another's data (the cache has a file of its own).
    env: { NODE_ENV: 'production', EVENTS_STREAM: streamName, TRUSTED_DOCUMENTS: 'enforce', SMTP_URL: `smtp://127.0.0.1:${sink.port}`, RESPONSE_CACHE: 'off', ...UNREACHABLE_RATE_LIMITS },
  });
  project.provide('portal', {
    gatewayUrls: { enforce: stack.gatewayUrls.gateway!, log: stack.gatewayUrls['gateway-log']! },
    databaseUrls: Object.fromEntries(SUBGRAPHS.map((s) => [s.name, databaseUrl(serverUrl, databaseName(s))])),
    streamName,
    privateKeyPem: keys.privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
  });
  return async () => {
    await stack.stop();
    await sink.close();
    await dropDatabases(serverUrl, SUBGRAPHS.map(databaseName));
    await deleteStream(natsUrl, streamName);
  };
}
