import cluster, { type Worker } from 'node:cluster';

/**
 * Runs `count` gateway processes sharing the port (the primary hands out connections in
 * turn). A worker that dies is replaced; SIGINT/SIGTERM stop every worker gracefully, then
 * the primary.
 */
export function superviseWorkers(count: number): void {
  let stopping = false;
  const start = () => cluster.fork();
  for (let i = 0; i < count; i++) start();

  cluster.on('exit', (worker: Worker, code, signal) => {
    if (stopping) {
      if (Object.keys(cluster.workers ?? {}).length === 0) process.exit(0);
      return;
    }
    console.error(`gateway worker ${worker.process.pid} exited (${signal ?? code}); starting another`);
    start();
  });

  const stop = () => {
    if (stopping) return;
    stopping = true;
    for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill('SIGTERM');
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}
