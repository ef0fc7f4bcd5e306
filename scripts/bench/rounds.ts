import type { BenchConfig } from './config';
import { runSlot, type SlotResult } from './load';
import { summariseTarget, type TargetResult } from './results';
import type { Shape, ShapeId } from './shapes';
import { median } from './stats';
import { TARGET_LABELS, type Target, type TargetName } from './targets';

type Slots = Map<ShapeId, Map<TargetName, SlotResult[]>>;
type Say = (line: string) => void;

/** The targets in round `round`'s order: each round starts one further, so no target always goes first. */
const rotate = <T>(items: readonly T[], round: number) => items.map((_, i) => items[(i + round) % items.length]!);

// Q4's texts must never repeat, not even between slots.
const runTag = `r${Date.now().toString(36)}`;

function describe(result: SlotResult, latency: boolean): string {
  const failed = result.errors + result.non2xx + result.graphqlErrors;
  const main = latency
    ? `${Math.round(result.rps)} req/s, p50 ${result.latencyMs.p50.toFixed(1)} ms, p95 ${result.latencyMs.p95.toFixed(1)} ms, p99 ${result.latencyMs.p99.toFixed(1)} ms`
    : `${Math.round(result.rps)} req/s`;
  const failures = failed
    ? `, FAILED ${failed} (errors ${result.errors}, timeouts ${result.timeouts}, non-2xx ${result.non2xx}, GraphQL errors ${result.graphqlErrors})`
    : '';
  const database = result.databaseCpu === null ? '' : `, Postgres ${result.databaseCpu.toFixed(2)}`;
  return `${main}, CPU ${result.cpu.toFixed(2)}${database}${failures}`;
}

/** Warm-up, then the measured slot, for every target of every shape, round after round. */
async function rounds(
  shapes: Shape[],
  targets: Record<TargetName, Target>,
  options: {
    count: number;
    connections: number;
    seconds: number;
    warmupSeconds: number;
    rate: (shape: Shape) => number | undefined;
    phase: string;
    watch: () => Record<string, number>;
  },
  say: Say,
): Promise<Slots> {
  const slots: Slots = new Map(shapes.map((shape) => [shape.id, new Map()]));
  for (let round = 0; round < options.count; round++) {
    for (const shape of shapes) {
      for (const name of rotate(shape.targets, round)) {
        const tag = `${runTag}_${options.phase}${round}_${shape.id}_${name}`;
        const slot = { target: targets[name], varies: shape.varies, connections: options.connections, rate: options.rate(shape), watch: options.watch() };
        await runSlot({ ...slot, body: shape.body(`${tag}_warm`), seconds: options.warmupSeconds });
        const result = await runSlot({ ...slot, body: shape.body(tag), seconds: options.seconds });
        const forShape = slots.get(shape.id)!;
        forShape.set(name, [...(forShape.get(name) ?? []), result]);
        say(`${options.phase} ${round + 1}/${options.count} ${shape.id} ${TARGET_LABELS[name]}: ${describe(result, options.rate(shape) !== undefined)}`);
      }
    }
  }
  return slots;
}

export function measureSaturation(
  shapes: Shape[],
  targets: Record<TargetName, Target>,
  config: BenchConfig,
  watch: () => Record<string, number>,
  say: Say,
): Promise<Slots> {
  say(`saturation: ${config.connections} connections, ${config.rounds} rounds of ${config.warmupSeconds} s warm-up + ${config.slotSeconds} s per target and shape`);
  return rounds(
    shapes,
    targets,
    {
      count: config.rounds,
      connections: config.connections,
      seconds: config.slotSeconds,
      warmupSeconds: config.warmupSeconds,
      rate: () => undefined,
      phase: 'saturation',
      watch,
    },
    say,
  );
}

/**
 * Latency at one fixed rate per shape, the same for all its targets: a fraction of the
 * slowest target's median throughput, so that every target can keep up with it.
 */
export async function measureLatency(
  shapes: Shape[],
  targets: Record<TargetName, Target>,
  config: BenchConfig,
  saturation: Slots,
  watch: () => Record<string, number>,
  say: Say,
): Promise<Map<ShapeId, { rate: number; targets: Partial<Record<TargetName, TargetResult>> }>> {
  const rates = new Map(
    shapes.map((shape) => {
      const medians = shape.targets.map((name) => median(saturation.get(shape.id)!.get(name)!.map((s) => s.rps)));
      return [shape.id, Math.max(1, Math.round(config.rateFraction * Math.min(...medians)))];
    }),
  );
  say(`fixed rate: ${[...rates].map(([id, rate]) => `${id} ${rate} req/s`).join(', ')}; ${config.latencyConnections} connections, ${config.latencyRounds} round(s)`);
  const latency = await rounds(
    shapes,
    targets,
    {
      count: config.latencyRounds,
      connections: config.latencyConnections,
      seconds: config.latencySeconds,
      warmupSeconds: config.warmupSeconds,
      rate: (shape) => rates.get(shape.id),
      phase: 'latency',
      watch,
    },
    say,
  );
  return new Map(
    shapes.map((shape) => [
      shape.id,
      {
        rate: rates.get(shape.id)!,
        targets: Object.fromEntries(
          shape.targets.map((name) => [name, summariseTarget(saturation.get(shape.id)!.get(name)!, latency.get(shape.id)!.get(name)!)]),
        ),
      },
    ]),
  );
}
