import { beforeAll, describe, expect, it } from 'vitest';
import { errorCodes } from '@portal/platform/testing';
import { admin, coordinator, INBOX, MARK_READ, publish, titles, useAnnouncementsService } from './helpers';

const service = useAnnouncementsService();
const member = coordinator('idp|member');
const WITHDRAW = 'mutation($id: ID!) { withdrawAnnouncement(id: $id) { id title withdrawnAt } }';
let kept = '';
let mistaken = '';

beforeAll(async () => {
  kept = await publish(service, { title: '研修のご案内' });
  mistaken = await publish(service, { title: '誤って公開したお知らせ' });
});

describe('withdrawing an announcement published in error', () => {
  it('takes it out of coordinators\' inboxes and unread counts', async () => {
    expect((await service.run(member, INBOX, {})).data!.unreadAnnouncementCount).toBe(2);
    const res = await service.run(admin, WITHDRAW, { id: mistaken });
    expect(res.data!.withdrawAnnouncement).toEqual({ id: mistaken, title: '誤って公開したお知らせ', withdrawnAt: expect.any(String) });
    const inbox = await service.run(member, INBOX, {});
    expect(titles(inbox)).toEqual(['研修のご案内']);
    expect(inbox.data!.unreadAnnouncementCount).toBe(1);
    expect((await service.run(member, 'query($id: ID!) { announcement(id: $id) { id } }', { id: mistaken })).data).toEqual({ announcement: null });
    expect(errorCodes(await service.run(member, MARK_READ, { id: mistaken }))).toEqual(['NOT_FOUND']);
  });

  it('keeps the first withdrawal when withdrawn again, and announces it once, by id only', async () => {
    const [first] = await service.sql`select withdrawn_at from announcements where id = ${mistaken}`;
    const again = await service.run(admin, WITHDRAW, { id: mistaken });
    expect(new Date(again.data!.withdrawAnnouncement.withdrawnAt)).toEqual(first!.withdrawn_at);
    const events = await service.sql`select type, data from outbox where aggregate_id = ${mistaken} order by seq`;
    expect(events.map((e) => ({ ...e }))).toEqual([
      { type: 'announcement.published', data: expect.any(Object) },
      { type: 'announcement.withdrawn', data: { announcementId: mistaken } },
    ]);
  });


  it('lists it for agency admins who ask for withdrawn announcements', async () => {
    expect(titles(await service.run(admin, INBOX, {}))).toEqual(['研修のご案内']);
    const all = await service.run(admin, INBOX, { filter: { includeWithdrawn: true } });
    expect(titles(all)).toEqual(['誤って公開したお知らせ', '研修のご案内']);
    const byId = await service.run(admin, 'query($id: ID!) { announcement(id: $id) { withdrawnAt } }', { id: mistaken });
    expect(byId.data!.announcement.withdrawnAt).toEqual(expect.any(String));
    expect((await service.run(admin, 'query($id: ID!) { announcement(id: $id) { withdrawnAt } }', { id: kept })).data!.announcement.withdrawnAt).toBeNull();
  });

  it('is NOT_FOUND for an unknown announcement', async () => {
    expect(errorCodes(await service.run(admin, WITHDRAW, { id: '00000000-0000-4000-8000-000000000000' }))).toEqual(['NOT_FOUND']);
  });

  it('announces one withdrawal of two at once', async () => {
    const twice = await publish(service, { title: '二重に取り下げるお知らせ' });
    const results = await Promise.all([service.run(admin, WITHDRAW, { id: twice }), service.run(admin, WITHDRAW, { id: twice })]);
    expect(results.map((r) => r.errors)).toEqual([undefined, undefined]);
    expect(await service.sql`select data from outbox where type = 'announcement.withdrawn' and aggregate_id = ${twice}`).toHaveLength(1);
  });
});
