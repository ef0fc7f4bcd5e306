import type { BenchResults, ShapeResult, TargetResult } from './results';
import { TARGET_LABELS, type TargetName } from './targets';

const ORDER: TargetName[] = ['ours', 'unlimited', 'traced', 'direct', 'peer', 'router'];

const table = (header: string[], rows: string[][]) =>
  [`| ${header.join(' | ')} |`, `|${header.map(() => '---').join('|')}|`, ...rows.map((row) => `| ${row.join(' | ')} |`)].join('\n');

const int = (n: number | null | undefined) => (n == null || Number.isNaN(n) ? '–' : Math.round(n).toLocaleString('en'));
const fixed = (n: number | null | undefined, digits = 2) => (n == null || !Number.isFinite(n) ? '–' : n.toFixed(digits));
const check = (ok: boolean | null) => (ok === null ? '–' : ok ? 'met' : 'NOT met');

function spread(result: TargetResult | undefined): string {
  if (!result) return '–';
  const values = result.saturation.map((s) => s.rps);
  return `${int(result.rps)} (${int(Math.min(...values))}–${int(Math.max(...values))})`;
}

function latency(result: TargetResult | undefined): string {
  const ms = result?.latencyMs;
  return ms ? `${fixed(ms.p50, 1)} / ${fixed(ms.p95, 1)} / ${fixed(ms.p99, 1)}` : '–';
}

function failures(shape: ShapeResult): string {
  const parts = ORDER.filter((name) => shape.targets[name]?.failures).map((name) => `${TARGET_LABELS[name]}: ${shape.targets[name]!.failures}`);
  return parts.length ? `**${parts.join(', ')}**` : '0';
}

function hops(shape: ShapeResult): string[][] {
  const peer = new Map(shape.hops.peer.map((hop) => [hop.subgraph, hop]));
  if (shape.hops.ours.length === 0) return [[shape.id, 'none', '0', '–', shape.hops.peer.length ? 'some' : '0']];
  return shape.hops.ours.map((hop) => [
    shape.id,
    hop.subgraph,
    fixed(hop.requestsPerOperation),
    fixed(hop.sqlPerHop),
    fixed(peer.get(hop.subgraph)?.requestsPerOperation),
  ]);
}

function cpuTable(results: BenchResults): string {
  const rows = results.shapes.flatMap((s) => ORDER.filter((name) => s.targets[name]).map((name) => [s, name, s.targets[name]!] as const));
  const processes = [...new Set(rows.flatMap(([, , result]) => Object.keys(result.cpuByProcess)))];
  return table(
    ['shape', 'target', ...processes, 'total'],
    rows.map(([s, name, result]) => [
      s.id,
      TARGET_LABELS[name],
      ...processes.map((process) => fixed(result.cpuByProcess[process])),
      fixed(Object.values(result.cpuByProcess).reduce((sum, cores) => sum + cores, 0)),
    ]),
  );
}

/** results/latest.md: the tables, the machine, the versions and how they were measured. */
export function renderMarkdown(results: BenchResults): string {
  const { config, machine, versions, summary } = results;
  const atLeast = (value: number | null, bound: number) => (value === null ? null : value >= bound);
  const oneStatement = (value: number | null) => (value === null ? null : value <= 1);
  return [
    `# Gateway benchmark (${results.mode})`,
    '',
    `${results.date} · commit ${versions.commit} · \`npm run bench${results.mode === 'quick' ? ' -- --quick' : ''}\``,
    '',
    `**Machine**: ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGiB} GiB, Linux ${machine.kernel}, Node ${machine.node}, Postgres ${machine.postgres}; 1-minute load average ${fixed(machine.loadAtStart)} before the run, ${fixed(machine.loadAtEnd)} after it. The load generator (autocannon) runs on the same machine.`,
    '',
    `**Versions**: our gateway @apollo/gateway ${versions['@apollo/gateway']} + @apollo/server ${versions['@apollo/server']}; peers @graphql-hive/gateway ${versions['@graphql-hive/gateway']}, alone and with @graphql-hive/router-runtime ${versions['@graphql-hive/router-runtime']} (\`--hive-router-runtime\`: Hive Router's Rust query planner); subgraphs mercurius ${versions.mercurius}; autocannon ${versions.autocannon}.`,
    '',
    `**Data**: ${Object.entries(results.data).map(([service, rows]) => `${service} ${rows}`).join(', ')}.`,
    '',
    summary.failures ? `> **This run had ${summary.failures} failed requests: its numbers are not to be trusted.**\n` : '',
    `## Throughput at saturation`,
    '',
    `${config.connections} connections, ${config.slotSeconds} s per slot after ${config.warmupSeconds} s of warm-up, median of ${config.rounds} rounds (min–max); targets alternate within each round, starting one further each round.`,
    '',
    table(
      ['shape', ...ORDER.map((name) => `${TARGET_LABELS[name]} req/s`), 'ours ÷ Hive', 'ours ÷ Hive (Rust)', 'with ÷ without limits', 'tracing on ÷ off', 'ours ÷ direct', 'failed requests'],
      results.shapes.map((s) => [
        `${s.id} ${s.title}`,
        ...ORDER.map((name) => spread(s.targets[name])),
        fixed(s.targets.ours && s.targets.peer ? s.targets.ours.rps / s.targets.peer.rps : null),
        fixed(s.targets.ours && s.targets.router ? s.targets.ours.rps / s.targets.router.rps : null),
        fixed(s.targets.ours && s.targets.unlimited ? s.targets.ours.rps / s.targets.unlimited.rps : null),
        fixed(s.targets.ours && s.targets.traced ? s.targets.traced.rps / s.targets.ours.rps : null),
        fixed(s.targets.ours && s.targets.direct ? s.targets.ours.rps / s.targets.direct.rps : null),
        failures(s),
      ]),
    ),
    '',
    `Where the CPU went at saturation: cores busy in each process during the slot (median over the rounds; ${machine.cores} cores in all). Postgres counts all of the local server's processes, whatever they serve; the load generator is autocannon in the bench's own process.`,
    '',
    cpuTable(results),
    '',
    `## Latency at a fixed rate`,
    '',
    `${Math.round(config.rateFraction * 100)} % of the slowest target's median saturation throughput of the shape, the same rate for every target; ${config.latencyConnections} connections, each paced on its own and started 1/${config.latencyConnections} s after the last (autocannon sends a connection's quota for a second back to back), ${config.latencySeconds} s per slot, median of ${config.latencyRounds} round(s). Milliseconds, p50 / p95 / p99.`,
    '',
    table(
      ['shape', 'rate req/s', ...ORDER.map((name) => TARGET_LABELS[name])],
      results.shapes.map((s) => [`${s.id}`, int(s.rate), ...ORDER.map((name) => latency(s.targets[name]))]),
    ),
    '',
    `## Cost per operation`,
    '',
    `From the subgraphs' /metrics: counter deltas over ${config.accountingRequests} operations sent one at a time. SQL / hop is the statements one subgraph request sends.`,
    '',
    table(['shape', 'subgraph', 'requests / operation (ours)', 'SQL / hop (ours)', 'requests / operation (Hive)'], results.shapes.flatMap(hops)),
    '',
    `CPU per operation at saturation (median over the rounds), ms: the serving process, and the local Postgres server while that target was measured.`,
    '',
    table(
      ['shape', ...ORDER.map((name) => TARGET_LABELS[name]), ...ORDER.map((name) => `Postgres (${TARGET_LABELS[name]})`)],
      results.shapes.map((s) => [
        s.id,
        ...ORDER.map((name) => fixed(s.targets[name]?.cpuMsPerOperation, 3)),
        ...ORDER.map((name) => fixed(s.targets[name]?.databaseMsPerOperation, 2)),
      ]),
    ),
    '',
    `## Peak RSS`,
    '',
    `VmHWM at the end of the run, MiB (a process and its children).`,
    '',
    table(['process', 'MiB'], Object.entries(results.peakRssMiB).map(([name, mib]) => [name, int(mib)])),
    '',
    `## Issue 6 targets`,
    '',
    `Where Postgres or a subgraph is what saturates (see where the CPU went), a throughput ratio says little about the gateways: their CPU per operation does.`,
    '',
    table(
      ['target', 'measured', ''],
      [
        ['Q1 through the gateway ≥ 0.35 of direct', fixed(summary.q1GatewayToDirect), check(atLeast(summary.q1GatewayToDirect, 0.35))],
        ['ours ≥ 1.0 × Hive on Q1', fixed(summary.q1VsPeer), check(atLeast(summary.q1VsPeer, 1))],
        ['ours ≥ 1.0 × Hive on Q2', fixed(summary.q2VsPeer), check(atLeast(summary.q2VsPeer, 1))],
        ['ours ≥ 1.0 × Hive on Q3', fixed(summary.q3VsPeer), check(atLeast(summary.q3VsPeer, 1))],
        ['ours ÷ Hive (Rust planner) on Q1 / Q2 / Q3', [summary.q1VsRouter, summary.q2VsRouter, summary.q3VsRouter].map((n) => fixed(n)).join(' / '), ''],
        ['throughput with tracing on ÷ off on Q1 / Q2 / Q3', [summary.tracingOverheadQ1, summary.tracingOverheadQ2, summary.tracingOverheadQ3].map((n) => fixed(n)).join(' / '), ''],
        ['one SQL statement per hop on Q2', fixed(summary.q2SqlPerHopMax), check(oneStatement(summary.q2SqlPerHopMax))],
        ['one SQL statement per hop on Q3', fixed(summary.q3SqlPerHopMax), check(oneStatement(summary.q3SqlPerHopMax))],
      ],
    ),
    '',
    `## Shapes and method`,
    '',
    ...results.shapes.map((s) => `- **${s.id}** ${s.title}: ${s.detail}.`),
    ...results.notes.map((note) => `- ${note}`),
    '',
  ].join('\n');
}
