import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { jetstreamManager } from '@nats-io/jetstream';
import { connect } from '@nats-io/transport-node';
import { eventually } from './eventually';
import { freePort } from './ports';

/** The nats-server binary fault tests run (Debian's, unless NATS_SERVER_BIN says otherwise). */
export const NATS_SERVER_BIN = process.env.NATS_SERVER_BIN ?? '/usr/sbin/nats-server';

export interface NatsCluster {
  /** Every node's client URL, comma-separated, as NATS_URL takes them. */
  url: string;
  names: string[];
  /** Kills a node at once (SIGKILL), as a machine that dies would. */
  kill(name: string): Promise<void>;
  /** Starts a killed node again on its ports and store. */
  start(name: string): Promise<void>;
  stop(): Promise<void>;
}

interface Node {
  name: string;
  clientPort: number;
  routePort: number;
  config: string;
  process?: ChildProcess;
}

/**
 * A JetStream cluster of `size` local nats-server processes on free ports, each with a
 * store of its own under a temporary folder; ready once JetStream answers. The
 * configuration is what nats-server 2.9 accepts (no `sync_interval`).
 */
export async function startNatsCluster(size = 3): Promise<NatsCluster> {
  const folder = mkdtempSync(join(tmpdir(), 'nats-cluster-'));
  const nodes: Node[] = [];
  for (let i = 1; i <= size; i++) nodes.push({ name: `n${i}`, clientPort: await freePort(), routePort: await freePort(), config: join(folder, `n${i}.conf`) });
  const routes = nodes.map((node) => `nats-route://127.0.0.1:${node.routePort}`).join(', ');
  for (const node of nodes) {
    writeFileSync(
      node.config,
      `server_name: ${node.name}
listen: 127.0.0.1:${node.clientPort}
jetstream { store_dir: "${join(folder, node.name)}" }
cluster { name: portal-test, listen: 127.0.0.1:${node.routePort}, routes: [${routes}] }
`,
    );
  }
  const byName = (name: string) => {
    const node = nodes.find((candidate) => candidate.name === name);
    if (!node) throw new Error(`no node ${name}`);
    return node;
  };
  const launch = (node: Node) => {
    node.process = spawn(NATS_SERVER_BIN, ['-c', node.config], { stdio: 'ignore' });
  };
  const exited = (node: Node) =>
    new Promise<void>((resolve) => {
      if (!node.process || node.process.exitCode !== null || node.process.signalCode !== null) resolve();
      else node.process.once('exit', () => resolve());
    });
  const url = nodes.map((node) => `nats://127.0.0.1:${node.clientPort}`).join(',');

  nodes.forEach(launch);
  // JetStream answers once the nodes have found each other and elected a meta leader.
  await eventually(
    async () => {
      try {
        const nc = await connect({ servers: `127.0.0.1:${nodes[0]!.clientPort}`, timeout: 1000 });
        try {
          await (await jetstreamManager(nc)).getAccountInfo();
          return true;
        } finally {
          await nc.close();
        }
      } catch {
        return false;
      }
    },
    'the NATS cluster ready',
    60_000,
  );

  return {
    url,
    names: nodes.map((node) => node.name),
    async kill(name) {
      const node = byName(name);
      node.process?.kill('SIGKILL');
      await exited(node);
    },
    async start(name) {
      launch(byName(name));
    },
    async stop() {
      for (const node of nodes) node.process?.kill('SIGTERM');
      await Promise.all(nodes.map(exited));
      rmSync(folder, { recursive: true, force: true });
    },
  };
}
