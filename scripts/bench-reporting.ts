// npx tsx scripts/bench-reporting.ts [--coordinators 2600] [--responses 1000] [--concurrency 16]
//                                    [--rate 50] [--seconds 30] [--poll-ms 20]
//
// The reporting pipeline under load, end to end: the whole portal as processes (like the
// end-to-end tests: fresh databases and a stream of its own, dropped afterwards); survey
// responses go in through the gateway (surveys → outbox → relay → NATS → reporting's
// consumer). A survey's figures are released only once it has closed and every response is
// counted (README, "What a dashboard user can rely on"): while it is open the dashboard shows
// nothing. So the pipeline is timed to reporting's projection write — the counters the
// dashboard's release reads, polled in reporting's database — and the release after closing
// through the gateway's SurveyDashboard. Measures
//   (a) throughput: responses per second the gateway takes from concurrent submitters, and
//       how long until reporting has counted all of them (the pipeline's rate);
//   (b) latency at a fixed rate: from submitting a response to reporting counting it (the
//       n-th response to complete is counted once the survey's count reaches n), and from
//       the mutation's answer (committed) to the count: the pipeline's own part;
//   (c) from closing the survey of (b) to its results in SurveyDashboard.
// The coordinators are registered through the gateway, all in Tokyo: the total is then one
// prefecture's count, published from k + 1 on.
// Prints a table and, last, one JSON line. Needs Postgres and NATS (DATABASE_URL, NATS_URL).
import { parseArgs } from 'node:util';
import { jetstreamManager } from '@nats-io/jetstream';
import postgres from 'postgres';
import { connect, type NatsConnection } from '@nats-io/transport-node';
import { COORDINATOR_CONSUMER } from '../services/surveys/src/service';
import { contractExamples, operationText } from './lib/operations';
import { startScriptStack } from './lib/stack';
import { SUBGRAPHS } from './lib/subgraphs';
import { generateKeyPair, mintToken, type TokenClaims } from './lib/tokens';

const { values } = parseArgs({
  options: {
    coordinators: { type: 'string', default: '2600' },
    responses: { type: 'string', default: '1000' },
    concurrency: { type: 'string', default: '16' },
    rate: { type: 'string', default: '50' },
    seconds: { type: 'string', default: '30' },
    'poll-ms': { type: 'string', default: '20' },
  },
});
const settings = {
  coordinators: Number(values.coordinators),
  responses: Number(values.responses),
  concurrency: Number(values.concurrency),
  rate: Number(values.rate),
  seconds: Number(values.seconds),
  pollMs: Number(values['poll-ms']),
};
// Responses before the fixed rate starts, to warm the pipeline up.
const WARM_UP = 5;
const latencyResponses = Math.round(settings.rate * settings.seconds);
if (settings.coordinators < settings.responses + WARM_UP + latencyResponses) {
  throw new Error('each coordinator answers once: --coordinators must cover --responses + 5 + rate × seconds');
}

const databaseServerUrl = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const natsUrl = process.env.NATS_URL ?? 'nats://127.0.0.1:4222';
const keys = generateKeyPair();
const log = (line: string) => console.error(`[bench] ${line}`);

const tokens = new Map<string, Promise<string>>();
const tokenOf = (claims: TokenClaims) => {
  if (!tokens.has(claims.sub)) tokens.set(claims.sub, mintToken(keys.privateKey, claims));
  return tokens.get(claims.sub)!;
};

let gatewayUrl = '';
async function send(caller: TokenClaims, query: string, variables?: Record<string, unknown>): Promise<any> {
  const response = await fetch(gatewayUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${await tokenOf(caller)}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: any; errors?: { message: string }[] };
  if (body.errors) throw new Error(`${body.errors.map((e) => e.message).join('; ')}`);
  return body.data;
}

const admin: TokenClaims = { sub: 'bench|admin', roles: ['AGENCY_ADMIN'] };
const analyst: TokenClaims = { sub: 'bench|analyst', roles: ['MINISTRY_ANALYST'] };
const coordinator = (n: number): TokenClaims => ({ sub: `bench|c-${n}`, roles: ['COORDINATOR'] });
const examples = contractExamples();
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

interface Survey {
  id: string;
  questions: { id: string; options: { id: string }[] }[];
}

async function openSurvey(): Promise<Survey> {
  const survey = (await send(admin, operationText('CreateSurvey'), examples.CreateSurvey)).createSurvey as Survey;
  await send(admin, operationText('OpenSurvey'), { id: survey.id });
  return survey;
}

/** A response like the contract's, varied by the respondent's number. */
function submit(survey: Survey, n: number) {
  const [q1, q2, q3, q4] = survey.questions;
  return send(coordinator(n), operationText('SubmitSurveyResponse'), {
    surveyId: survey.id,
    answers: [
      { questionId: q1!.id, optionIds: [q1!.options[n % 4]!.id] },
      { questionId: q2!.id, optionIds: [q2!.options[n % 4]!.id, q2!.options[(n + 1) % 4]!.id] },
      { questionId: q3!.id, scale: (n % 5) + 1 },
      { questionId: q4!.id, text: '夜間の医療通訳が地域にない' },
    ],
  });
}

const TOTAL = 'query($id: ID!) { surveyReport(surveyId: $id) { totalResponses } }';
/** The dashboard's total: null while the survey is open, or its total withheld. */
async function dashboardTotal(survey: Survey): Promise<number | null> {
  const data = await send(analyst, TOTAL, { id: survey.id }).catch(() => null);
  return data?.surveyReport?.totalResponses ?? null;
}

let reportingDb: postgres.Sql | undefined;
/** The responses reporting's projection has counted: the counters the survey's release will read. */
async function counted(survey: Survey): Promise<number> {
  const [row] = await reportingDb!`select coalesce(sum(n), 0)::int as n from survey_respondents where survey_id = ${survey.id}`;
  return row!.n as number;
}

/** Registers coordinators 1 to n in Tokyo, through the gateway, a few at a time. */
async function registerCoordinators(n: number) {
  let next = 1;
  await Promise.all(
    Array.from({ length: settings.concurrency }, async () => {
      while (next <= n) {
        const i = next++;
        await send(admin, operationText('RegisterCoordinator'), {
          input: { accountId: coordinator(i).sub, name: `ベンチ ${i}`, cohortYear: 2025, activityRegions: [{ prefectureCode: '13' }], expertiseFields: ['MEDICAL'] },
        });
      }
    }),
  );
}

async function waitForCount(survey: Survey, total: number, timeoutMs = 120_000) {
  const deadline = Date.now() + timeoutMs;
  while ((await counted(survey)) < total) {
    if (Date.now() > deadline) throw new Error(`reporting did not count ${total} responses`);
    await sleep(settings.pollMs);
  }
}

/** Until the surveys service knows every coordinator's prefecture (its projection is fed by events). */
async function waitForProjection(nc: NatsConnection) {
  const jsm = await jetstreamManager(nc);
  for (;;) {
    const last = await jsm.streams.getMessage(stream.name, { last_by_subj: `${stream.subjectPrefix}.coordinator.registered` }).catch(() => null);
    const consumer = await jsm.consumers.info(stream.name, COORDINATOR_CONSUMER).catch(() => null);
    // Every registration published (the stream holds nothing else yet), the last one applied.
    const published = (await jsm.streams.info(stream.name)).state.messages >= settings.coordinators;
    if (published && last && consumer && consumer.ack_floor.stream_seq >= last.seq) return;
    await sleep(200);
  }
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
const round = (n: number, digits = 1) => Math.round(n * 10 ** digits) / 10 ** digits;

/** (a) Concurrent submitters as fast as the gateway answers; then until reporting counts them all. */
async function measureThroughput() {
  const survey = await openSurvey();
  let next = 1;
  const mutationMs: number[] = [];
  const started = performance.now();
  await Promise.all(
    Array.from({ length: settings.concurrency }, async () => {
      while (next <= settings.responses) {
        const n = next++;
        const t = performance.now();
        await submit(survey, n);
        mutationMs.push(performance.now() - t);
      }
    }),
  );
  const submitted = performance.now();
  await waitForCount(survey, settings.responses);
  const visible = performance.now();
  mutationMs.sort((a, b) => a - b);
  return {
    responses: settings.responses,
    concurrency: settings.concurrency,
    submitSeconds: round((submitted - started) / 1000, 2),
    submitsPerSecond: round(settings.responses / ((submitted - started) / 1000)),
    allVisibleSeconds: round((visible - started) / 1000, 2),
    drainAfterLastSubmitMs: Math.round(visible - submitted),
    pipelinePerSecond: round(settings.responses / ((visible - started) / 1000)),
    mutationP50Ms: round(percentile(mutationMs, 50)),
    mutationP95Ms: round(percentile(mutationMs, 95)),
  };
}

/** (b) A fixed rate; a poller notes when reporting's count reaches each number. (c) Closing, until the dashboard shows the total. */
async function measureLatency() {
  const survey = await openSurvey();
  const base = settings.responses + 1;
  await Promise.all(Array.from({ length: WARM_UP }, (_, i) => submit(survey, base + i)));
  await waitForCount(survey, WARM_UP);

  const reached: number[] = []; // reached[total] = first time reporting had counted at least that many
  let polling = true;
  const poller = (async () => {
    let seen = WARM_UP;
    while (polling) {
      // A failed poll (the database busy) is the next poll's to make up.
      const total = await counted(survey).catch(() => seen);
      const now = performance.now();
      for (let t = seen + 1; t <= total; t++) reached[t] = now;
      seen = Math.max(seen, total);
      await sleep(settings.pollMs);
    }
  })();

  const completions: { start: number; done: number }[] = [];
  const mutationMs: number[] = [];
  const started = performance.now();
  const submissions = Array.from({ length: latencyResponses }, async (_, i) => {
    await sleep(Math.max(0, started + (i * 1000) / settings.rate - performance.now()));
    const start = performance.now();
    await submit(survey, base + WARM_UP + i);
    const done = performance.now();
    completions.push({ start, done });
    mutationMs.push(done - start);
  });
  await Promise.all(submissions);
  await waitForCount(survey, WARM_UP + latencyResponses);
  await sleep(settings.pollMs * 2);
  polling = false;
  await poller;

  // (c) Closed, the results are released once every response is counted, which it is.
  const closing = performance.now();
  await send(admin, operationText('CloseSurvey'), { id: survey.id });
  while ((await dashboardTotal(survey)) !== WARM_UP + latencyResponses) {
    if (performance.now() - closing > 120_000) throw new Error('the dashboard did not release the closed survey');
    await sleep(settings.pollMs);
  }
  const closeToReleasedMs = Math.round(performance.now() - closing);

  // The n-th response to complete is counted once the total reaches WARM_UP + n.
  completions.sort((a, b) => a.done - b.done);
  const latencies = completions.map((c, i) => reached[WARM_UP + i + 1]! - c.start).sort((a, b) => a - b);
  // The pipeline's own part: from the committed mutation's answer to the count.
  const afterAnswer = completions.map((c, i) => reached[WARM_UP + i + 1]! - c.done).sort((a, b) => a - b);
  mutationMs.sort((a, b) => a - b);
  return {
    rate: settings.rate,
    seconds: settings.seconds,
    responses: latencyResponses,
    pollMs: settings.pollMs,
    p50Ms: Math.round(percentile(latencies, 50)),
    p95Ms: Math.round(percentile(latencies, 95)),
    p99Ms: Math.round(percentile(latencies, 99)),
    maxMs: Math.round(latencies.at(-1)!),
    afterAnswerP50Ms: Math.round(percentile(afterAnswer, 50)),
    afterAnswerP99Ms: Math.round(percentile(afterAnswer, 99)),
    mutationP50Ms: round(percentile(mutationMs, 50)),
    mutationP95Ms: round(percentile(mutationMs, 95)),
    closeToReleasedMs,
  };
}

log(`starting the portal (${SUBGRAPHS.map((s) => s.name).join(', ')})`);
// Trusted documents off: the dashboard is polled with a small document of the benchmark's own (TOTAL).
const stack = await startScriptStack({ prefix: 'bench_reporting', databaseServerUrl, natsUrl, jwtPublicKeyPem: keys.publicKeyPem });
const { stream } = stack;
let nc: NatsConnection | undefined;
async function cleanUp() {
  await nc?.close();
  await reportingDb?.end();
  await stack.close();
}
process.once('SIGINT', () => void cleanUp().then(() => process.exit(130)));

try {
  gatewayUrl = stack.gatewayUrl;
  reportingDb = postgres(stack.databaseUrlOf('reporting'), { max: 1 });
  nc = await connect({ servers: natsUrl });
  log(`registering ${settings.coordinators} coordinators in Tokyo`);
  await registerCoordinators(settings.coordinators);
  await waitForProjection(nc);

  log(`(a) ${settings.responses} responses from ${settings.concurrency} concurrent submitters`);
  const throughput = await measureThroughput();
  log(`(b) ${latencyResponses} responses at ${settings.rate}/s for ${settings.seconds} s`);
  const latency = await measureLatency();

  const cpus = (await import('node:os')).cpus();
  const rows: [string, string][] = [
    ['machine', `${cpus.length} × ${cpus[0]?.model ?? 'cpu'}, Node ${process.version}`],
    ['(a) responses submitted through the gateway', `${throughput.responses} by ${throughput.concurrency} concurrent submitters`],
    ['(a) submit rate (gateway → surveys, committed)', `${throughput.submitsPerSecond} responses/s (${throughput.submitSeconds} s)`],
    ['(a) SubmitSurveyResponse latency p50 / p95', `${throughput.mutationP50Ms} / ${throughput.mutationP95Ms} ms`],
    ['(a) all counted by reporting after', `${throughput.allVisibleSeconds} s (${throughput.drainAfterLastSubmitMs} ms after the last submit)`],
    ['(a) pipeline rate, submit to reporting\'s counters', `${throughput.pipelinePerSecond} responses/s`],
    ['(b) fixed rate', `${latency.rate}/s for ${latency.seconds} s (${latency.responses} responses), reporting's counters polled every ${latency.pollMs} ms`],
    ['(b) submit → counted p50 / p95 / p99 / max', `${latency.p50Ms} / ${latency.p95Ms} / ${latency.p99Ms} / ${latency.maxMs} ms`],
    ['(b) SubmitSurveyResponse latency p50 / p95', `${latency.mutationP50Ms} / ${latency.mutationP95Ms} ms`],
    ['(b) its answer → counted p50 / p99', `${latency.afterAnswerP50Ms} / ${latency.afterAnswerP99Ms} ms`],
    ['(c) CloseSurvey → results in SurveyDashboard', `${latency.closeToReleasedMs} ms`],
  ];
  const width = Math.max(...rows.map(([label]) => label.length));
  console.log(rows.map(([label, value]) => `${label.padEnd(width)}  ${value}`).join('\n'));
  console.log(JSON.stringify({ benchmark: 'reporting-pipeline', throughput, latency }));
} finally {
  await cleanUp();
}
