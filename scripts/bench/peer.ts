import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../lib/paths';
import { waitUntilReady, type RunningProcess } from '../lib/processes';

export const PEER_DIR = join(ROOT, 'scripts/bench/peer');
export const PEER_PORT = 4100;
const PACKAGE = '@graphql-hive/gateway';

/** Installs the peer gateway into scripts/bench/peer when it is not there (~500 MB, once). */
export function ensurePeerInstalled(say: (line: string) => void): void {
  if (existsSync(join(PEER_DIR, 'node_modules', PACKAGE, 'package.json'))) return;
  say(`installing the peer gateway into ${PEER_DIR} (npm install, ~500 MB, once)…`);
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const result = spawnSync(npm, ['install', '--prefix', PEER_DIR, '--no-audit', '--no-fund'], { stdio: 'inherit', cwd: ROOT });
  if (result.status !== 0) throw new Error(`npm install --prefix ${PEER_DIR} failed (exit ${result.status})`);
}

export function peerVersion(): string {
  return JSON.parse(readFileSync(join(PEER_DIR, 'node_modules', PACKAGE, 'package.json'), 'utf8')).version;
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
export async function startPeer(options: PeerOptions): Promise<RunningProcess & { url: string }> {
  const bin = join(PEER_DIR, 'node_modules', PACKAGE, 'dist/bin.js');
  const child = spawn(
    process.execPath,
    [bin, 'supergraph', join(ROOT, 'schema/supergraph.graphql'), '--port', String(PEER_PORT), '--host', '127.0.0.1', '--fork', String(options.fork)],
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
    name: 'peer (Hive Gateway)',
    child,
    url: `http://127.0.0.1:${PEER_PORT}/graphql`,
    output: () => lines.join('\n'),
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGTERM');
      const killer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(killer);
    },
  };
  await waitUntilReady(`http://127.0.0.1:${PEER_PORT}/readiness`, peer);
  return peer;
}
