import { beforeAll, describe, expect, it } from 'vitest';
import { errorCodes } from '@portal/platform/testing';
import { coordinator, coordinatorEvent, INBOX, MARK_READ, publish, titles, useAnnouncementsService } from './helpers';

const service = useAnnouncementsService();
const reader = coordinator('idp|reader');
const colleague = coordinator('idp|colleague');
const ids = {} as Record<'law' | 'training' | 'disaster' | 'survey', string>;

const CONTRACT_INBOX = /* GraphQL */ `
  query AnnouncementInbox($filter: AnnouncementFilter, $first: Int, $after: String) {
    announcements(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { node { id title body category importance relatedFields effectiveDate publishedAt isRead } }
    }
    unreadAnnouncementCount
  }
`;

beforeAll(async () => {
  ids.law = await publish(service, {
    title: '育成就労制度の施行について',
    body: '技能実習制度に代わる育成就労制度が施行されます。',
    category: 'LAW_CHANGE',
    importance: 'HIGH',
    relatedFields: ['RESIDENCE', 'EMPLOYMENT'],
    effectiveDate: '2027-04-01',
  });
  ids.training = await publish(service, {
    title: '多言語相談窓口の研修案内',
    body: '医療通訳との連携について学ぶオンライン研修です。',
    category: 'TRAINING',
    importance: 'NORMAL',
    relatedFields: ['MEDICAL'],
  });
  ids.disaster = await publish(service, {
    title: '災害時の外国人支援に関する通知',
    body: '避難所での多言語対応と、在留期限が迫っている方への案内をお願いします。',
    category: 'GOVERNMENT_NOTICE',
    importance: 'URGENT',
    relatedFields: ['DISASTER', 'RESIDENCE'],
  });
  ids.survey = await publish(service, {
    title: '活動状況アンケートへのご協力のお願い',
    body: 'ポータルのアンケート機能からご回答ください。',
    category: 'SURVEY_REQUEST',
    importance: 'LOW',
    relatedFields: [],
  });
  await service.applyCoordinatorEvents(
    coordinatorEvent('coordinator.registered', reader.sub, ['09']),
    coordinatorEvent('coordinator.registered', colleague.sub, ['09']),
  );
});

describe('read receipts', () => {
  it('counts every announcement as unread at first', async () => {
    const res = await service.run(reader, INBOX, {});
    expect(res.data!.announcements.edges.map((e: any) => e.node.isRead)).toEqual([false, false, false, false]);
    expect(res.data!.unreadAnnouncementCount).toBe(4);
  });

  it('marks an announcement read for the caller only, and marking it again changes nothing', async () => {
    const first = await service.run(reader, MARK_READ, { id: ids.disaster });
    expect(first.data).toEqual({ markAnnouncementRead: { id: ids.disaster, isRead: true } });
    const again = await service.run(reader, MARK_READ, { id: ids.disaster });
    expect(again.data).toEqual({ markAnnouncementRead: { id: ids.disaster, isRead: true } });
    const receipts = await service.sql`select account_id from announcement_reads where announcement_id = ${ids.disaster} order by account_id`;
    expect(receipts.map((r) => r.account_id)).toEqual(['idp|admin', reader.sub]);

    const mine = await service.run(reader, INBOX, {});
    expect(mine.data!.announcements.edges.map((e: any) => [e.node.title, e.node.isRead])).toEqual([
      ['活動状況アンケートへのご協力のお願い', false],
      ['災害時の外国人支援に関する通知', true],
      ['多言語相談窓口の研修案内', false],
      ['育成就労制度の施行について', false],
    ]);
    expect(mine.data!.unreadAnnouncementCount).toBe(3);
    expect((await service.run(colleague, INBOX, {})).data!.unreadAnnouncementCount).toBe(4);
  });

  it('lists only unread ones when asked, and the count follows', async () => {
    await service.run(reader, MARK_READ, { id: ids.survey });
    const res = await service.run(reader, INBOX, { filter: { unreadOnly: true } });
    expect(titles(res)).toEqual(['多言語相談窓口の研修案内', '育成就労制度の施行について']);
    expect(res.data!.announcements.totalCount).toBe(2);
    expect(res.data!.unreadAnnouncementCount).toBe(2);
  });

  it('refuses an id that is not an announcement id, and an unknown one is NOT_FOUND', async () => {
    expect((await service.run(reader, MARK_READ, { id: 'nope' })).errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
    expect(errorCodes(await service.run(reader, MARK_READ, { id: '00000000-0000-4000-8000-000000000000' }))).toEqual(['NOT_FOUND']);
  });
});

describe('filters', () => {
  const find = async (filter: Record<string, unknown>) => {
    const res = await service.run(colleague, INBOX, { filter });
    expect(res.data!.announcements.totalCount).toBe(titles(res).length);
    return titles(res);
  };

  it('serves the contract example: unread law changes about residence', async () => {
    const res = await service.run(colleague, CONTRACT_INBOX, { filter: { categories: ['LAW_CHANGE'], unreadOnly: true, fields: ['RESIDENCE'] }, first: 20 });
    expect(res.errors).toBeUndefined();
    expect(res.data!.announcements).toEqual({
      totalCount: 1,
      pageInfo: { hasNextPage: false, endCursor: expect.any(String) },
      edges: [
        {
          node: {
            id: ids.law,
            title: '育成就労制度の施行について',
            body: '技能実習制度に代わる育成就労制度が施行されます。',
            category: 'LAW_CHANGE',
            importance: 'HIGH',
            relatedFields: ['RESIDENCE', 'EMPLOYMENT'],
            effectiveDate: '2027-04-01',
            publishedAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/),
            isRead: false,
          },
        },
      ],
    });
  });

  it('takes values within a filter as alternatives and combines filters with AND', async () => {
    expect(await find({ categories: ['LAW_CHANGE', 'TRAINING'] })).toEqual(['多言語相談窓口の研修案内', '育成就労制度の施行について']);
    expect(await find({ importances: ['HIGH', 'URGENT'] })).toEqual(['災害時の外国人支援に関する通知', '育成就労制度の施行について']);
    expect(await find({ fields: ['RESIDENCE'] })).toEqual(['災害時の外国人支援に関する通知', '育成就労制度の施行について']);
    expect(await find({ fields: ['RESIDENCE'], importances: ['URGENT'] })).toEqual(['災害時の外国人支援に関する通知']);
    expect(await find({ categories: ['EVENT'] })).toEqual([]);
  });

  it('finds text in the title or body, two-character words and full-width forms included', async () => {
    expect(await find({ text: '医療' })).toEqual(['多言語相談窓口の研修案内']);
    expect(await find({ text: '在留期限 避難所' })).toEqual(['災害時の外国人支援に関する通知']);
    expect(await find({ text: 'アンケート' })).toEqual(['活動状況アンケートへのご協力のお願い']);
    expect(await find({ text: 'ｱﾝｹｰﾄ' })).toEqual(['活動状況アンケートへのご協力のお願い']);
    expect(await find({ text: '在留期限 研修' })).toEqual([]);
  });

  it('refuses bad filters naming the field', async () => {
    const res = await service.run(colleague, INBOX, { filter: { text: 'あ'.repeat(201) } });
    expect(res.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.text' });
  });
});

describe('pagination', () => {
  const walk = async (first: number) => {
    const seen: string[] = [];
    let after: string | null = null;
    let pages = 0;
    do {
      const res: any = await service.run(colleague, INBOX, { first, after });
      seen.push(...titles(res));
      after = res.data.announcements.pageInfo.hasNextPage ? res.data.announcements.pageInfo.endCursor : null;
      pages++;
    } while (after);
    return { seen, pages };
  };

  it('covers every announcement once, newest first, even when several were published at the same instant', async () => {
    const all = titles(await service.run(colleague, INBOX, {}));
    expect(await walk(3)).toEqual({ seen: all, pages: 2 });
    await service.sql`
      update announcements set published_at = (select published_at - interval '1 hour' from announcements where id = ${ids.law})
      where id in ${service.sql([ids.training, ids.disaster, ids.survey])}`;
    const tied = titles(await service.run(colleague, INBOX, {}));
    expect(tied[0]).toBe('育成就労制度の施行について');
    expect(new Set(tied)).toEqual(new Set(all));
    expect(await walk(1)).toEqual({ seen: tied, pages: 4 });
  });

  it('keeps its place when announcements are published after the first page was read', async () => {
    const first: any = await service.run(colleague, INBOX, { first: 2 });
    await publish(service, { title: '新しいお知らせ' });
    const next = await service.run(colleague, INBOX, { first: 10, after: first.data.announcements.pageInfo.endCursor });
    expect(titles(next)).toEqual(titles(await service.run(colleague, INBOX, {})).slice(3));
  });

  it('refuses a page size over 100 and a cursor it did not issue', async () => {
    expect((await service.run(colleague, INBOX, { first: 101 })).errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
    const forged = Buffer.from(JSON.stringify(['2026', 'x'])).toString('base64url');
    expect((await service.run(colleague, INBOX, { after: forged })).errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
  });
});

describe('statements per request', () => {
  it('the inbox takes two statements, a page with its total and the unread count, whatever the page size', async () => {
    for (let i = 0; i < 40; i++) await publish(service, { title: `お知らせ ${i}`, targetPrefectureCodes: i % 2 ? ['09'] : ['13'] });
    for (const first of [2, 20]) {
      let res: any;
      const statements = await service.countStatements(async () => {
        res = await service.run(colleague, CONTRACT_INBOX, { first });
      });
      expect(res.data.announcements.edges).toHaveLength(first);
      expect(statements).toHaveLength(2);
    }
  });

  it('the unread count alone is one statement', async () => {
    const statements = await service.countStatements(() => service.run(colleague, '{ unreadAnnouncementCount }'));
    expect(statements).toHaveLength(1);
  });
});
