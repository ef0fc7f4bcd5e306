import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../lib/paths';
import { waitUntilReady, type RunningProcess } from '../lib/processes';

export const PEER_DIR = join(ROOT, 'scripts/bench/peer');
const PACKAGE = '@graphql-hive/gateway';
const ROUTER_RUNTIME = '@graphql-hive/router-runtime';

/** The two ways Hive Gateway runs: its default JavaScript planner, and Hive Router's Rust planner. */
export interface PeerVariant {
  name: string;
  port: number;
  /** `--hive-router-runtime`: the Rust query planner and executor (@graphql-hive/router-runtime). */
  routerRuntime: boolean;
}
export const PEERS = {
  peer: { name: 'peer (Hive Gateway)', port: 4100, routerRuntime: false },
  router: { name: 'peer (Hive Gateway, Rust planner)', port: 4101, routerRuntime: true },
} satisfies Record<string, PeerVariant>;

/** Installs the peer gateway into scripts/bench/peer when it is not there (~500 MB, once). */
export function ensurePeerInstalled(say: (line: string) => void): void {
  const installed = (pkg: string) => existsSync(join(PEER_DIR, 'node_modules', pkg, 'package.json'));
  if (installed(PACKAGE) && installed(ROUTER_RUNTIME)) return;
  say(`installing the peer gateway into ${PEER_DIR} (npm install, ~500 MB, once)…`);
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const result = spawnSync(npm, ['install', '--prefix', PEER_DIR, '--no-audit', '--no-fund'], { stdio: 'inherit', cwd: ROOT });
  if (result.status !== 0) throw new Error(`npm install --prefix ${PEER_DIR} failed (exit ${result.status})`);
}

export function peerVersions(): Record<string, string> {
  const version = (pkg: string) => JSON.parse(readFileSync(join(PEER_DIR, 'node_modules', pkg, 'package.json'), 'utf8')).version;
  return { [PACKAGE]: version(PACKAGE), [ROUTER_RUNTIME]: version(ROUTER_RUNTIME) };
}

export interface PeerOptions {
  identitySecret: string;
  jwtPublicKeyPem: string;
  jwtIssuer: string;
  jwtAudience: string;
  subgraphUrls: Record<string, string>;
  fork: number;
  env: Record<string, string>;
}

/** Hive Gateway's CLI serving the committed supergraph with scripts/bench/peer/gateway.config.ts. */
export async function startPeer(options: PeerOptions, variant: PeerVariant): Promise<RunningProcess & { url: string }> {
  const bin = join(PEER_DIR, 'node_modules', PACKAGE, 'dist/bin.js');
  const child = spawn(
    process.execPath,
    [
      bin,
      'supergraph',
      join(ROOT, 'schema/supergraph.graphql'),
      '--port',
      String(variant.port),
      '--host',
      '127.0.0.1',
      '--fork',
      String(options.fork),
      ...(variant.routerRuntime ? ['--hive-router-runtime'] : []),
    ],
    {
      cwd: PEER_DIR,
      env: {
        ...process.env,
        ...options.env,
        IDENTITY_SECRET: options.identitySecret,
        JWT_PUBLIC_KEY: options.jwtPublicKeyPem,
        JWT_ISSUER: options.jwtIssuer,
        JWT_AUDIENCE: options.jwtAudience,
        ...Object.fromEntries(Object.entries(options.subgraphUrls).map(([name, url]) => [`SUBGRAPH_${name.toUpperCase().replace(/-/g, '_')}_URL`, url])),
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  const lines: string[] = [];
  const collect = (chunk: Buffer) => {
    lines.push(...chunk.toString().split('\n').filter(Boolean));
    if (lines.length > 500) lines.splice(0, lines.length - 500);
  };
  child.stdout!.on('data', collect);
  child.stderr!.on('data', collect);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const peer = {
    name: variant.name,
    child,
    url: `http://127.0.0.1:${variant.port}/graphql`,
    output: () => lines.join('\n'),
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGTERM');
      const killer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(killer);
    },
  };
  await waitUntilReady(`http://127.0.0.1:${variant.port}/readiness`, peer);
  return peer;
}
