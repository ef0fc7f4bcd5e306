import { parseArgs } from 'node:util';

/** How long and how hard `npm run bench` measures. */
export interface BenchConfig {
  quick: boolean;
  /** Saturation rounds; every target of every shape is measured once per round. */
  rounds: number;
  /** Fixed-rate rounds. */
  latencyRounds: number;
  slotSeconds: number;
  /** Length of a fixed-rate slot: enough requests at low rates for a p99. */
  latencySeconds: number;
  warmupSeconds: number;
  /** Concurrent connections at saturation. */
  connections: number;
  /** Connections of the fixed-rate slots, started evenly over a second (see load.ts). */
  latencyConnections: number;
  /** The fixed rate, as a fraction of the slowest target's median saturation throughput of the shape. */
  rateFraction: number;
  /** Requests per shape through our gateway for the /metrics accounting. */
  accountingRequests: number;
  /** Processes of each gateway: GATEWAY_WORKERS for ours, --fork for the peer. */
  workers: number;
  /** Seed the bench databases afresh even when their data is current. */
  reseed: boolean;
  /** Shapes to measure (all by default). */
  shapes: string[] | null;
  databaseServerUrl: string;
}

const FULL = { rounds: 5, latencyRounds: 3, slotSeconds: 10, latencySeconds: 10, warmupSeconds: 3 };
const QUICK = { rounds: 3, latencyRounds: 1, slotSeconds: 2, latencySeconds: 4, warmupSeconds: 1 };

export function readConfig(argv = process.argv.slice(2)): BenchConfig {
  const { values } = parseArgs({
    args: argv,
    options: {
      quick: { type: 'boolean', default: false },
      reseed: { type: 'boolean', default: false },
      rounds: { type: 'string' },
      'latency-rounds': { type: 'string' },
      seconds: { type: 'string' },
      'latency-seconds': { type: 'string' },
      warmup: { type: 'string' },
      connections: { type: 'string', default: '32' },
      'latency-connections': { type: 'string', default: '8' },
      rate: { type: 'string', default: '0.5' },
      workers: { type: 'string', default: '1' },
      shapes: { type: 'string' },
    },
  });
  const mode = values.quick ? QUICK : FULL;
  const number = (value: string | undefined, fallback: number, name: string) => {
    if (value === undefined) return fallback;
    const parsed = Number(value);
    if (!Number.isFinite(parsed) || parsed <= 0) throw new Error(`--${name} must be a positive number, not ${value}`);
    return parsed;
  };
  return {
    quick: values.quick,
    rounds: number(values.rounds, mode.rounds, 'rounds'),
    latencyRounds: number(values['latency-rounds'], mode.latencyRounds, 'latency-rounds'),
    slotSeconds: number(values.seconds, mode.slotSeconds, 'seconds'),
    latencySeconds: number(values['latency-seconds'], mode.latencySeconds, 'latency-seconds'),
    warmupSeconds: number(values.warmup, mode.warmupSeconds, 'warmup'),
    connections: number(values.connections, 32, 'connections'),
    latencyConnections: number(values['latency-connections'], 8, 'latency-connections'),
    rateFraction: number(values.rate, 0.5, 'rate'),
    accountingRequests: values.quick ? 20 : 50,
    workers: number(values.workers, 1, 'workers'),
    reseed: values.reseed,
    shapes: values.shapes ? values.shapes.split(',').map((s) => s.trim().toUpperCase()) : null,
    databaseServerUrl: process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres',
  };
}
