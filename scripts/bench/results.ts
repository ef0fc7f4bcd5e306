import type { CacheSummary } from './cache';
import type { BenchConfig } from './config';
import type { SlotResult } from './load';
import type { Machine, Versions } from './machine';
import type { HopCost } from './metrics';
import type { ShapeId } from './shapes';
import { median } from './stats';
import type { TargetName } from './targets';

export interface TargetResult {
  /** One per round, in round order. */
  saturation: SlotResult[];
  latency: SlotResult[];
  /** Medians over the rounds. */
  rps: number;
  cpu: number;
  databaseCpu: number | null;
  /** CPU milliseconds per operation at saturation: of the serving process, of Postgres. */
  cpuMsPerOperation: number;
  databaseMsPerOperation: number | null;
  /** Cores busy at saturation in each process (median over the rounds). */
  cpuByProcess: Record<string, number>;
  latencyMs: { p50: number; p95: number; p99: number } | null;
  /** Failed requests over all its slots: connection errors, timeouts, non-2xx, GraphQL errors. */
  failures: number;
}

export interface ShapeResult {
  id: ShapeId;
  title: string;
  detail: string;
  targets: Partial<Record<TargetName, TargetResult>>;
  /** The fixed rate of the latency slots, req/s. */
  rate: number | null;
  /** Subgraph requests and SQL statements per operation, through each gateway. */
  hops: { ours: HopCost[]; peer: HopCost[] };
}

export interface BenchResults {
  date: string;
  mode: 'quick' | 'full';
  config: Omit<BenchConfig, 'databaseServerUrl'>;
  machine: Machine;
  versions: Versions;
  data: Record<string, string>;
  notes: string[];
  shapes: ShapeResult[];
  peakRssMiB: Record<string, number>;
  /** With the response cache's figures (cache.ts) when the run measured them. */
  summary: Summary & Partial<CacheSummary>;
}

/** The last line of `npm run bench -- --quick`. */
export interface Summary {
  q1GatewayToDirect: number | null;
  q0VsPeer: number | null;
  q1VsPeer: number | null;
  q2VsPeer: number | null;
  q3VsPeer: number | null;
  q4VsPeer: number | null;
  /** Ours ÷ Hive Gateway with Hive Router's Rust query planner. */
  q0VsRouter: number | null;
  q1VsRouter: number | null;
  q2VsRouter: number | null;
  q3VsRouter: number | null;
  q4VsRouter: number | null;
  /** Our throughput with the operation and rate limits ÷ without them, by shape: their cost. */
  limitsCost: Partial<Record<ShapeId, number | null>>;
  /**
   * Our throughput with tracing on in the gateway and every subgraph (spans exported over
   * OTLP to a sink that discards them) ÷ with tracing off, by shape: 1 is free, 0.9 costs 10 %.
   */
  tracingOverheadQ1: number | null;
  tracingOverheadQ2: number | null;
  tracingOverheadQ3: number | null;
  /** Spans the traced processes exported during the run: none would mean tracing was off. */
  tracingSpansExported: number;
  /** SQL statements per subgraph request (hop) through our gateway, by subgraph; and the most of any hop. */
  q2SqlPerHop: Record<string, number>;
  q2SqlPerHopMax: number | null;
  q3SqlPerHop: Record<string, number>;
  q3SqlPerHopMax: number | null;
  /** Failed requests over the whole run; a run with any is not to be trusted. */
  failures: number;
}

export function summariseTarget(saturation: SlotResult[], latency: SlotResult[]): TargetResult {
  const failures = [...saturation, ...latency].reduce((sum, s) => sum + s.errors + s.non2xx + s.graphqlErrors, 0);
  const database = saturation.every((s) => s.databaseCpu !== null);
  return {
    saturation,
    latency,
    rps: median(saturation.map((s) => s.rps)),
    cpu: median(saturation.map((s) => s.cpu)),
    databaseCpu: database ? median(saturation.map((s) => s.databaseCpu!)) : null,
    cpuMsPerOperation: median(saturation.map((s) => (s.cpu / s.rps) * 1000)),
    databaseMsPerOperation: database ? median(saturation.map((s) => (s.databaseCpu! / s.rps) * 1000)) : null,
    cpuByProcess: Object.fromEntries(
      Object.keys(saturation[0]?.cpuByProcess ?? {}).map((name) => [name, median(saturation.map((s) => s.cpuByProcess[name] ?? 0))]),
    ),
    latencyMs: latency.length
      ? {
          p50: median(latency.map((s) => s.latencyMs.p50)),
          p95: median(latency.map((s) => s.latencyMs.p95)),
          p99: median(latency.map((s) => s.latencyMs.p99)),
        }
      : null,
    failures,
  };
}

const ratio = (a: number | undefined, b: number | undefined) => (a && b ? Math.round((a / b) * 1000) / 1000 : null);

function sqlPerHop(shape: ShapeResult | undefined): Record<string, number> {
  const hops = (shape?.hops.ours ?? []).filter((hop) => hop.sqlPerHop !== null);
  return Object.fromEntries(hops.map((hop) => [hop.subgraph, Math.round(hop.sqlPerHop! * 100) / 100]));
}

const most = (perHop: Record<string, number>) => (Object.keys(perHop).length ? Math.max(...Object.values(perHop)) : null);

export function summarise(shapes: ShapeResult[], tracingSpansExported: number): Summary {
  const shape = (id: ShapeId) => shapes.find((s) => s.id === id);
  const versus = (id: ShapeId, other: TargetName) => ratio(shape(id)?.targets.ours?.rps, shape(id)?.targets[other]?.rps);
  const vsPeer = (id: ShapeId) => versus(id, 'peer');
  const vsRouter = (id: ShapeId) => versus(id, 'router');
  return {
    q1GatewayToDirect: ratio(shape('Q1')?.targets.ours?.rps, shape('Q1')?.targets.direct?.rps),
    q0VsPeer: vsPeer('Q0'),
    q1VsPeer: vsPeer('Q1'),
    q2VsPeer: vsPeer('Q2'),
    q3VsPeer: vsPeer('Q3'),
    q4VsPeer: vsPeer('Q4'),
    q0VsRouter: vsRouter('Q0'),
    q1VsRouter: vsRouter('Q1'),
    q2VsRouter: vsRouter('Q2'),
    q3VsRouter: vsRouter('Q3'),
    q4VsRouter: vsRouter('Q4'),
    limitsCost: Object.fromEntries(shapes.map((s) => [s.id, versus(s.id, 'unlimited')])),
    tracingOverheadQ1: ratio(shape('Q1')?.targets.traced?.rps, shape('Q1')?.targets.ours?.rps),
    tracingOverheadQ2: ratio(shape('Q2')?.targets.traced?.rps, shape('Q2')?.targets.ours?.rps),
    tracingOverheadQ3: ratio(shape('Q3')?.targets.traced?.rps, shape('Q3')?.targets.ours?.rps),
    tracingSpansExported,
    q2SqlPerHop: sqlPerHop(shape('Q2')),
    q2SqlPerHopMax: most(sqlPerHop(shape('Q2'))),
    q3SqlPerHop: sqlPerHop(shape('Q3')),
    q3SqlPerHopMax: most(sqlPerHop(shape('Q3'))),
    failures: shapes.reduce((sum, s) => sum + Object.values(s.targets).reduce((n, t) => n + t.failures, 0), 0),
  };
}
