import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { jetstreamManager } from '@nats-io/jetstream';
import { connect } from '@nats-io/transport-node';
import { databaseUrl, dropDatabases, ensureDatabases } from '@portal/platform';
import { ensureStream, eventStream, type EventStream } from '@portal/platform/events';
import { ROOT } from './paths';
import { freePort } from '@portal/platform/testing/ports';
import { spawnNode, spawnTs, waitUntilReady, type RestartPolicy, type RunningProcess, type SupervisedProcess } from './processes';
import { GATEWAY_PORT, SUBGRAPHS, type Subgraph } from './subgraphs';
import { DEV_AUDIENCE, DEV_ISSUER } from './tokens';

export interface StackOptions {
  /** A Postgres server URL; each service gets database `databaseName(service)` on it. */
  databaseServerUrl: string;
  databaseName: (subgraph: Subgraph) => string;
  natsUrl?: string;
  identitySecret: string;
  jwtPublicKeyPem: string;
  /** The `iss` and `aud` the gateway requires of every token. */
  jwtIssuer: string;
  jwtAudience: string;
  gatewayPort?: number;
  /** Further gateways over the same subgraphs, each with its own environment (a trusted documents mode, say). */
  moreGateways?: { name: string; port: number; env: Record<string, string> }[];
  /** Environment for every gateway only (a stream of their own, say), under each one's `env`. */
  gatewayEnv?: Record<string, string>;
  portOf?: (subgraph: Subgraph) => number;
  /** Runs `dist/main.js` of each (npm run build) rather than the TypeScript sources under tsx. */
  built?: boolean;
  logLevel?: string;
  /** Environment for every process, e.g. NODE_ENV. */
  env?: Record<string, string>;
  /** Called before the services start, with each service's database URL (demo data). */
  prepare?: (subgraph: Subgraph, databaseUrl: string) => Promise<void>;
  onLine?: (process: string, line: string) => void;
  /** Once every process is ready, a process that fails is started again (npm start). */
  restart?: RestartPolicy;
}

/**
 * Environment for a load generator's stack: it sends from one address as few subjects, far
 * beyond any client's budget; the limiter still counts every request, it just never refuses.
 */
export const UNREACHABLE_RATE_LIMITS = {
  RATE_LIMIT_PER_IP: '1000000000',
  RATE_LIMIT_QUERIES_PER_SUBJECT: '1000000000',
  RATE_LIMIT_WRITES_PER_SUBJECT: '1000000000',
};

export interface Stack {
  gatewayUrl: string;
  /** Every gateway's URL by name: `gateway`, then those of `moreGateways`. */
  gatewayUrls: Record<string, string>;
  processes: RunningProcess[];
  /** Starts a subgraph again after its process was stopped; resolves when it is ready. */
  restart(subgraph: string): Promise<void>;
  stop(): Promise<void>;
}

/** Starts every subgraph and then the gateway as processes; resolves when all are ready. */
export async function startStack(options: StackOptions): Promise<Stack> {
  const portOf = options.portOf ?? ((s: Subgraph) => s.port);
  const gatewayPort = options.gatewayPort ?? GATEWAY_PORT;
  const common = {
    LOG_LEVEL: options.logLevel ?? 'info',
    IDENTITY_SECRET: options.identitySecret,
    ...(options.natsUrl ? { NATS_URL: options.natsUrl } : {}),
    ...options.env,
  };
  await ensureDatabases(options.databaseServerUrl, SUBGRAPHS.map(options.databaseName));

  const gateways = [{ name: 'gateway', port: gatewayPort, env: {} }, ...(options.moreGateways ?? [])];
  const spawnEntry = (options_: { name: string; cwd: string; env: Record<string, string>; onLine: (line: string) => void }) =>
    options.built ? spawnNode({ ...options_, entry: 'dist/main.js' }) : spawnTs({ ...options_, entry: 'src/main.ts' });
  const processes: SupervisedProcess[] = [];
  const stop = async () => {
    // Ctrl-C reaches every process at once, not only the one being stopped: none may restart.
    for (const process of processes) process.restartOnExit(null);
    // The gateway first, so that nothing calls a subgraph that is going away.
    for (const process of [...processes].reverse()) await process.stop();
  };
  // At `index`: the gateway stays last, so stop() still stops it first.
  const launch = async (subgraph: Subgraph, index = processes.length) => {
    const process = spawnEntry({
      name: subgraph.name,
      cwd: join(ROOT, subgraph.dir),
      env: { ...common, PORT: String(portOf(subgraph)), HOST: '127.0.0.1', DATABASE_URL: databaseUrl(options.databaseServerUrl, options.databaseName(subgraph)) },
      onLine: (line) => options.onLine?.(subgraph.name, line),
    });
    processes.splice(index, 0, process);
    await waitUntilReady(`http://127.0.0.1:${portOf(subgraph)}/ready`, process);
  };
  const restart = async (name: string) => {
    const subgraph = SUBGRAPHS.find((s) => s.name === name);
    if (!subgraph) throw new Error(`no subgraph ${name}`);
    const previous = processes.findIndex((p) => p.name === name);
    if (previous >= 0) {
      await processes[previous]!.stop();
      processes.splice(previous, 1);
    }
    await launch(subgraph, Math.max(previous, 0));
  };
  try {
    await Promise.all(
      SUBGRAPHS.map(async (subgraph) => {
        await options.prepare?.(subgraph, databaseUrl(options.databaseServerUrl, options.databaseName(subgraph)));
        await launch(subgraph);
      }),
    );
    const subgraphUrls = Object.fromEntries(
      SUBGRAPHS.map((s) => [`SUBGRAPH_${s.name.toUpperCase().replace(/-/g, '_')}_URL`, `http://127.0.0.1:${portOf(s)}/graphql`]),
    );
    await Promise.all(
      gateways.map(async (spec) => {
        const gateway = spawnEntry({
          name: spec.name,
          cwd: join(ROOT, 'gateway'),
          env: {
            ...common,
            PORT: String(spec.port),
            HOST: '127.0.0.1',
            JWT_PUBLIC_KEY: options.jwtPublicKeyPem,
            JWT_ISSUER: options.jwtIssuer,
            JWT_AUDIENCE: options.jwtAudience,
            ...subgraphUrls,
            ...options.gatewayEnv,
            ...spec.env,
          },
          onLine: (line) => options.onLine?.(spec.name, line),
        });
        processes.push(gateway);
        await waitUntilReady(`http://127.0.0.1:${spec.port}/ready`, gateway);
      }),
    );
    // Not before: a process that fails to start is a failed start, with its output.
    if (options.restart) for (const process of processes) process.restartOnExit(options.restart);
  } catch (error) {
    await stop();
    throw error;
  }
  const gatewayUrls = Object.fromEntries(gateways.map((g) => [g.name, `http://127.0.0.1:${g.port}/graphql`]));
  return { gatewayUrl: gatewayUrls.gateway!, gatewayUrls, processes, restart, stop };
}

export type ThrowawayStackOptions = Omit<StackOptions, 'identitySecret' | 'jwtIssuer' | 'jwtAudience' | 'gatewayPort' | 'portOf' | 'moreGateways'> & {
  moreGateways?: { name: string; env: Record<string, string> }[];
};

/**
 * The portal for a test run or a benchmark: every process on a free port, a random identity
 * secret, and tokens of the dev issuer signed with the key whose public half is given.
 */
export async function startThrowawayStack(options: ThrowawayStackOptions): Promise<Stack> {
  const ports = new Map<string, number>();
  for (const subgraph of SUBGRAPHS) ports.set(subgraph.name, await freePort());
  const moreGateways = [];
  for (const gateway of options.moreGateways ?? []) moreGateways.push({ ...gateway, port: await freePort() });
  return startStack({
    ...options,
    identitySecret: randomBytes(32).toString('base64url'),
    jwtIssuer: DEV_ISSUER,
    jwtAudience: DEV_AUDIENCE,
    gatewayPort: await freePort(),
    portOf: (subgraph) => ports.get(subgraph.name)!,
    moreGateways,
  });
}

/** A measuring script's portal: its throwaway stack, and the stream its services publish to. */
export interface ScriptStack extends Stack {
  stream: EventStream;
  /** Where a service keeps its data (a script may read a projection there). */
  databaseUrlOf(subgraph: string): string;
  /** Stops the processes, then drops the databases and the stream. */
  close(): Promise<void>;
}

/**
 * The whole portal for a measuring script (scripts/*.ts): a throwaway stack on fresh
 * databases and a stream of its own named after `prefix`, trusted documents off (the script
 * sends documents of its own) and a rate limiter that never refuses its load.
 */
export async function startScriptStack(
  options: { prefix: string; databaseServerUrl: string; natsUrl: string; jwtPublicKeyPem: string } & Pick<ThrowawayStackOptions, 'gatewayEnv' | 'moreGateways'>,
): Promise<ScriptStack> {
  const run = randomBytes(4).toString('hex');
  const databaseName = (subgraph: Subgraph) => `${options.prefix}_${run}_${subgraph.name.replace(/-/g, '_')}`;
  const stream = eventStream(`${options.prefix.toUpperCase()}_${run.toUpperCase()}`);
  let stack: Stack | undefined;
  const close = async () => {
    await stack?.stop();
    await dropDatabases(options.databaseServerUrl, SUBGRAPHS.map(databaseName)).catch(() => {});
    await deleteStream(options.natsUrl, stream).catch(() => {});
  };
  try {
    stack = await startThrowawayStack({
      databaseServerUrl: options.databaseServerUrl,
      databaseName,
      natsUrl: options.natsUrl,
      jwtPublicKeyPem: options.jwtPublicKeyPem,
      logLevel: 'warn',
      gatewayEnv: options.gatewayEnv,
      moreGateways: options.moreGateways,
      env: { NODE_ENV: 'production', EVENTS_STREAM: stream.name, TRUSTED_DOCUMENTS: 'off', ...UNREACHABLE_RATE_LIMITS },
    });
  } catch (error) {
    await close();
    throw error;
  }
  const databaseUrlOf = (name: string) => databaseUrl(options.databaseServerUrl, databaseName(SUBGRAPHS.find((s) => s.name === name)!));
  return { ...stack, stream, databaseUrlOf, close };
}

/** Creates a stream on the NATS server at `natsUrl` (before any process follows it). */
export async function createStream(natsUrl: string, stream: EventStream): Promise<void> {
  const nc = await connect({ servers: natsUrl });
  try {
    await ensureStream(nc, stream);
  } finally {
    await nc.close();
  }
}

export async function deleteStream(natsUrl: string, stream: EventStream): Promise<void> {
  const nc = await connect({ servers: natsUrl });
  try {
    await (await jetstreamManager(nc)).streams.delete(stream.name);
  } finally {
    await nc.close();
  }
}
