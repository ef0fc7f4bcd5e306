import { join } from 'node:path';
import { databaseUrl, ensureDatabases } from '@portal/platform';
import { ROOT } from './paths';
import { spawnTs, waitUntilReady, type RestartPolicy, type RunningProcess, type SupervisedProcess } from './processes';
import { GATEWAY_PORT, SUBGRAPHS, type Subgraph } from './subgraphs';

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
  portOf?: (subgraph: Subgraph) => number;
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

  const processes: SupervisedProcess[] = [];
  const stop = async () => {
    // Ctrl-C reaches every process at once, not only the one being stopped: none may restart.
    for (const process of processes) process.restartOnExit(null);
    // The gateway first, so that nothing calls a subgraph that is going away.
    for (const process of [...processes].reverse()) await process.stop();
  };
  // At `index`: the gateway stays last, so stop() still stops it first.
  const launch = async (subgraph: Subgraph, index = processes.length) => {
    const process = spawnTs({
      name: subgraph.name,
      cwd: join(ROOT, subgraph.dir),
      entry: 'src/main.ts',
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
    const gateway = launchGateway(options, { port: gatewayPort, portOf, env: common });
    processes.push(gateway);
    await waitUntilReady(`http://127.0.0.1:${gatewayPort}/ready`, gateway);
    // Not before: a process that fails to start is a failed start, with its output.
    if (options.restart) for (const process of processes) process.restartOnExit(options.restart);
  } catch (error) {
    await stop();
    throw error;
  }
  return { gatewayUrl: `http://127.0.0.1:${gatewayPort}/graphql`, processes, restart, stop };
}

/**
 * A gateway process in front of the stack's subgraphs. Not yet ready when returned. The
 * benchmark starts a second one beside the stack's with other settings.
 */
export function launchGateway(
  options: Pick<StackOptions, 'jwtPublicKeyPem' | 'jwtIssuer' | 'jwtAudience' | 'onLine'>,
  at: { port: number; portOf: (subgraph: Subgraph) => number; env: Record<string, string>; name?: string },
): SupervisedProcess {
  const name = at.name ?? 'gateway';
  return spawnTs({
    name,
    cwd: join(ROOT, 'gateway'),
    entry: 'src/main.ts',
    env: {
      ...at.env,
      PORT: String(at.port),
      HOST: '127.0.0.1',
      JWT_PUBLIC_KEY: options.jwtPublicKeyPem,
      JWT_ISSUER: options.jwtIssuer,
      JWT_AUDIENCE: options.jwtAudience,
      ...Object.fromEntries(
        SUBGRAPHS.map((s) => [`SUBGRAPH_${s.name.toUpperCase().replace(/-/g, '_')}_URL`, `http://127.0.0.1:${at.portOf(s)}/graphql`]),
      ),
    },
    onLine: (line) => options.onLine?.(name, line),
  });
}
