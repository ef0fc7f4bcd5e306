import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { filingDeadline, quarterEnd, quarterOf, shiftQuarter, todayInJapan } from '@portal/platform';
import { errorCodes } from '@portal/platform/testing';
import type { EventData } from '@portal/platform/events';
import { releasedFrom } from '../src/activity-reports';
import { admin, analyst, member, portalEventOf, tochigi, useReportingService } from './helpers';

const service = useReportingService();
const current = quarterOf(todayInJapan());
// Two quarters back is always final and released: its deadline is at least two months past.
const closed = shiftQuarter(current, -2);
const inQuarter = (quarter: string) => `${quarterEnd(quarter)}T03:00:00.000Z`;

const SUMMARY = /* GraphQL */ `
  query ActivityReportSummary($quarter: String!) {
    activityReportSummary(quarter: $quarter) {
      quarter releasedFrom released
      consultations { area areaName key count suppressed }
      languages { area key count suppressed }
      referrals { area key count suppressed }
    }
  }
`;

type Filed = EventData<'activity_report.filed'>;
const filed = (quarter: string, prefectureCodes: string[], changes: Partial<Filed> = {}, occurredAt = inQuarter(quarter)) =>
  portalEventOf(
    'activity_report.filed',
    { reportId: randomUUID(), contributorId: randomUUID(), quarter, prefectureCodes, consultations: [], languages: [], referralsToPartners: 0, referralsToCoordinators: 0, ...changes },
    occurredAt,
  );
const times = <T>(n: number, make: () => T) => Array.from({ length: n }, make);
const figure = (area: string, key: string, count: number | null) => ({ area, key, count, suppressed: count === null });

async function summary(quarter: string, caller = analyst) {
  return (await service.ok(caller, SUMMARY, { quarter })).activityReportSummary;
}

describe('activityReportSummary', () => {
  it('publishes a final quarter per area × field, withholding groups of up to k filers and one more area where a remainder would give them away', async () => {
    await service.apply(
      // Tochigi: six filers of one consultation each; Tokyo: six of ten; Kanagawa: two of five.
      ...times(6, () => filed(closed, ['09'], { consultations: [{ field: 'MEDICAL', count: 1 }], languages: [{ language: 'vi', count: 1 }] })),
      ...times(6, () => filed(closed, ['13'], { consultations: [{ field: 'MEDICAL', count: 10 }], languages: [{ language: 'vi', count: 2 }] })),
      ...times(2, () => filed(closed, ['14'], { consultations: [{ field: 'MEDICAL', count: 5 }] })),
    );
    const result = await summary(closed);
    expect(result).toMatchObject({ quarter: closed, releasedFrom: releasedFrom(closed), released: true });
    // Kanagawa alone is two filers; Kanto less Tokyo and Tochigi would be Kanagawa, so the smaller of them is withheld too.
    expect(result.consultations.map(({ areaName: _n, ...f }: { areaName: string }) => f)).toEqual([
      figure('NATIONAL', 'MEDICAL', 76),
      figure('KANTO', 'MEDICAL', 76),
      figure('09', 'MEDICAL', null),
      figure('13', 'MEDICAL', 60),
      figure('14', 'MEDICAL', null),
    ]);
    expect(result.consultations.map((f: { areaName: string }) => f.areaName)).toEqual(['全国', '関東', '栃木県', '東京都', '神奈川県']);
    expect(result.languages).toEqual([figure('NATIONAL', 'vi', 18), figure('KANTO', 'vi', 18), figure('09', 'vi', 6), figure('13', 'vi', 12)]);
  });

  it('counts a report naming two prefectures in each; regions and the country add their prefectures up', async () => {
    const quarter = shiftQuarter(closed, -1);
    await service.apply(...times(6, () => filed(quarter, ['01', '47'], { referralsToPartners: 2, referralsToCoordinators: 0 })));
    expect((await summary(quarter)).referrals).toEqual([
      figure('NATIONAL', 'PARTNERS', 24),
      figure('HOKKAIDO', 'PARTNERS', 12),
      figure('KYUSHU_OKINAWA', 'PARTNERS', 12),
      figure('01', 'PARTNERS', 12),
      figure('47', 'PARTNERS', 12),
    ]);
  });

  it('a correction replaces the report; an earlier filing delivered late changes nothing; a filing after the deadline never counts', async () => {
    const quarter = shiftQuarter(closed, -2);
    const reports = times(6, () => filed(quarter, ['23'], { consultations: [{ field: 'TAX', count: 1 }] }, `${quarterEnd(quarter)}T01:00:00.000Z`));
    const corrected = reports.map((r) => ({ ...r, id: randomUUID(), occurredAt: `${quarterEnd(quarter)}T02:00:00.000Z`, data: { ...r.data, consultations: [{ field: 'TAX', count: 3 }] } }));
    await service.apply(...reports, ...corrected, ...reports.map((r) => ({ ...r, id: randomUUID() })));
    // The day after the deadline, Japan time: refused by the coordinators service, and not counted here either.
    await service.apply(filed(quarter, ['23'], { consultations: [{ field: 'TAX', count: 100 }] }, `${filingDeadline(quarter)}T15:00:00.000Z`));
    expect((await summary(quarter)).consultations).toEqual([
      { area: 'NATIONAL', areaName: '全国', key: 'TAX', count: 18, suppressed: false },
      { area: 'CHUBU', areaName: '中部', key: 'TAX', count: 18, suppressed: false },
      { area: '23', areaName: '愛知県', key: 'TAX', count: 18, suppressed: false },
    ]);
  });

  it('publishes nothing of a quarter that is not final', async () => {
    await service.apply(...times(8, () => filed(current, ['09'], { consultations: [{ field: 'MEDICAL', count: 4 }] }, new Date().toISOString())));
    expect(await summary(current, admin)).toEqual({ quarter: current, releasedFrom: releasedFrom(current), released: false, consultations: [], languages: [], referrals: [] });
  });

  it('a local government sees its own prefectures of the same release, and nothing of other areas', async () => {
    const nationwide = await summary(closed);
    const own = await summary(closed, tochigi);
    const keep = (list: { area: string }[]) => list.filter((f) => f.area === '09');
    expect(own.consultations).toEqual(keep(nationwide.consultations));
    expect(own.languages).toEqual(keep(nationwide.languages));
    expect(own.languages).toEqual([figure('09', 'vi', 6)]);
  });

  it.each([
    ['COORDINATOR', member, ['FORBIDDEN']],
    ['AGENCY_ADMIN', admin, []],
    ['MINISTRY_ANALYST', analyst, []],
    ['LOCAL_GOVERNMENT', tochigi, []],
  ] as const)('%s: %j', async (_role, caller, codes) => {
    expect(errorCodes(await service.run(caller, SUMMARY, { quarter: closed }))).toEqual(codes);
  });

  it('without a signed identity is UNAUTHENTICATED; a local government without prefectures sees no area', async () => {
    expect((await service.run(null, SUMMARY, { quarter: closed })).status).toBe(401);
    const nowhere = { sub: 'idp|lg', roles: ['LOCAL_GOVERNMENT' as const], prefectureCodes: [] };
    expect(await summary(closed, nowhere)).toMatchObject({ released: true, consultations: [], languages: [], referrals: [] });
  });

  it('refuses a malformed quarter', async () => {
    expect((await service.run(analyst, SUMMARY, { quarter: '2026-Q0' })).errors?.map((e) => [e.extensions?.code, e.extensions?.field])).toEqual([['BAD_USER_INPUT', 'quarter']]);
  });
});
