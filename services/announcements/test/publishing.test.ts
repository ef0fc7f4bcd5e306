import { readFileSync } from 'node:fs';
import { buildSchema, type GraphQLEnumType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { errorCodes } from '@portal/platform/testing';
import { typeDefs } from '../src/typeDefs';
import { ANNOUNCEMENT_CATEGORIES, ANNOUNCEMENT_IMPORTANCES } from '../src/vocabulary';
import { admin, announcementInput, PUBLISH, useAnnouncementsService } from './helpers';

const service = useAnnouncementsService();
const contract = JSON.parse(readFileSync(new URL('../../../schema/operations/examples.json', import.meta.url), 'utf8'));

const outbox = () =>
  service.sql<{ type: string; aggregate_id: string; data: Record<string, unknown>; traceparent: string | null }[]>`
    select type, aggregate_id, data, traceparent from outbox order by seq`;

const issueFields = (res: { errors?: { extensions?: Record<string, any> }[] }) =>
  res.errors?.[0]?.extensions?.issues.map((i: { field: string }) => i.field);

describe('publishing an announcement', () => {
  it('publishes the contract example and records one announcement.published event with it', async () => {
    const before = Date.now();
    const res = await service.run(admin, PUBLISH, contract.PublishAnnouncement);
    expect(res.errors).toBeUndefined();
    const published = res.data!.publishAnnouncement;
    expect(published).toEqual({
      id: expect.stringMatching(/^[0-9a-f-]{36}$/),
      title: '育成就労制度の施行について',
      body: '育成就労制度の施行日と経過措置の概要をお知らせします。',
      category: 'LAW_CHANGE',
      importance: 'HIGH',
      relatedFields: ['RESIDENCE', 'EMPLOYMENT'],
      effectiveDate: '2027-04-01',
      targetPrefectureCodes: [],
      publishedAt: expect.any(String),
      withdrawnAt: null,
      // The publisher has read what they wrote.
      isRead: true,
    });
    expect(Date.parse(published.publishedAt)).toBeGreaterThanOrEqual(before);

    const events = await outbox();
    expect(events).toEqual([
      {
        type: 'announcement.published',
        aggregate_id: published.id,
        data: {
          announcementId: published.id,
          category: 'LAW_CHANGE',
          importance: 'HIGH',
          relatedFields: ['RESIDENCE', 'EMPLOYMENT'],
          targetPrefectureCodes: [],
          effectiveDate: '2027-04-01',
        },
        traceparent: expect.stringMatching(/^00-[0-9a-f]{32}-[0-9a-f]{16}-01$/),
      },
    ]);
    // The event says who it is for and what it is about, never its text.
    expect(JSON.stringify(events)).not.toMatch(/育成就労|経過措置/);
  });

  it('refuses LAW_CHANGE without an effective date, naming input.effectiveDate, and records nothing', async () => {
    const before = (await outbox()).length;
    const res = await service.run(admin, PUBLISH, { input: announcementInput({ category: 'LAW_CHANGE', effectiveDate: null }) });
    expect(errorCodes(res)).toEqual(['BAD_USER_INPUT']);
    expect(res.errors![0]!.extensions).toMatchObject({ field: 'input.effectiveDate' });
    expect(res.errors![0]!.message).toBe('input.effectiveDate: is required for LAW_CHANGE: the date the change takes effect');
    expect((await outbox()).length).toBe(before);
    expect((await service.sql`select count(*)::int as n from announcements`)[0]!.n).toBe(1);
  });

  it('names every bad field at once', async () => {
    const res = await service.run(admin, PUBLISH, {
      input: announcementInput({
        title: 'あ'.repeat(201),
        body: '   ',
        category: 'LAW_CHANGE',
        targetPrefectureCodes: ['09', '48'],
      }),
    });
    expect(issueFields(res)).toEqual(['input.title', 'input.body', 'input.targetPrefectureCodes.1', 'input.effectiveDate']);
  });

  it('refuses a date that does not exist', async () => {
    const res = await service.run(admin, PUBLISH, { input: announcementInput({ category: 'LAW_CHANGE', effectiveDate: '2027-02-30' }) });
    expect(errorCodes(res)).toEqual(['BAD_USER_INPUT']);
    expect(res.errors![0]!.message).toMatch(/effectiveDate/);
  });

  it('counts characters, not bytes: a body of 20,000 characters is accepted, one more is not', async () => {
    const ok = await service.run(admin, PUBLISH, { input: announcementInput({ title: '𠮷'.repeat(200), body: '𠮷'.repeat(20_000) }) });
    expect(errorCodes(ok)).toEqual([]);
    const long = await service.run(admin, PUBLISH, { input: announcementInput({ body: '𠮷'.repeat(20_001) }) });
    expect(issueFields(long)).toEqual(['input.body']);
  });

  it('defaults to NORMAL importance, no fields and nationwide; trims text, drops repeats and orders prefectures', async () => {
    const res = await service.run(admin, PUBLISH, {
      input: {
        title: '  ポータルのメンテナンスのお知らせ  ',
        body: '12月5日 2:00〜4:00 はポータルを利用できません。',
        category: 'PORTAL_NOTICE',
        relatedFields: null,
        targetPrefectureCodes: null,
      },
    });
    expect(res.data!.publishAnnouncement).toMatchObject({
      title: 'ポータルのメンテナンスのお知らせ',
      importance: 'NORMAL',
      relatedFields: [],
      effectiveDate: null,
      targetPrefectureCodes: [],
    });
    const targeted = await service.run(admin, PUBLISH, {
      input: announcementInput({ targetPrefectureCodes: ['13', '09', '13'], relatedFields: ['RESIDENCE', 'RESIDENCE', 'HOUSING'] }),
    });
    expect(targeted.data!.publishAnnouncement).toMatchObject({ targetPrefectureCodes: ['09', '13'], relatedFields: ['RESIDENCE', 'HOUSING'] });
  });

  it('records exactly one event per published announcement', async () => {
    const published = Number((await service.sql`select count(*)::int as n from announcements`)[0]!.n);
    const events = await outbox();
    expect(events.length).toBe(published);
    expect(new Set(events.map((e) => e.aggregate_id)).size).toBe(published);
  });
});

describe('the announcement enums', () => {
  it('are the values the service validates and stores', () => {
    const schema = buildSchema(typeDefs.replace(/^extend schema[\s\S]*?\)\n/m, ''), { assumeValidSDL: true });
    const values = (name: string) => (schema.getType(name) as GraphQLEnumType).getValues().map((v) => v.name);
    expect(values('AnnouncementCategory')).toEqual([...ANNOUNCEMENT_CATEGORIES]);
    expect(values('AnnouncementImportance')).toEqual([...ANNOUNCEMENT_IMPORTANCES]);
  });
});
