import { randomBytes, randomUUID } from 'node:crypto';
import { jetstream, jetstreamManager } from '@nats-io/jetstream';
import { connect, type NatsConnection } from '@nats-io/transport-node';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { ensureStream, eventStream, subjectOf, type EventEnvelope } from '@portal/platform/events';
import { eventually } from '@portal/platform/testing';
import { coordinator, coordinatorEvent, INBOX, publish, titles, useAnnouncementsService } from './helpers';

// A stream of its own on the shared NATS server, deleted afterwards.
const stream = eventStream(`TEST_${randomBytes(5).toString('hex').toUpperCase()}`);
let nc: NatsConnection;
beforeAll(async () => {
  nc = await connect({ servers: inject('natsUrl') });
  await ensureStream(nc, stream);
});
afterAll(async () => {
  await (await jetstreamManager(nc)).streams.delete(stream.name).catch(() => {});
  await nc.close();
});

const service = useAnnouncementsService({ events: { natsUrl: inject('natsUrl'), streamName: stream.name } });
const member = coordinator('idp|nats-member');

/** Publishes as the coordinators' relay does; `msgId` other than the event id gets a copy past deduplication. */
async function publishToStream(event: EventEnvelope, msgId = event.id) {
  await jetstream(nc).publish(subjectOf(stream, event.type), JSON.stringify(event), { msgID: msgId });
}

const inboxTitles = async () => titles(await service.run(member, INBOX, {}));

describe('with NATS', () => {
  it('targets announcements by the coordinator events the consumer receives, applying each event once', async () => {
    await publish(service, { title: '全国のお知らせ' });
    await publish(service, { title: '栃木県のお知らせ', targetPrefectureCodes: ['09'] });
    await publish(service, { title: '東京都のお知らせ', targetPrefectureCodes: ['13'] });
    expect(await inboxTitles()).toEqual(['全国のお知らせ']);

    const coordinatorId = randomUUID();
    const registered = coordinatorEvent('coordinator.registered', member.sub, ['09'], coordinatorId);
    await publishToStream(registered);
    await eventually(async () => (await inboxTitles()).length === 2, 'the Tochigi announcement in the inbox');
    expect(await inboxTitles()).toEqual(['栃木県のお知らせ', '全国のお知らせ']);

    const moved = coordinatorEvent('coordinator.profile_updated', member.sub, ['13'], coordinatorId);
    await publishToStream(moved);
    // The registration again, as after a redelivery: it must neither be applied twice nor undo the move.
    await publishToStream(registered, randomUUID());
    await eventually(async () => (await inboxTitles()).includes('東京都のお知らせ'), 'the Tokyo announcement in the inbox');
    // Another account's event after the copy: once it is applied, so is everything before it.
    const later = coordinatorEvent('coordinator.registered', 'idp|someone-else', ['01']);
    await publishToStream(later);
    await eventually(
      async () => (await service.sql`select 1 from processed_events where event_id = ${later.id}`).length === 1,
      'the last event applied',
    );

    expect(await inboxTitles()).toEqual(['東京都のお知らせ', '全国のお知らせ']);
    const processed = await service.sql`select event_id, consumer from processed_events order by processed_at, event_id`;
    expect(processed.map((p) => p.event_id).sort()).toEqual([registered.id, moved.id, later.id].sort());
    expect(new Set(processed.map((p) => p.consumer))).toEqual(new Set(['announcements-coordinators']));
    expect(await service.sql`select reason from dead_letters`).toEqual([]);
  });

  it('relays announcement.published to the stream with the event id as Nats-Msg-Id', async () => {
    const id = await publish(service, { title: '関係機関の連絡先一覧の更新について', category: 'OTHER', importance: 'LOW' });
    const [row] = await service.sql<{ id: string }[]>`select id from outbox where aggregate_id = ${id}`;
    await eventually(
      async () => (await service.sql`select 1 from outbox where id = ${row!.id} and published_at is not null`).length === 1,
      'the event relayed',
    );
    const message = await (await jetstreamManager(nc)).streams.getMessage(stream.name, { last_by_subj: subjectOf(stream, 'announcement.published') });
    expect(message!.header.get('Nats-Msg-Id')).toBe(row!.id);
    expect(message!.json<EventEnvelope>()).toMatchObject({
      id: row!.id,
      type: 'announcement.published',
      producer: 'announcements',
      data: { announcementId: id, category: 'OTHER', importance: 'LOW', targetPrefectureCodes: [], effectiveDate: null },
    });
  });
});
