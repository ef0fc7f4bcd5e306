import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildService, connectDatabase, migrationsFolderOf, type Database } from '@portal/platform';
import { deadLetters, processedEvents, type EventEnvelope } from '@portal/platform/events';
import { eventually, execute, TEST_IDENTITY_SECRET, useEventStream, useTestDatabase } from '@portal/platform/testing';
import { service as reporting } from '../src/service';
import * as schema from '../src/db/schema';
import { analyst, exampleSurvey, portalEventOf, SURVEY_DASHBOARD } from './helpers';

const database = useTestDatabase(migrationsFolderOf(reporting.name));
const stream = useEventStream();
let app: FastifyInstance;
let db: Database<typeof schema>;

beforeAll(async () => {
  app = await buildService(reporting, { databaseUrl: database().url, identitySecret: TEST_IDENTITY_SECRET, events: { natsUrl: stream.natsUrl(), streamName: stream.streamName } });
  db = connectDatabase({ url: database().url, schema, poolSize: 1 });
});
afterAll(async () => {
  await app?.close();
  await db?.close();
});

const totalResponses = async (surveyId: string) => (await execute(app, analyst, SURVEY_DASHBOARD, { surveyId })).data?.surveyReport?.totalResponses;

describe('the reporting consumer on the event stream', () => {
  it('applies every portal event once, however often delivered; records unknown types as processed; sets aside what is no event', async () => {
    const survey = exampleSurvey();
    const responses = Array.from({ length: 6 }, () => survey.response('09', { q1: { optionIds: ['q1o1'] } }));
    const later: EventEnvelope = { id: randomUUID(), type: 'thing.happened', version: 1, occurredAt: '2031-01-01T00:00:00.000Z', producer: 'tests', data: {} };
    const closed = survey.closed(6);
    await stream.publish(survey.opened, ...responses, closed, later);
    await stream.republish(responses[0]!);
    await stream.publishRaw('survey.response_submitted', 'not json');

    await eventually(async () => (await totalResponses(survey.surveyId)) === 6, 'all six responses counted');
    await eventually(async () => (await db.db.select().from(deadLetters)).length === 1, 'the dead letter');
    const processed = (await db.db.select({ id: processedEvents.eventId, consumer: processedEvents.consumer }).from(processedEvents)).map((r) => r.id).sort();
    expect(processed).toEqual([survey.opened.id, ...responses.map((r) => r.id), closed.id, later.id].sort());
    expect((await db.db.select().from(deadLetters))[0]).toMatchObject({ consumer: 'reporting', eventId: null, payload: 'not json', reason: 'not JSON' });
    // The unknown event still says how fresh the data is.
    expect((await execute(app, analyst, SURVEY_DASHBOARD, { surveyId: survey.surveyId })).data!.surveyReport.lastEventAt).toBe('2031-01-01T00:00:00.000Z');
  });

  it('keeps going past an event it cannot apply', async () => {
    const survey = exampleSurvey();
    const broken = portalEventOf('survey.response_submitted', { surveyId: survey.surveyId } as never);
    await stream.publish(survey.opened, broken, ...Array.from({ length: 6 }, () => survey.response('13', {})), survey.closed(6));
    await eventually(async () => (await totalResponses(survey.surveyId)) === 6, 'the responses after the broken event');
  });
});
