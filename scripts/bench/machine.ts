import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { cpus, loadavg, release, totalmem } from 'node:os';
import { join } from 'node:path';
import postgres from 'postgres';
import { ROOT } from '../lib/paths';
import { peerVersions } from './peer';

export interface Machine {
  cpu: string;
  cores: number;
  memoryGiB: number;
  kernel: string;
  node: string;
  postgres: string;
  /** 1-minute load average when the run started (before the stack) and when it ended. */
  loadAtStart: number;
  loadAtEnd?: number;
}

export interface Versions {
  '@apollo/gateway': string;
  '@apollo/server': string;
  '@graphql-hive/gateway': string;
  '@graphql-hive/router-runtime': string;
  mercurius: string;
  autocannon: string;
  /** The commit measured, `+dirty` with uncommitted changes. */
  commit: string;
}

export async function describeMachine(databaseServerUrl: string): Promise<Machine> {
  const sql = postgres(databaseServerUrl, { max: 1, onnotice: () => {} });
  try {
    const [{ server_version }] = await sql<[{ server_version: string }]>`show server_version`;
    return {
      cpu: cpus()[0]?.model.trim() ?? 'unknown',
      cores: cpus().length,
      memoryGiB: Math.round((totalmem() / 1024 ** 3) * 10) / 10,
      kernel: release(),
      node: process.version,
      postgres: server_version,
      loadAtStart: loadavg()[0]!,
    };
  } finally {
    await sql.end();
  }
}

/** The installed version of `name` as `workspace` resolves it (its own node_modules, then the root's). */
function installedVersion(workspace: string, name: string): string {
  for (const dir of [join(ROOT, workspace, 'node_modules'), join(ROOT, 'node_modules')]) {
    const file = join(dir, name, 'package.json');
    if (existsSync(file)) return JSON.parse(readFileSync(file, 'utf8')).version;
  }
  return 'not installed';
}

function commit(): string {
  try {
    const head = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).trim();
    const dirty = execFileSync('git', ['status', '--porcelain', '--untracked-files=no'], { cwd: ROOT, encoding: 'utf8' }).trim();
    return dirty ? `${head}+dirty` : head;
  } catch {
    return 'unknown';
  }
}

export function describeVersions(): Versions {
  return {
    '@apollo/gateway': installedVersion('gateway', '@apollo/gateway'),
    '@apollo/server': installedVersion('gateway', '@apollo/server'),
    ...(peerVersions() as Pick<Versions, '@graphql-hive/gateway' | '@graphql-hive/router-runtime'>),
    mercurius: installedVersion('services/platform', 'mercurius'),
    autocannon: installedVersion('.', 'autocannon'),
    commit: commit(),
  };
}
