import { describe, expect, it } from 'vitest';
import { DEMO_ANNOUNCEMENTS } from '../src/demo/announcements';
import { seedDemoData } from '../src/demo/seed-database';
import { ANNOUNCEMENT_CATEGORIES } from '../src/vocabulary';
import { admin, coordinator, coordinatorEvent, INBOX, titles, useAnnouncementsService } from './helpers';

const service = useAnnouncementsService();

describe('demo data', () => {
  it('is added once, to an empty database', async () => {
    expect(await seedDemoData(service.databaseUrl)).toEqual({ inserted: DEMO_ANNOUNCEMENTS.length });
    expect(await seedDemoData(service.databaseUrl)).toEqual({ inserted: 0 });
  });

  it('has announcements of every category, law changes with their effective dates', async () => {
    const res = await service.run(admin, '{ announcements(first: 100) { totalCount edges { node { category effectiveDate targetPrefectureCodes } } } }');
    const nodes = res.data!.announcements.edges.map((e: any) => e.node);
    expect(res.data!.announcements.totalCount).toBe(14);
    expect(new Set(nodes.map((n: any) => n.category))).toEqual(new Set(ANNOUNCEMENT_CATEGORIES));
    expect(nodes.filter((n: any) => n.category === 'LAW_CHANGE').map((n: any) => n.effectiveDate)).toEqual(['2027-04-01', '2027-10-01', '2027-04-01']);
    expect(nodes.filter((n: any) => n.targetPrefectureCodes.length === 0)).toHaveLength(10);
  });

  it('shows demo coordinator 1 the nationwide ones, three of them read', async () => {
    const res = await service.run(coordinator('demo|c-0001'), INBOX, { first: 100 });
    expect(res.data!.announcements.totalCount).toBe(10);
    expect(res.data!.unreadAnnouncementCount).toBe(7);
  });

  it('shows a coordinator in Tochigi the Tochigi and Tokyo-bureau ones too', async () => {
    await service.applyCoordinatorEvents(coordinatorEvent('coordinator.registered', 'demo|c-0009', ['09']));
    const res = await service.run(coordinator('demo|c-0009'), INBOX, { first: 3 });
    expect(titles(res)).toEqual(['関係機関の連絡先一覧の更新について', '永住許可制度の見直しについて', '年末年始の在留手続窓口の混雑について']);
    expect(res.data!.announcements.totalCount).toBe(12);
  });
});
