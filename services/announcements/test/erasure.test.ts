import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { applyEvents, erasureEvent, mentionsIn } from '@portal/platform/testing';
import { applyCoordinatorEvents } from '../src/erasure';
import { coordinator, coordinatorEvent, INBOX, MARK_READ, publish, titles, useAnnouncementsService } from './helpers';

const service = useAnnouncementsService();
const erased = coordinator('idp|announcements-erased');
const other = coordinator('idp|announcements-stays');
// A member who is agency staff as well: what they published names no one after their erasure.
const staffMember = { sub: 'idp|announcements-staff-member', roles: ['COORDINATOR' as const, 'AGENCY_ADMIN' as const] };
const registered = coordinatorEvent('coordinator.registered', erased.sub, ['09']);
const erasure = erasureEvent({ coordinatorId: registered.data.coordinatorId, accountId: erased.sub });

const inbox = async (caller = erased) => {
  const res = await service.run(caller, INBOX, {});
  return { titles: titles(res), unread: res.data!.announcements.edges.filter((e: { node: { isRead: boolean } }) => !e.node.isRead).length };
};

describe('a coordinator erased from announcements', () => {
  beforeAll(async () => {
    await applyEvents(service.databaseUrl, applyCoordinatorEvents, registered, coordinatorEvent('coordinator.registered', other.sub, ['09']));
    const nationwide = await publish(service, { title: '全国のお知らせ' });
    const tochigi = await publish(service, { title: '栃木県のお知らせ', targetPrefectureCodes: ['09'] });
    for (const id of [nationwide, tochigi]) await service.run(erased, MARK_READ, { id });
    await service.run(other, MARK_READ, { id: tochigi });
    // A message about them that the consumer once gave up on.
    await service.sql`insert into dead_letters (consumer, subject, event_id, payload, reason, deliveries)
      values ('announcements-coordinators', 'portal.coordinator.registered', ${registered.id}, ${JSON.stringify(registered)}, 'failed', 5)`;
    expect(await inbox()).toEqual({ titles: ['栃木県のお知らせ', '全国のお知らせ'], unread: 0 });
    await applyEvents(service.databaseUrl, applyCoordinatorEvents, erasure);
  });

  it('holds their account id nowhere: projection, read receipts and dead letters forget them', async () => {
    expect(await mentionsIn(service.databaseUrl, [erased.sub])).toEqual([]);
    expect(await service.sql`select 1 from dead_letters`).toHaveLength(0);
  });

  it('a token of theirs sees only nationwide announcements, none of them read', async () => {
    expect(await inbox()).toEqual({ titles: ['全国のお知らせ'], unread: 1 });
  });

  it('leaves the other members’ targeting and receipts alone', async () => {
    expect(await inbox(other)).toEqual({ titles: ['栃木県のお知らせ', '全国のお知らせ'], unread: 1 });
  });

  it('is not undone by a snapshot of theirs redelivered after it, nor by the same erasure again', async () => {
    const late = coordinatorEvent('coordinator.profile_updated', erased.sub, ['09'], registered.data.coordinatorId);
    await applyEvents(service.databaseUrl, applyCoordinatorEvents, late, erasure);
    expect(await mentionsIn(service.databaseUrl, [erased.sub])).toEqual([]);
    expect(await inbox()).toEqual({ titles: ['全国のお知らせ'], unread: 1 });
  });

  it('also forgets an account that published as agency staff; the announcement stays', async () => {
    await publish(service, { title: 'スタッフ兼会員のお知らせ' }, staffMember);
    expect(await mentionsIn(service.databaseUrl, [staffMember.sub])).not.toEqual([]);
    await applyEvents(service.databaseUrl, applyCoordinatorEvents, erasureEvent({ coordinatorId: randomUUID(), accountId: staffMember.sub }));
    expect(await mentionsIn(service.databaseUrl, [staffMember.sub])).toEqual([]);
    expect((await inbox(other)).titles).toContain('スタッフ兼会員のお知らせ');
  });
});
