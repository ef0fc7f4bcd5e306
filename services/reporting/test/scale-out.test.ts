import type { FastifyInstance } from 'fastify';
import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildService, migrationsFolderOf } from '@portal/platform';
import { eventually, execute, TEST_IDENTITY_SECRET, useEventStream, useTestDatabase } from '@portal/platform/testing';
import { service } from '../src/service';
import { analyst, exampleSurvey, SURVEY_DASHBOARD } from './helpers';

// Two replicas of reporting on one database, each with its own connection to NATS, pulling
// from the one durable consumer `reporting`: every event goes to one of them.
const database = useTestDatabase(migrationsFolderOf(service.name));
const stream = useEventStream();
const replicas: FastifyInstance[] = [];
let sql: postgres.Sql;

beforeAll(async () => {
  for (let i = 0; i < 2; i++) {
    replicas.push(await buildService(service, { databaseUrl: database().url, identitySecret: TEST_IDENTITY_SECRET, events: { natsUrl: stream.natsUrl(), streamName: stream.streamName } }));
  }
  sql = postgres(database().url, { max: 1, onnotice: () => {} });
});
afterAll(async () => {
  for (const replica of replicas) await replica.close();
  await sql?.end();
});

/** SQL statements a replica has sent: with no client asking it anything, all of them its consumer's. */
async function statementsOf(replica: FastifyInstance): Promise<number> {
  const metrics = (await replica.inject({ method: 'GET', url: '/metrics' })).body;
  return Number(/^portal_sql_statements_total\{[^}]*\} (\d+)$/m.exec(metrics)![1]);
}

describe('two reporting replicas sharing the durable consumer', () => {
  it('both apply events, and the aggregates count every response exactly once', { timeout: 120_000 }, async () => {
    const survey = exampleSurvey();
    const prefectures = ['01', '09', '13', '27', '47'];
    const responses = Array.from({ length: 100 }, (_, i) =>
      survey.response(prefectures[i % prefectures.length]!, { q1: { optionIds: [`q1o${(i % 4) + 1}`] }, q3: { scale: (i % 5) + 1 } }),
    );
    const before = await Promise.all(replicas.map(statementsOf));
    await stream.publish(survey.opened);
    // Published in bursts, so that both replicas have batches to pull.
    for (let i = 0; i < responses.length; i += 20) await stream.publish(...responses.slice(i, i + 20));
    // Copies of events, as after a relay crash outside the duplicate window.
    for (const response of responses.slice(0, 10)) await stream.republish(response);
    await stream.publish(survey.closed(responses.length));

    const ids = [survey.opened.id, ...responses.map((response) => response.id)];
    await eventually(async () => (await sql`select 1 from processed_events where event_id = any(${ids}::uuid[])`).length === ids.length, 'every event applied', 60_000);
    const after = await Promise.all(replicas.map(statementsOf));
    expect(after.map((count, i) => count > before[i]!)).toEqual([true, true]);

    const respondents = await sql<{ prefecture_code: string; n: number }[]>`select prefecture_code, n from survey_respondents where survey_id = ${survey.surveyId} order by prefecture_code`;
    expect(respondents.map((row) => [row.prefecture_code, row.n])).toEqual(prefectures.map((code) => [code, 20]));
    const options = await sql<{ option_id: string; n: number }[]>`
      select option_id, sum(n)::int as n from survey_option_counts where survey_id = ${survey.surveyId} and question_id = 'q1' group by option_id order by option_id`;
    expect(options.map((row) => [row.option_id, row.n])).toEqual([['q1o1', 25], ['q1o2', 25], ['q1o3', 25], ['q1o4', 25]]);

    await eventually(async () => (await execute(replicas[1]!, analyst, SURVEY_DASHBOARD, { surveyId: survey.surveyId })).data?.surveyReport?.totalResponses === 100, 'the release');
    const [first, second] = await Promise.all(replicas.map((replica) => execute(replica, analyst, SURVEY_DASHBOARD, { surveyId: survey.surveyId })));
    expect(first!.data).toEqual(second!.data);
    expect(first!.data!.surveyReport.questions[2].mean).toBe(3);
  });
});
