import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '@portal/platform';
import { describeRoleMatrix, describeUnsafeInputs, erasureEvent, errorCodes, literal, mentionsIn, signedIdentityHeader, type RoleMatrixOperation } from '@portal/platform/testing';
import { announcement, coordinator, event, INBOX, member, useNotificationsService } from './helpers';

const service = useNotificationsService();
const alice = coordinator('idp|inbox-alice');
const bob = coordinator('idp|inbox-bob');
const aliceCoordinatorId = randomUUID();

beforeAll(async () => {
  await service.deliver(...member(alice.sub, ['09'], 'inbox-alice@example.jp', aliceCoordinatorId), ...member(bob.sub, ['09'], 'inbox-bob@example.jp'));
  for (let i = 0; i < 3; i++) await service.deliver(announcement({ category: 'TRAINING' }));
});

const inbox = async (caller = alice, variables: Record<string, unknown> = {}) => (await service.ok(caller, INBOX, { first: 2, ...variables })).myNotifications;

describe('the inbox', () => {
  it('pages the member\'s own notifications newest first, with totals', async () => {
    const first = await inbox();
    expect(first).toMatchObject({ totalCount: 3, unreadCount: 3, pageInfo: { hasNextPage: true } });
    expect(first.edges[0].node).toMatchObject({ kind: 'ANNOUNCEMENT', title: '研修', text: 'お知らせ（研修）が公開されました。', readAt: null });
    const second = await inbox(alice, { after: first.pageInfo.endCursor });
    expect(second.edges).toHaveLength(1);
    expect(second.pageInfo.hasNextPage).toBe(false);
    expect(new Set([...first.edges, ...second.edges].map((e: { node: { id: string } }) => e.node.id)).size).toBe(3);
  });

  it('marks read only the caller\'s own notifications; again changes nothing', async () => {
    const [mine] = (await inbox()).edges;
    const [bobs] = (await inbox(bob)).edges;
    const mark = 'mutation($ids: [ID!]!) { markNotificationsRead(ids: $ids) { id readAt } }';
    const marked = (await service.ok(alice, mark, { ids: [mine.node.id, bobs.node.id] })).markNotificationsRead;
    expect(marked.map((n: { id: string }) => n.id)).toEqual([mine.node.id]);
    const readAt = marked[0].readAt;
    expect((await service.ok(alice, mark, { ids: [mine.node.id] })).markNotificationsRead[0].readAt).toBe(readAt);
    expect((await inbox(bob)).unreadCount).toBe(3);
    expect((await inbox(alice, { unreadOnly: true })).totalCount).toBe(2);
    expect((await service.ok(alice, 'mutation { markAllNotificationsRead }')).markAllNotificationsRead).toBe(2);
    expect((await inbox()).unreadCount).toBe(0);
  });

  it('has defaults and keeps the member\'s choices; a bad hour or a kind without email is BAD_USER_INPUT', async () => {
    const prefs = (await service.ok(bob, '{ myNotificationPreferences { digestHour kinds { kind email digest } } }')).myNotificationPreferences;
    expect(prefs.digestHour).toBe(8);
    expect(prefs.kinds).toContainEqual({ kind: 'ANNOUNCEMENT', email: true, digest: true });
    expect(prefs.kinds).toContainEqual({ kind: 'URGENT_ANNOUNCEMENT', email: true, digest: false });
    const update = 'mutation($input: NotificationPreferencesInput!) { updateNotificationPreferences(input: $input) { digestHour } }';
    for (const input of [{ digestHour: 24 }, { digestHour: -1 }, { kind: 'ANNOUNCEMENT' }, { email: false }]) {
      expect(errorCodes(await service.run(bob, update, { input }))).toEqual(['BAD_USER_INPUT']);
    }
    expect((await service.ok(bob, update, { input: { digestHour: 0 } })).updateNotificationPreferences.digestHour).toBe(0);
  });

  it('refuses ids that are not uuids, and more than 100', async () => {
    const mark = 'mutation($ids: [ID!]!) { markNotificationsRead(ids: $ids) { id } }';
    expect(errorCodes(await service.run(alice, mark, { ids: ['x'] }))).toEqual(['BAD_USER_INPUT']);
    expect(errorCodes(await service.run(alice, mark, { ids: Array.from({ length: 101 }, () => randomUUID()) }))).toEqual(['BAD_USER_INPUT']);
  });
});

describe('the live stream', () => {
  const stream = (caller: typeof alice, lastEventId?: string) =>
    service.app.inject({
      method: 'GET',
      url: '/notifications/stream',
      headers: { 'x-portal-identity': signedIdentityHeader(caller), ...(lastEventId ? { 'last-event-id': lastEventId } : {}) },
      payloadAsStream: true,
    });

  /** Reads server-sent events until `count` notifications arrived. */
  async function read(response: Awaited<ReturnType<typeof stream>>, count: number) {
    const events: { id: string; data: { kind: string } }[] = [];
    let buffer = '';
    for await (const chunk of response.stream()) {
      buffer += chunk.toString();
      for (const block of buffer.split('\n\n').slice(0, -1)) {
        const id = block.match(/^id: (\d+)$/m)?.[1];
        const data = block.match(/^data: (.*)$/m)?.[1];
        if (id && data) events.push({ id, data: JSON.parse(data) });
      }
      buffer = buffer.slice(buffer.lastIndexOf('\n\n') + 2);
      if (events.length >= count) break;
    }
    response.stream().destroy();
    return events;
  }

  it('sends new notifications as they are committed, and after Last-Event-ID whatever was missed', async () => {
    const live = await stream(alice);
    expect(live.statusCode).toBe(200);
    expect(live.headers['content-type']).toBe('text/event-stream; charset=utf-8');
    const reading = read(live, 1);
    await service.deliver(event('field_issue.status_changed', { accountId: alice.sub, status: 'UNDER_REVIEW', responded: false }));
    const [received] = await reading;
    expect(received!.data.kind).toBe('FIELD_ISSUE_UPDATE');
    // Disconnected, two more arrive; reconnecting with the last id gets both, in order.
    await service.deliver(announcement({ category: 'EVENT' }), announcement({ importance: 'URGENT' }));
    const again = await read(await stream(alice, received!.id), 2);
    expect(again.map((e) => e.data.kind)).toEqual(['ANNOUNCEMENT', 'URGENT_ANNOUNCEMENT']);
    expect(Number(again[0]!.id)).toBeGreaterThan(Number(received!.id));
  });

  it('is refused without a signed identity, and to roles without an inbox', async () => {
    expect((await service.app.inject({ method: 'GET', url: '/notifications/stream' })).statusCode).toBe(401);
    const res = await service.app.inject({ method: 'GET', url: '/notifications/stream', headers: { 'x-portal-identity': signedIdentityHeader({ sub: 'idp|analyst', roles: ['MINISTRY_ANALYST'] }) } });
    expect(res.statusCode).toBe(403);
  });
});

describe('erasure', () => {
  it('forgets the member: no address, inbox, choices or mails; they are told nothing more', async () => {
    await service.ok(alice, 'mutation { updateNotificationPreferences(input: { digestHour: 7 }) { digestHour } }');
    expect(await mentionsIn(service.databaseUrl, [alice.sub, 'inbox-alice@example.jp'])).not.toEqual([]);
    await service.deliver(erasureEvent({ coordinatorId: aliceCoordinatorId, accountId: alice.sub }));
    expect(await mentionsIn(service.databaseUrl, [alice.sub, 'inbox-alice@example.jp'])).toEqual([]);
    await service.deliver(announcement({ importance: 'URGENT' }), event('field_issue.status_changed', { accountId: alice.sub, status: 'ADDRESSED', responded: true }));
    expect((await inbox()).totalCount).toBe(0);
    // A registration redelivered after the erasure does not bring them back.
    expect((await inbox(bob)).totalCount).toBeGreaterThan(0);
  });
});

const operations = {
  myNotifications: () => [INBOX, {}],
  myNotificationPreferences: () => ['{ myNotificationPreferences { digestHour } }', {}],
  markNotificationsRead: () => ['mutation($ids: [ID!]!) { markNotificationsRead(ids: $ids) { id } }', { ids: [randomUUID()] }],
  markAllNotificationsRead: () => ['mutation { markAllNotificationsRead }', {}],
  updateNotificationPreferences: () => ['mutation { updateNotificationPreferences(input: { digestHour: 9 }) { digestHour } }', {}],
} satisfies Record<string, RoleMatrixOperation>;

const members: Role[] = ['COORDINATOR', 'AGENCY_ADMIN'];
describeRoleMatrix({
  run: service.run,
  coordinator: coordinator('idp|matrix'),
  operations,
  allowed: { myNotifications: members, myNotificationPreferences: members, markNotificationsRead: members, markAllNotificationsRead: members, updateNotificationPreferences: members },
});

describeUnsafeInputs(service.run, [
  { name: 'an ID argument', field: 'ids.0', caller: bob, operation: (id) => ['mutation($ids: [ID!]!) { markNotificationsRead(ids: $ids) { id } }', { ids: [id] }] },
  { name: 'a cursor', field: 'after', caller: bob, operation: (after) => [INBOX, { after }] },
  { name: 'a literal argument', field: 'after', caller: bob, literal: true, operation: (after) => [`{ myNotifications(after: ${literal(after)}) { totalCount } }`] },
]);
