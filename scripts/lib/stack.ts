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
  jwtIssuer?: string;
  jwtAudience?: string;
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

export interface Stack {
  gatewayUrl: string;
  processes: RunningProcess[];
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
  try {
    await Promise.all(
      SUBGRAPHS.map(async (subgraph) => {
        const url = databaseUrl(options.databaseServerUrl, options.databaseName(subgraph));
        await options.prepare?.(subgraph, url);
        const process = spawnTs({
          name: subgraph.name,
          cwd: join(ROOT, subgraph.dir),
          entry: 'src/main.ts',
          env: { ...common, PORT: String(portOf(subgraph)), HOST: '127.0.0.1', DATABASE_URL: url },
          onLine: (line) => options.onLine?.(subgraph.name, line),
        });
        processes.push(process);
        await waitUntilReady(`http://127.0.0.1:${portOf(subgraph)}/ready`, process);
      }),
    );
    const gateway = spawnTs({
      name: 'gateway',
      cwd: join(ROOT, 'gateway'),
      entry: 'src/main.ts',
      env: {
        ...common,
        PORT: String(gatewayPort),
        HOST: '127.0.0.1',
        JWT_PUBLIC_KEY: options.jwtPublicKeyPem,
        ...(options.jwtIssuer ? { JWT_ISSUER: options.jwtIssuer } : {}),
        ...(options.jwtAudience ? { JWT_AUDIENCE: options.jwtAudience } : {}),
        ...Object.fromEntries(
          SUBGRAPHS.map((s) => [`SUBGRAPH_${s.name.toUpperCase().replace(/-/g, '_')}_URL`, `http://127.0.0.1:${portOf(s)}/graphql`]),
        ),
      },
      onLine: (line) => options.onLine?.('gateway', line),
    });
    processes.push(gateway);
    await waitUntilReady(`http://127.0.0.1:${gatewayPort}/ready`, gateway);
    // Not before: a process that fails to start is a failed start, with its output.
    if (options.restart) for (const process of processes) process.restartOnExit(options.restart);
  } catch (error) {
    await stop();
    throw error;
  }
  return { gatewayUrl: `http://127.0.0.1:${gatewayPort}/graphql`, processes, stop };
}
