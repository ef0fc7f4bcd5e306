import { setTimeout as delay } from 'node:timers/promises';
import autocannon from 'autocannon';
import { commandCpuSeconds, commandTicks, cpuSeconds } from './proc';
import { percentile } from './stats';
import type { Target } from './targets';

export interface SlotOptions {
  target: Target;
  /** The next request's body. */
  body: () => string;
  /** Whether every request has a body of its own (else the first is sent each time). */
  varies: boolean;
  connections: number;
  seconds: number;
  /** Requests per second over all connections; unset: as fast as the target answers. */
  rate?: number;
  /** Processes whose CPU is taken over the slot, by name. */
  watch: Record<string, number>;
}

export interface SlotResult {
  /** Responses per second over the slot, whatever their status. */
  rps: number;
  responses: number;
  /** Connection errors, timeouts included. */
  errors: number;
  timeouts: number;
  non2xx: number;
  /** 2xx responses whose body has GraphQL `errors`. */
  graphqlErrors: number;
  /** CPU of the target's process tree during the slot, in cores (1 = one core busy). */
  cpu: number;
  /** CPU of the local Postgres server during the slot, in cores; null when it runs elsewhere. */
  databaseCpu: number | null;
  /** Cores busy during the slot in each watched process, Postgres and the load generator (this process). */
  cpuByProcess: Record<string, number>;
  latencyMs: { p50: number; p95: number; p99: number };
}

const hasErrors = (body: string) => body.includes('"errors":');

interface CannonOptions {
  target: Target;
  headers: Record<string, string>;
  body: () => string;
  varies: boolean;
  connections: number;
  seconds: number;
  rate?: number;
  /** Receives every response time, in ms. */
  latencies: number[];
}

function cannon(options: CannonOptions): Promise<autocannon.Result> {
  const { body, target, varies } = options;
  const fixedBody = varies ? undefined : body();
  const setupRequest = (request: autocannon.Request): autocannon.Request => ({
    ...request,
    ...(target.headersPerRequest ? { headers: target.headers() } : {}),
    body: fixedBody ?? body(),
  });
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      {
        url: options.target.url,
        method: 'POST',
        headers: options.headers,
        ...(varies || target.headersPerRequest ? { requests: [{ method: 'POST', setupRequest }] } : { body: fixedBody }),
        connections: options.connections,
        duration: options.seconds,
        ...(options.rate ? { overallRate: options.rate } : {}),
        verifyBody: (text) => !hasErrors(text),
      },
      (error, result) => (error ? reject(error) : resolve(result)),
    );
    instance.on('response', (_client: unknown, _status: number, _bytes: number, responseTime: number) => {
      options.latencies.push(responseTime);
    });
  });
}

/**
 * autocannon paces each connection per second: a connection's quota goes out back to back
 * as each of its seconds begins, and all connections of one run begin together. For an
 * even rate, each connection is a run of its own, started 1/n of a second after the last.
 */
async function paced(options: CannonOptions & { rate: number }): Promise<autocannon.Result[]> {
  const connections = Math.max(1, Math.min(options.connections, Math.round(options.rate)));
  const total = Math.max(connections, Math.round(options.rate));
  const shares = Array.from({ length: connections }, (_, i) => Math.floor(total / connections) + (i < total % connections ? 1 : 0));
  return Promise.all(
    shares.map(async (share, i) => {
      await delay((i * 1000) / connections);
      return cannon({ ...options, connections: 1, rate: share });
    }),
  );
}

/** One slot against one target: at saturation, or at `rate`. */
export async function runSlot(options: SlotOptions): Promise<SlotResult> {
  const latencies: number[] = [];
  const common = { ...options, headers: options.target.headers(), latencies };
  const cpuBefore = cpuSeconds(options.target.pid());
  const watchedBefore = Object.entries(options.watch).map(([name, pid]) => [name, pid, cpuSeconds(pid)] as const);
  const databaseBefore = commandTicks('postgres');
  const ownBefore = process.cpuUsage();
  const started = process.hrtime.bigint();
  const results = options.rate ? await paced({ ...common, rate: options.rate }) : [await cannon(common)];
  const wallSeconds = Number(process.hrtime.bigint() - started) / 1e9;
  const own = process.cpuUsage(ownBefore);
  const database = commandCpuSeconds(databaseBefore, commandTicks('postgres'));
  const cpuByProcess: Record<string, number> = Object.fromEntries(
    watchedBefore.map(([name, pid, before]) => [name, (cpuSeconds(pid) - before) / wallSeconds]),
  );
  if (database !== null) cpuByProcess.postgres = database / wallSeconds;
  cpuByProcess['load generator'] = (own.user + own.system) / 1e6 / wallSeconds;
  const sum = (pick: (result: autocannon.Result) => number) => results.reduce((total, result) => total + pick(result), 0);
  const responsesOf = (result: autocannon.Result) => Object.values(result.statusCodeStats).reduce((n, { count }) => n + count, 0);
  latencies.sort((a, b) => a - b);
  return {
    rps: sum((result) => responsesOf(result) / result.duration),
    responses: sum(responsesOf),
    errors: sum((result) => result.errors),
    timeouts: sum((result) => result.timeouts),
    non2xx: sum((result) => result.non2xx),
    graphqlErrors: sum((result) => result.mismatches),
    cpu: (cpuSeconds(options.target.pid()) - cpuBefore) / wallSeconds,
    databaseCpu: database === null ? null : database / wallSeconds,
    cpuByProcess,
    latencyMs: { p50: percentile(latencies, 0.5), p95: percentile(latencies, 0.95), p99: percentile(latencies, 0.99) },
  };
}
