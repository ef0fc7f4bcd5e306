import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { afterEach, describe, expect, it, vi } from 'vitest';

const firstEphemeral = Number(readFileSync('/proc/sys/net/ipv4/ip_local_port_range', 'utf8').trim().split(/\s+/)[0]);

async function portsOfWorker(poolId: string, count: number): Promise<number[]> {
  vi.stubEnv('VITEST_POOL_ID', poolId);
  vi.resetModules();
  const { freePort } = await import('../testing/ports');
  const ports: number[] = [];
  for (let i = 0; i < count; i++) ports.push(await freePort());
  return ports;
}

function listenOn(port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => server.close(() => resolve()));
  });
}

describe('freePort', () => {
  afterEach(() => {
    vi.unstubAllEnvs();
    vi.resetModules();
  });

  it('hands out ports below the range outgoing connections take their source ports from, never one twice', async () => {
    const ports = await portsOfWorker('1', 300);
    expect(new Set(ports).size).toBe(300);
    expect(ports.every((port) => port >= 15_000 && port < firstEphemeral)).toBe(true);
    for (const port of ports.slice(0, 20)) await listenOn(port);
  });

  it('gives two test workers ports that cannot meet', async () => {
    const first = await portsOfWorker('2', 100);
    const second = await portsOfWorker('3', 100);
    expect(Math.max(...first)).toBeLessThan(Math.min(...second));
  });
});
