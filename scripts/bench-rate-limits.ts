// npx tsx scripts/bench-rate-limits.ts [--operations 4000] [--concurrency 32]
//
// What one rate-limit check costs the gateway: its in-memory limiter (rate-limiter-flexible)
// against a counter every replica shares in NATS, kept the way the NATS key-value store
// keeps a key (a stream holding the last value per subject; an increment reads it and
// writes it back only if no one wrote in between, else reads again). Measured:
// sequential checks (latency added to a request), concurrent checks on many keys
// (throughput) and on one key (one busy subject: every replica races for it).
// Prints a table and, last, one JSON line. Needs NATS with JetStream (NATS_URL).
import { randomBytes } from 'node:crypto';
import { parseArgs } from 'node:util';
import { jetstream, jetstreamManager, JetStreamApiError, StorageType } from '@nats-io/jetstream';
import { connect } from '@nats-io/transport-node';
import { RateLimiterMemory } from 'rate-limiter-flexible';

const { values } = parseArgs({ options: { operations: { type: 'string', default: '4000' }, concurrency: { type: 'string', default: '32' } } });
const operations = Number(values.operations);
const concurrency = Number(values.concurrency);
const KEYS = 1000;
const WRONG_LAST_SEQUENCE = 10071;

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;

/** Runs `check(i)` `operations` times with `parallel` in flight: per-check latencies (ms) and checks per second. */
async function measure(parallel: number, check: (i: number) => Promise<unknown>) {
  const latencies: number[] = [];
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: parallel }, async () => {
      while (next < operations) {
        const i = next++;
        const t = performance.now();
        await check(i);
        latencies.push(performance.now() - t);
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  return { perSecond: Math.round(operations / seconds), p50: percentile(latencies, 50), p99: percentile(latencies, 99) };
}

const memory = new RateLimiterMemory({ points: 1e9, duration: 60 });
const inMemory = {
  sequential: await measure(1, (i) => memory.consume(`subject-${i % KEYS}`)),
  concurrent: await measure(concurrency, (i) => memory.consume(`subject-${i % KEYS}`)),
};

const nc = await connect({ servers: process.env.NATS_URL ?? 'nats://127.0.0.1:4222' });
const jsm = await jetstreamManager(nc);
const js = jetstream(nc);
const shared: Record<string, Awaited<ReturnType<typeof measure>> & { retriesPerCheck?: number }> = {};
for (const storage of [StorageType.File, StorageType.Memory]) {
  const name = `BENCH_RATE_${randomBytes(4).toString('hex').toUpperCase()}`;
  await jsm.streams.add({ name, subjects: [`${name}.>`], storage, max_msgs_per_subject: 1, allow_direct: true });
  let retries = 0;
  const increment = async (key: string) => {
    const subject = `${name}.${key}`;
    for (;;) {
      const last = await jsm.direct.getMessage(name, { last_by_subj: subject });
      try {
        await js.publish(subject, String(Number(last?.string() ?? '0') + 1), { expect: { lastSubjectSequence: last?.seq ?? 0 } });
        return;
      } catch (error) {
        if (!(error instanceof JetStreamApiError && error.code === WRONG_LAST_SEQUENCE)) throw error;
        retries++;
      }
    }
  };
  try {
    shared[`${storage} sequential`] = await measure(1, (i) => increment(`s${i % KEYS}`));
    shared[`${storage} ${concurrency} concurrent, many keys`] = await measure(concurrency, (i) => increment(`c${i % KEYS}`));
    retries = 0;
    shared[`${storage} ${concurrency} concurrent, one key`] = { ...(await measure(concurrency, () => increment('hot'))), retriesPerCheck: 0 };
    shared[`${storage} ${concurrency} concurrent, one key`]!.retriesPerCheck = Number((retries / operations).toFixed(2));
  } finally {
    await jsm.streams.delete(name);
  }
}
await nc.close();

const row = (name: string, r: { perSecond: number; p50: number; p99: number; retriesPerCheck?: number }) =>
  `| ${name} | ${r.perSecond.toLocaleString('en')} | ${r.p50.toFixed(3)} | ${r.p99.toFixed(3)} | ${r.retriesPerCheck ?? ''} |`;
console.log(`${operations} checks, ${KEYS} keys, Node ${process.version}\n`);
console.log('| check | per second | p50 ms | p99 ms | retries per check |\n|---|---|---|---|---|');
console.log(row('in memory, sequential', inMemory.sequential));
console.log(row(`in memory, ${concurrency} concurrent`, inMemory.concurrent));
for (const [name, result] of Object.entries(shared)) console.log(row(`NATS ${name}`, result));
console.log(JSON.stringify({ inMemory, shared }));
