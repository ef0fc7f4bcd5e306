import { spawn, type ChildProcess } from 'node:child_process';

export interface RunningProcess {
  name: string;
  /** The process running now: a restarted process has a new one. */
  readonly child: ChildProcess;
  /** Everything the process printed (the last 500 lines, across restarts), for diagnosing a failed start. */
  output(): string;
  stop(): Promise<void>;
}

export interface SupervisedProcess extends RunningProcess {
  /** From now on, starts the process again when it fails (see RestartPolicy); null: no more restarts. */
  restartOnExit(policy: RestartPolicy | null): void;
}

export interface RestartPolicy {
  /** The first delay; each failure in a row doubles it, up to maxDelayMs. */
  initialDelayMs: number;
  maxDelayMs: number;
  /** A process that ran this long before failing starts again after the initial delay. */
  stableAfterMs: number;
  /** Told of every exit that was not asked for by stop(), before any restart. */
  onExit?: (exit: ProcessExit) => void;
}

export interface ProcessExit {
  name: string;
  code: number | null;
  signal: NodeJS.Signals | null;
  /** When it starts again; null when it exited cleanly (code 0: it was asked to stop, by a signal from outside). */
  restartInMs: number | null;
}

/** The log line for an exit: "partners exited with code 1; restarting in 2 s". */
export function describeExit({ name, code, signal, restartInMs }: ProcessExit): string {
  const how = signal ? `on ${signal}` : `with code ${code}`;
  return `${name} exited ${how}; ${restartInMs === null ? 'not restarting' : `restarting in ${Number((restartInMs / 1000).toFixed(2))} s`}`;
}

export interface SpawnOptions {
  name: string;
  cwd: string;
  entry: string;
  env: Record<string, string>;
  /** Receives each line the process prints; lines are kept for output() either way. */
  onLine?: (line: string) => void;
}

/** Runs a TypeScript entry point under tsx as a child process. */
export const spawnTs = (options: SpawnOptions): SupervisedProcess => spawnNode({ ...options, nodeOptions: ['--import', 'tsx'] });

/** Runs an entry point in a child Node process. */
export function spawnNode({ name, cwd, entry, env, onLine, nodeOptions = [] }: SpawnOptions & { nodeOptions?: string[] }): SupervisedProcess {
  const lines: string[] = [];
  const collect = (chunk: Buffer) => {
    for (const line of chunk.toString().split('\n')) {
      if (!line) continue;
      lines.push(line);
      if (lines.length > 500) lines.shift();
      onLine?.(line);
    }
  };
  let policy: RestartPolicy | null = null;
  let delayMs = 0;
  let pendingRestart: NodeJS.Timeout | undefined;
  let stopping = false;
  let child: ChildProcess;
  let exited: Promise<void>;

  const start = () => {
    const startedAt = Date.now();
    child = spawn(process.execPath, [...nodeOptions, entry], {
      cwd,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout!.on('data', collect);
    child.stderr!.on('data', collect);
    exited = new Promise<void>((resolve) =>
      child.once('exit', (code, signal) => {
        resolve();
        if (stopping || !policy) return;
        const failed = code !== 0;
        if (Date.now() - startedAt >= policy.stableAfterMs) delayMs = policy.initialDelayMs;
        policy.onExit?.({ name, code, signal, restartInMs: failed ? delayMs : null });
        if (!failed) return;
        pendingRestart = setTimeout(start, delayMs);
        delayMs = Math.min(delayMs * 2, policy.maxDelayMs);
      }),
    );
  };
  start();

  return {
    name,
    get child() {
      return child;
    },
    output: () => lines.join('\n'),
    restartOnExit(next) {
      policy = next;
      delayMs = next?.initialDelayMs ?? 0;
      if (!next) clearTimeout(pendingRestart);
    },
    async stop() {
      stopping = true;
      clearTimeout(pendingRestart);
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGTERM');
      const killer = setTimeout(() => child.kill('SIGKILL'), 15_000);
      await exited;
      clearTimeout(killer);
    },
  };
}

/** Polls `url` until it answers 2xx; fails early when the process exits. */
export async function waitUntilReady(url: string, process: RunningProcess, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (process.child.exitCode !== null) {
      throw new Error(`${process.name} exited with code ${process.child.exitCode}:\n${process.output()}`);
    }
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(1000) });
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 150));
  }
  throw new Error(`${process.name} was not ready at ${url} within ${timeoutMs} ms:\n${process.output()}`);
}
