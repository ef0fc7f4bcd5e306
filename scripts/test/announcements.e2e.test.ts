import { describe, expect, it } from 'vitest';
import { eventually } from '@portal/platform/testing';
import { AnnouncementInboxDocument, MarkAnnouncementReadDocument, PublishAnnouncementDocument, RegisterCoordinatorDocument } from '@portal/client';
import { contractExamples } from '../lib/operations';
import { admin } from './callers';
import { useStack } from './stack-fixture';

const portal = useStack();
const examples = contractExamples();
// No prefectures in the token: the announcements service learns them from coordinator events.
const nguyen = { sub: 'idp|c-0001', roles: ['COORDINATOR' as const] };

const publishExample = examples.PublishAnnouncement as { input: Record<string, unknown> };
const forTokyo = {
  ...publishExample.input,
  title: '東京都における在留手続窓口の移転について',
  body: '東京出入国在留管理局の一部窓口が移転します。',
  targetPrefectureCodes: ['13'],
};
const forOsaka = { ...forTokyo, title: '大阪府における在留手続窓口の移転について', targetPrefectureCodes: ['27'] };

const inbox = () => portal.send(nguyen, AnnouncementInboxDocument, examples.AnnouncementInbox);
const codes = (res: { errors?: { extensions?: Record<string, any> }[] }) => res.errors?.map((e) => e.extensions?.code);

describe('announcements through the gateway', () => {
  const ids = { nationwide: '', tokyo: '', osaka: '' };
  let nationwidePublishedAt = '';

  it('refuses an anonymous caller', async () => {
    const res = await portal.send(null, AnnouncementInboxDocument, examples.AnnouncementInbox);
    expect(res.status).toBe(401);
    expect(codes(res)).toEqual(['UNAUTHENTICATED']);
  });

  it('PublishAnnouncement: an agency admin publishes the contract example, nationwide', async () => {
    const res = await portal.send(admin, PublishAnnouncementDocument, examples.PublishAnnouncement);
    expect(res.errors).toBeUndefined();
    ids.nationwide = res.data.publishAnnouncement.id;
    nationwidePublishedAt = res.data.publishAnnouncement.publishedAt;
    expect(nationwidePublishedAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
  });

  it('PublishAnnouncement: and one for Tokyo and one for Osaka', async () => {
    for (const [key, input] of [['tokyo', forTokyo], ['osaka', forOsaka]] as const) {
      const res = await portal.send(admin, PublishAnnouncementDocument, { input });
      expect(res.errors).toBeUndefined();
      ids[key] = res.data.publishAnnouncement.id;
    }
  });

  it('refuses a coordinator who tries to publish, and LAW_CHANGE without an effective date', async () => {
    expect(codes(await portal.send(nguyen, PublishAnnouncementDocument, examples.PublishAnnouncement))).toEqual(['FORBIDDEN']);
    const undated = await portal.send(admin, PublishAnnouncementDocument, { input: { ...publishExample.input, effectiveDate: null } });
    expect(undated.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.effectiveDate' });
  });

  it('AnnouncementInbox: before the coordinator is registered, only the nationwide announcement', async () => {
    const res = await inbox();
    expect(res.errors).toBeUndefined();
    expect(res.data.announcements.edges.map((e: any) => e.node.id)).toEqual([ids.nationwide]);
    expect(res.data.unreadAnnouncementCount).toBe(1);
  });

  it('AnnouncementInbox: once RegisterCoordinator says they work in Tokyo, the Tokyo announcement too, never Osaka\'s', async () => {
    const registered = await portal.send(admin, RegisterCoordinatorDocument, examples.RegisterCoordinator);
    expect(registered.errors).toBeUndefined();
    // coordinators → outbox → NATS → the announcements service's projection.
    await eventually(async () => (await inbox()).data?.announcements.totalCount === 2, 'the Tokyo announcement in the inbox');

    const res = await inbox();
    expect(res.data).toEqual({
      announcements: {
        totalCount: 2,
        pageInfo: { hasNextPage: false, endCursor: expect.any(String) },
        edges: [
          {
            node: {
              id: ids.tokyo,
              title: '東京都における在留手続窓口の移転について',
              body: '東京出入国在留管理局の一部窓口が移転します。',
              category: 'LAW_CHANGE',
              importance: 'HIGH',
              relatedFields: ['RESIDENCE', 'EMPLOYMENT'],
              effectiveDate: '2027-04-01',
              publishedAt: expect.any(String),
              isRead: false,
            },
          },
          {
            node: {
              id: ids.nationwide,
              title: '育成就労制度の施行について',
              body: '育成就労制度の施行日と経過措置の概要をお知らせします。',
              category: 'LAW_CHANGE',
              importance: 'HIGH',
              relatedFields: ['RESIDENCE', 'EMPLOYMENT'],
              effectiveDate: '2027-04-01',
              publishedAt: nationwidePublishedAt,
              isRead: false,
            },
          },
        ],
      },
      unreadAnnouncementCount: 2,
    });
  });

  it('MarkAnnouncementRead: the coordinator reads the nationwide one and the unread count goes down', async () => {
    const res = await portal.send(nguyen, MarkAnnouncementReadDocument, { ...examples.MarkAnnouncementRead, id: ids.nationwide });
    expect(res.errors).toBeUndefined();
    expect(res.data).toEqual({ markAnnouncementRead: { id: ids.nationwide, isRead: true } });
    const after = await inbox();
    // The contract's filter asks for unread ones only.
    expect(after.data.announcements.edges.map((e: any) => e.node.id)).toEqual([ids.tokyo]);
    expect(after.data.announcements.totalCount).toBe(1);
    expect(after.data.unreadAnnouncementCount).toBe(1);
  });

  it('MarkAnnouncementRead: an announcement for Osaka is not found by a coordinator in Tokyo', async () => {
    const res = await portal.send(nguyen, MarkAnnouncementReadDocument, { id: ids.osaka });
    expect(codes(res)).toEqual(['NOT_FOUND']);
  });

  it('refuses a ministry analyst the inbox, both its fields', async () => {
    const res = await portal.send({ sub: 'idp|mhlw', roles: ['MINISTRY_ANALYST'] }, AnnouncementInboxDocument, examples.AnnouncementInbox);
    expect(codes(res)).toEqual(['FORBIDDEN', 'FORBIDDEN']);
    expect(res.data).toEqual({ announcements: null, unreadAnnouncementCount: null });
  });
});
