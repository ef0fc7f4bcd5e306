import { randomBytes } from 'node:crypto';
import { jetstream, jetstreamManager } from '@nats-io/jetstream';
import { connect, type NatsConnection } from '@nats-io/transport-node';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { ensureStream, eventStream, subjectOf, type EventEnvelope } from '@portal/platform/events';
import { eventually } from '@portal/platform/testing';
import { COORDINATOR_CONSUMER } from '../src/service';
import { admin, coordinator, coordinatorEvent, createSurvey, EXPORT, SUBMIT, useSurveysService, validAnswers } from './helpers';

// The service as deployed: its relay and its coordinator consumer on a real NATS server,
// on a stream of this test's own.
const stream = eventStream(`TEST_${randomBytes(5).toString('hex').toUpperCase()}`);
const service = useSurveysService({ events: { natsUrl: inject('natsUrl'), streamName: stream.name } });
let nc: NatsConnection;

beforeAll(async () => {
  nc = await connect({ servers: inject('natsUrl') });
  await ensureStream(nc, stream);
});
afterAll(async () => {
  // The relay and the consumer stop before their stream goes.
  await service.app.close();
  await (await jetstreamManager(nc)).streams.delete(stream.name).catch(() => {});
  await nc.close();
});

const publish = (event: EventEnvelope, msgID = event.id) =>
  jetstream(nc).publish(subjectOf(stream, event.type), JSON.stringify(event), { msgID });

const projected = async (accountId: string) =>
  (await service.sql<{ primary_prefecture_code: string | null }[]>`
    select primary_prefecture_code from coordinator_projection where account_id = ${accountId}`)[0]?.primary_prefecture_code;

async function streamEvents(): Promise<{ msgId: string; event: EventEnvelope }[]> {
  const jsm = await jetstreamManager(nc);
  const { state } = await jsm.streams.info(stream.name);
  const messages = [];
  for (let seq = state.first_seq; state.messages > 0 && seq <= state.last_seq; seq++) {
    const message = await jsm.streams.getMessage(stream.name, { seq });
    if (message) messages.push({ msgId: message.header.get('Nats-Msg-Id'), event: message.json<EventEnvelope>() });
  }
  return messages;
}

describe('the surveys service on NATS', () => {
  it('learns a coordinator’s prefecture from coordinator events and records it with their response', async () => {
    const registered = coordinatorEvent('idp|nats-member', ['09', '13']);
    await publish(registered);
    await eventually(async () => (await projected('idp|nats-member')) === '09', 'the projection of idp|nats-member');
    // The same event again, as after a redelivery beyond the duplicate window: applied once.
    const { seq } = await publish(registered, `${registered.id}-again`);
    await eventually(async () => {
      const info = await (await jetstreamManager(nc)).consumers.info(stream.name, COORDINATOR_CONSUMER);
      return info.ack_floor.stream_seq >= seq;
    }, 'the redelivered event acknowledged');
    const processed = await service.sql<{ consumer: string }[]>`select consumer from processed_events`;
    expect(processed.map((p) => p.consumer)).toEqual([COORDINATOR_CONSUMER]);

    const survey = await createSurvey(service);
    const res = await service.run(coordinator('idp|nats-member'), SUBMIT, { surveyId: survey.id, answers: validAnswers(survey) });
    expect(res.errors).toBeUndefined();
    const csv = (await service.run(admin, EXPORT, { surveyId: survey.id })).data!.surveyResponsesCsv as string;
    // The export names no area of a single respondent; the event below carries the prefecture.
    expect(csv.split('\r\n')[1]!.split(',').slice(2, 3)).toEqual(['—']);

    // The relay publishes the service's own events, each under its outbox id.
    await eventually(async () => (await streamEvents()).some((m) => m.event.type === 'survey.answered'), 'the response events in the stream');
    const outbox = await service.sql<{ id: string; type: string }[]>`select id, type from outbox order by seq`;
    const published = (await streamEvents()).filter((m) => m.event.producer === 'surveys');
    expect(published.map((m) => [m.msgId, m.event.type])).toEqual(outbox.map((row) => [row.id, row.type]));
    expect(published.map((m) => m.event.type)).toEqual(['survey.opened', 'survey.response_submitted', 'survey.answered']);
    expect(published[1]!.event.data).toMatchObject({ surveyId: survey.id, respondentPrefectureCode: '09' });
  });
});
