import { beforeAll, describe, expect, it } from 'vitest';
import { errorCodes } from '@portal/platform/testing';
import { admin, coordinator, coordinatorEvent, INBOX, MARK_READ, publish, titles, useAnnouncementsService } from './helpers';

const service = useAnnouncementsService();
const tochigi = coordinator('idp|tochigi-coordinator');
const ids = {} as Record<'nationwide' | 'tochigi' | 'tokyo' | 'kanto', string>;

beforeAll(async () => {
  // Oldest first: the inbox lists them the other way round.
  ids.nationwide = await publish(service, { title: '全国のお知らせ', targetPrefectureCodes: [] });
  ids.tochigi = await publish(service, { title: '栃木県のお知らせ', targetPrefectureCodes: ['09'] });
  ids.tokyo = await publish(service, { title: '東京都のお知らせ', targetPrefectureCodes: ['13'] });
  ids.kanto = await publish(service, { title: '北関東のお知らせ', targetPrefectureCodes: ['08', '09', '10'] });
});

const inbox = async (caller = tochigi) => {
  const res = await service.run(caller, INBOX, {});
  return { titles: titles(res), totalCount: res.data!.announcements.totalCount, unread: res.data!.unreadAnnouncementCount };
};

describe('who sees an announcement', () => {
  it('a coordinator the service has heard nothing about sees nationwide announcements only', async () => {
    expect(await inbox()).toEqual({ titles: ['全国のお知らせ'], totalCount: 1, unread: 1 });
  });

  it('a coordinator active in Tochigi sees nationwide and Tochigi announcements, not Tokyo ones', async () => {
    await service.applyCoordinatorEvents(coordinatorEvent('coordinator.registered', tochigi.sub, ['09']));
    expect(await inbox()).toEqual({ titles: ['北関東のお知らせ', '栃木県のお知らせ', '全国のお知らせ'], totalCount: 3, unread: 3 });
  });

  it('follows the coordinator to Tokyo when their profile says they moved', async () => {
    await service.applyCoordinatorEvents(coordinatorEvent('coordinator.profile_updated', tochigi.sub, ['13']));
    expect(await inbox()).toEqual({ titles: ['東京都のお知らせ', '全国のお知らせ'], totalCount: 2, unread: 2 });
  });

  it('shows the announcements of every activity prefecture', async () => {
    await service.applyCoordinatorEvents(coordinatorEvent('coordinator.profile_updated', tochigi.sub, ['13', '10']));
    expect((await inbox()).titles).toEqual(['北関東のお知らせ', '東京都のお知らせ', '全国のお知らせ']);
  });

  it('keeps the newest snapshot when an older event arrives late', async () => {
    const older = coordinatorEvent('coordinator.profile_updated', tochigi.sub, ['09']);
    const newer = coordinatorEvent('coordinator.profile_updated', tochigi.sub, ['13']);
    await service.applyCoordinatorEvents(newer, older);
    expect((await inbox()).titles).toEqual(['東京都のお知らせ', '全国のお知らせ']);
  });

  it('agency admins see every announcement, wherever it is targeted', async () => {
    const res = await service.run(admin, INBOX, {});
    expect(titles(res)).toEqual(['北関東のお知らせ', '東京都のお知らせ', '栃木県のお知らせ', '全国のお知らせ']);
    // They published them, so none is unread for them.
    expect(res.data!.unreadAnnouncementCount).toBe(0);
  });

  it('an announcement for another prefecture is not found, nor can it be marked read', async () => {
    const byId = await service.run(tochigi, 'query($id: ID!) { announcement(id: $id) { title } }', { id: ids.tochigi });
    expect(byId.data).toEqual({ announcement: null });
    const mark = await service.run(tochigi, MARK_READ, { id: ids.tochigi });
    expect(errorCodes(mark)).toEqual(['NOT_FOUND']);
    const visible = await service.run(tochigi, 'query($id: ID!) { announcement(id: $id) { title } }', { id: ids.tokyo });
    expect(visible.data).toEqual({ announcement: { title: '東京都のお知らせ' } });
  });
});
