import { randomBytes } from 'node:crypto';
import { jetstreamManager } from '@nats-io/jetstream';
import { connect } from '@nats-io/transport-node';
import type { FastifyInstance } from 'fastify';
import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildService, migrationsFolderOf } from '@portal/platform';
import { eventStream } from '@portal/platform/events';
import { admin, coordinator, eventually, execute, startNatsCluster, TEST_IDENTITY_SECRET, useTestDatabase, type NatsCluster } from '@portal/platform/testing';
import { service as surveysService } from '../../../surveys/src/service';
import { CREATE_SURVEY, exampleSurvey, OPEN_SURVEY, SUBMIT, validAnswers } from '../../../surveys/test/helpers';
import { service as reportingService } from '../../src/service';

// Surveys publishes, reporting consumes, both connected to all three nodes of a NATS
// cluster whose stream keeps three replicas. The node leading the stream is killed while
// responses are being submitted and consumed.
const RESPONSES = 60;
const KILL_AFTER = 20;

const surveysDatabase = useTestDatabase(migrationsFolderOf(surveysService.name));
const reportingDatabase = useTestDatabase(migrationsFolderOf(reportingService.name));
const stream = eventStream(`FAULT_${randomBytes(4).toString('hex').toUpperCase()}`, 3);
let cluster: NatsCluster;
let surveys: FastifyInstance;
let reporting: FastifyInstance;
let surveysSql: postgres.Sql;
let reportingSql: postgres.Sql;

beforeAll(async () => {
  cluster = await startNatsCluster(3);
  const events = { natsUrl: cluster.url, streamName: stream.name, replicas: 3 };
  surveys = await buildService(surveysService, { databaseUrl: surveysDatabase().url, identitySecret: TEST_IDENTITY_SECRET, events });
  reporting = await buildService(reportingService, { databaseUrl: reportingDatabase().url, identitySecret: TEST_IDENTITY_SECRET, events });
  surveysSql = postgres(surveysDatabase().url, { max: 1, onnotice: () => {} });
  reportingSql = postgres(reportingDatabase().url, { max: 1, onnotice: () => {} });
}, 120_000);
afterAll(async () => {
  await surveys?.close();
  await reporting?.close();
  await surveysSql?.end();
  await reportingSql?.end();
  await cluster?.stop();
});

async function ok(caller: Parameters<typeof execute>[1], query: string, variables: Record<string, unknown>) {
  const response = await execute(surveys, caller, query, variables);
  if (response.errors) throw new Error(JSON.stringify(response.errors));
  return response.data!;
}

/** The server that leads the stream now, as the cluster reports it. */
async function streamLeader(): Promise<string> {
  const nc = await connect({ servers: cluster.url.split(','), timeout: 2000 });
  try {
    return (await (await jetstreamManager(nc)).streams.info(stream.name)).cluster!.leader!;
  } finally {
    await nc.close();
  }
}

describe('events across a three-node NATS cluster that loses a node', () => {
  it('delivers every survey response to reporting exactly once while the stream leader is killed', { timeout: 180_000 }, async () => {
    const { createSurvey: survey } = await ok(admin, CREATE_SURVEY, { input: exampleSurvey() });
    await ok(admin, OPEN_SURVEY, { id: survey.id });
    await eventually(async () => (await reportingSql`select 1 from survey_definitions where survey_id = ${survey.id}`).length === 1, 'the survey known to reporting', 120_000);

    const killed = await streamLeader();
    let acknowledged = 0;
    for (let i = 0; i < RESPONSES; i++) {
      await ok(coordinator(`idp|c-${i}`), SUBMIT, { surveyId: survey.id, answers: validAnswers(survey) });
      acknowledged++;
      if (acknowledged === KILL_AFTER) await cluster.kill(killed);
    }

    const sent = (await surveysSql<{ id: string }[]>`select id from outbox where type = 'survey.response_submitted'`).map((row) => row.id);
    await eventually(
      async () => (await reportingSql`select 1 from processed_events where event_id = any(${sent}::uuid[])`).length === sent.length,
      'every response processed by reporting',
      120_000,
    );
    const delivered = (await reportingSql<{ n: number }[]>`select count(*)::int as n from processed_events where event_id = any(${sent}::uuid[])`)[0]!.n;
    // Each response adds one to its survey's respondents: a response applied twice would show here.
    const counted = (await reportingSql<{ n: number }[]>`select coalesce(sum(n), 0)::int as n from survey_respondents where survey_id = ${survey.id}`)[0]!.n;
    const nc = await connect({ servers: cluster.url.split(','), timeout: 2000 });
    const jsm = await jetstreamManager(nc);
    const info = await jsm.streams.info(stream.name, { subjects_filter: `${stream.subjectPrefix}.survey.response_submitted` });
    const inStream = info.state.subjects?.[`${stream.subjectPrefix}.survey.response_submitted`] ?? 0;
    const redelivered = (await jsm.consumers.info(stream.name, 'reporting')).num_redelivered;
    await nc.close();

    const figures = { replicas: info.config.num_replicas, acknowledged, sent: sent.length, inStream, delivered, counted, duplicated: counted - delivered, lost: sent.length - delivered, redelivered, killed };
    console.log(`NATS cluster fault: ${JSON.stringify(figures)}`);
    expect(figures).toMatchObject({ replicas: 3, acknowledged: RESPONSES, sent: RESPONSES, inStream: RESPONSES, delivered: RESPONSES, counted: RESPONSES, duplicated: 0, lost: 0 });
  });
});
