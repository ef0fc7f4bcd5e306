import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';

/**
 * Ports handed out below the kernel's ephemeral range. A port asked of the kernel (listen on 0)
 * lies inside that range, and between the asking and a child process binding it, any outgoing
 * connection on the machine (a database pool, a browser, another test's fetch) may be given
 * it as its source port: the child then dies with EADDRINUSE.
 */
const LOWEST = 15_000;
/** Concurrent test workers draw from separate slices, so two never pick the same port. */
const SLICES = 16;

function firstEphemeralPort(): number {
  try {
    return Number(readFileSync('/proc/sys/net/ipv4/ip_local_port_range', 'utf8').trim().split(/\s+/)[0]) || 32_768;
  } catch {
    return 32_768;
  }
}

const sliceSize = Math.floor((firstEphemeralPort() - LOWEST) / SLICES);
const slice = Number(process.env.VITEST_POOL_ID ?? 0) % SLICES;
/** Handed out by this process: free when asked, but perhaps not bound yet. */
const handedOut = new Set<number>();

function canListen(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = createServer();
    server.once('error', () => resolve(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
  });
}

function kernelPort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/** A port nothing listens on now, that no other caller of this function in a running test is given. */
export async function freePort(): Promise<number> {
  if (sliceSize < 64) return kernelPort();
  const first = LOWEST + slice * sliceSize;
  for (let attempt = 0; attempt < sliceSize; attempt++) {
    const port = first + Math.floor(Math.random() * sliceSize);
    if (handedOut.has(port) || !(await canListen(port))) continue;
    handedOut.add(port);
    return port;
  }
  return kernelPort();
}
