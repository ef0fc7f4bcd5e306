import { randomBytes } from 'node:crypto';
import { jetstreamManager } from '@nats-io/jetstream';
import { connect } from '@nats-io/transport-node';
import { dropDatabases } from '@portal/platform';
import { eventStream, type EventStream } from '@portal/platform/events';
import { freePort } from './processes';
import { startStack, UNREACHABLE_RATE_LIMITS, type Stack } from './stack';
import { SUBGRAPHS, type Subgraph } from './subgraphs';
import { DEV_AUDIENCE, DEV_ISSUER } from './tokens';

export interface IsolatedStack {
  stack: Stack;
  stream: EventStream;
  /** Stops the processes and drops the databases and the stream. */
  close(): Promise<void>;
}

/**
 * The whole portal as processes for a measuring script: free ports, fresh databases and a
 * stream of its own named after `prefix`, a rate limiter that never refuses the script's
 * load, documents of the script's own served (trusted documents off).
 */
export async function startIsolatedStack(options: { prefix: string; databaseServerUrl: string; natsUrl: string; jwtPublicKeyPem: string }): Promise<IsolatedStack> {
  const run = randomBytes(4).toString('hex');
  const databaseName = (subgraph: Subgraph) => `${options.prefix}_${run}_${subgraph.name.replace(/-/g, '_')}`;
  const stream = eventStream(`${options.prefix.toUpperCase()}_${run.toUpperCase()}`);
  let stack: Stack | undefined;
  const close = async () => {
    await stack?.stop();
    await dropDatabases(options.databaseServerUrl, SUBGRAPHS.map(databaseName)).catch(() => {});
    const nc = await connect({ servers: options.natsUrl });
    await (await jetstreamManager(nc)).streams.delete(stream.name).catch(() => {});
    await nc.close();
  };
  try {
    const ports = new Map<string, number>();
    for (const subgraph of SUBGRAPHS) ports.set(subgraph.name, await freePort());
    stack = await startStack({
      databaseServerUrl: options.databaseServerUrl,
      databaseName,
      natsUrl: options.natsUrl,
      identitySecret: randomBytes(32).toString('base64url'),
      jwtPublicKeyPem: options.jwtPublicKeyPem,
      jwtIssuer: DEV_ISSUER,
      jwtAudience: DEV_AUDIENCE,
      gatewayPort: await freePort(),
      portOf: (subgraph) => ports.get(subgraph.name)!,
      logLevel: 'warn',
      env: { NODE_ENV: 'production', EVENTS_STREAM: stream.name, TRUSTED_DOCUMENTS: 'off', ...UNREACHABLE_RATE_LIMITS },
    });
  } catch (error) {
    await close();
    throw error;
  }
  return { stack, stream, close };
}
