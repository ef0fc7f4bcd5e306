// npx tsx scripts/bench-replay.ts [--events 1000000] [--surveys 10] [--batch 500]
//
// The reporting projection at scale: a stream of its own filled with `--events` portal
// events in the mix a year of the portal gives (survey.opened for each survey; then, of
// every 20 events, 10 survey responses spread over the surveys and the 47 prefectures with
// the survey.answered beside each of 5 of them, field issues, referral status changes and
// declines, board questions and answers, a coordinator's profile update and an event
// reporting does not count), then a rebuild of reporting's aggregates from it into a
// fresh database, as `services/reporting/src/rebuild.ts` runs in operation. Reports how
// fast the stream was filled, the rebuild's time and its replay throughput (events/s into
// the aggregates), with the load average (the machine may be shared). Stream and database
// are dropped afterwards. Needs Postgres and NATS (DATABASE_URL, NATS_URL).
import { randomBytes, randomUUID } from 'node:crypto';
import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { jetstream, jetstreamManager } from '@nats-io/jetstream';
import { connect } from '@nats-io/transport-node';
import { databaseUrl, dropDatabases, ensureDatabases, migrationsFolderOf, PREFECTURES, runMigrations } from '@portal/platform';
import { ensureStream, eventStream, subjectOf, type EventEnvelope } from '@portal/platform/events';
import { rebuildAggregates } from '../services/reporting/src/replay';

const { values } = parseArgs({ options: { events: { type: 'string', default: '1000000' }, surveys: { type: 'string', default: '10' }, batch: { type: 'string', default: '500' } } });
const total = Number(values.events);
const surveyCount = Number(values.surveys);
const serverUrl = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const natsUrl = process.env.NATS_URL ?? 'nats://127.0.0.1:4222';
const run = randomBytes(4).toString('hex');
const stream = eventStream(`BENCH_REPLAY_${run.toUpperCase()}`);
const database = `bench_replay_${run}`;
// Publishes in flight at once: enough to keep NATS busy without unbounded memory.
const WINDOW = 2_000;

const surveys = Array.from({ length: surveyCount }, () => ({
  surveyId: randomUUID(),
  questions: [
    { questionId: randomUUID(), kind: 'SINGLE_CHOICE', prompt: '勤務形態', required: true, options: ['自治体', '協会', 'NPO', 'その他'].map((label) => ({ optionId: randomUUID(), label })), scaleMin: null, scaleMax: null },
    { questionId: randomUUID(), kind: 'SCALE', prompt: '充足度', required: true, options: [], scaleMin: 1, scaleMax: 5 },
  ],
}));
const codes = Object.keys(PREFECTURES);

const contributors = Array.from({ length: 2_000 }, () => randomUUID());
const coordinators = Array.from({ length: 5_000 }, (_, n) => ({ coordinatorId: randomUUID(), accountId: `bench|c-${n}` }));
const FIELDS = ['MEDICAL', 'LABOR', 'HOUSING', 'EDUCATION', 'WELFARE'];
const threads: string[] = [];
const startedAt = Date.parse('2025-04-01T00:00:00Z');

function eventAt(i: number): EventEnvelope {
  // A year of events, in order.
  const occurredAt = new Date(startedAt + Math.floor((i / total) * 365 * 86_400_000)).toISOString();
  const envelope = (type: string, data: Record<string, unknown>, producer = 'surveys'): EventEnvelope => ({ id: randomUUID(), type, version: 1, occurredAt, producer, data });
  if (i < surveyCount) return envelope('survey.opened', { surveyId: surveys[i]!.surveyId, closesAt: null, questions: surveys[i]!.questions });
  const code = codes[i % codes.length]!;
  const other = codes[(i * 7) % codes.length]!;
  const contributorId = contributors[i % contributors.length]!;
  const fields = [FIELDS[i % FIELDS.length]!, FIELDS[(i + 2) % FIELDS.length]!];
  const survey = surveys[i % surveyCount]!;
  switch (i % 20) {
    case 10:
    case 12:
    case 14:
    case 16:
    case 18:
      return envelope('survey.answered', { surveyId: survey.surveyId, accountId: `bench|c-${i % 5_000}` });
    case 11:
      return envelope('field_issue.reported', { fieldIssueId: randomUUID(), contributorId, prefectureCode: code, fields, category: 'PARTNER_SHORTAGE' });
    case 13: {
      const status = (['OPEN', 'ACCEPTED', 'COMPLETED', 'DECLINED'] as const)[i % 4];
      return envelope('referral.status_changed', { referralId: randomUUID(), contributorId, originPrefectureCode: code, destinationPrefectureCode: other, fields, status }, 'collaboration');
    }
    case 15:
      return envelope('referral.declined', { referralId: randomUUID(), contributorId, destinationPrefectureCode: other, fields, reason: 'NO_CAPACITY', receiverKind: 'PARTNER' }, 'collaboration');
    case 17: {
      if (i % 40 === 17 || threads.length === 0) {
        threads.push(randomUUID());
        return envelope('consultation.question_posted', { threadId: threads.at(-1), contributorId, prefectureCode: code, fields }, 'collaboration');
      }
      return envelope('consultation.question_answered', { threadId: threads.at(-1) }, 'collaboration');
    }
    case 19: {
      if (i % 40 === 19) return envelope('announcement.published', { announcementId: randomUUID() }, 'announcements');
      const { coordinatorId, accountId } = coordinators[i % coordinators.length]!;
      const snapshot = { coordinatorId, accountId, prefectureCodes: [code], primaryPrefectureCode: code, fields, languages: ['ja'], certificationStatus: 'ACTIVE', validUntil: '2028-03-31' };
      return envelope('coordinator.profile_updated', snapshot, 'coordinators');
    }
  }
  const [choice, scale] = survey.questions;
  return envelope('survey.response_submitted', {
    surveyId: survey.surveyId,
    responseId: randomUUID(),
    respondentPrefectureCode: code,
    answers: [
      { questionId: choice!.questionId, optionIds: [choice!.options[i % 4]!.optionId], scale: null },
      { questionId: scale!.questionId, optionIds: [], scale: 1 + (i % 5) },
    ],
  });
}

const nc = await connect({ servers: natsUrl });
try {
  await ensureStream(nc, stream);
  const js = jetstream(nc);
  const load = { before: loadavg()[0]! };
  let started = Date.now();
  const inFlight = new Set<Promise<unknown>>();
  for (let i = 0; i < total; i++) {
    const event = eventAt(i);
    // A slow acknowledgement (a busy server) is waited for, not given up on: a lost event would spoil the count.
    const ack: Promise<unknown> = js.publish(subjectOf(stream, event.type), JSON.stringify(event), { msgID: event.id, timeout: 60_000 }).then(() => inFlight.delete(ack));
    inFlight.add(ack);
    if (inFlight.size >= WINDOW) await Promise.race(inFlight);
    if ((i + 1) % 100_000 === 0) console.log(`published ${i + 1} events`);
  }
  await Promise.all(inFlight);
  const publishSeconds = (Date.now() - started) / 1000;

  await ensureDatabases(serverUrl, [database]);
  try {
    const url = databaseUrl(serverUrl, database);
    await runMigrations(url, migrationsFolderOf('reporting'));
    started = Date.now();
    const result = await rebuildAggregates({ databaseUrl: url, natsUrl, streamName: stream.name, batchSize: Number(values.batch), log: (line) => console.log(`rebuild: ${line}`) });
    const rebuildSeconds = (Date.now() - started) / 1000;
    const figures = {
      events: total,
      batch: Number(values.batch),
      applied: result.applied,
      publishSeconds: Number(publishSeconds.toFixed(1)),
      publishedPerSecond: Math.round(total / publishSeconds),
      rebuildSeconds: Number(rebuildSeconds.toFixed(1)),
      replayedPerSecond: Math.round(result.applied / rebuildSeconds),
      loadAverage: { before: Number(load.before.toFixed(1)), after: Number(loadavg()[0]!.toFixed(1)) },
    };
    console.log(`| events | stream filled | rebuild | replayed into the aggregates | load average (1 min) |`);
    console.log(`|---|---|---|---|---|`);
    console.log(`| ${total} | ${figures.publishSeconds} s (${figures.publishedPerSecond}/s) | ${figures.rebuildSeconds} s | ${figures.replayedPerSecond} events/s | ${figures.loadAverage.before} → ${figures.loadAverage.after} |`);
    console.log(JSON.stringify(figures));
  } finally {
    await dropDatabases(serverUrl, [database]);
  }
} finally {
  await (await jetstreamManager(nc)).streams.delete(stream.name).catch(() => {});
  await nc.close();
}
