import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { errorCodes } from '@portal/platform/testing';
import { analyst, FIELD_ISSUE_DASHBOARD, fieldIssueReported, tochigi, useReportingService } from './helpers';

// Today is in fiscal 2026 (April 2026 to March 2027), so fiscal 2025 and before are over.

const service = useReportingService();
const times = <T>(n: number, event: () => T) => Array.from({ length: n }, event);

const FIELD_ISSUE_TREND = /* GraphQL */ `
  query FieldIssueTrend($filter: FieldIssueTrendFilter) {
    fieldIssueTrend(filter: $filter) { month field category count suppressed }
  }
`;

const cell = (prefectureCode: string, prefectureName: string, field: string, category: string, count: number | null) => ({
  prefectureCode,
  prefectureName,
  field,
  category,
  count,
  suppressed: count === null,
});

const summary = async (filter: Record<string, unknown> = {}, caller = analyst) => {
  return (await service.ok(caller, FIELD_ISSUE_DASHBOARD, { filter })).fieldIssueSummary;
};
const trend = async (filter: Record<string, unknown>) => {
  return (await service.ok(analyst, FIELD_ISSUE_TREND, { filter })).fieldIssueTrend.map((m: any) => [m.month, m.count]);
};

describe('FieldIssueDashboard: prefectures by fiscal year', () => {
  it('counts issues per prefecture × field × category over the fiscal years that are over, an issue naming two fields in both, withholding groups of up to k reporters', async () => {
    await service.apply(
      ...times(6, () => fieldIssueReported('09', ['MEDICAL'], 'PARTNER_SHORTAGE', '2025-06-10T03:00:00.000Z')),
      ...times(2, () => fieldIssueReported('09', ['MEDICAL', 'HOUSING'], 'LANGUAGE_ACCESS', '2025-06-11T03:00:00.000Z')),
      // Tokyo: six in fiscal 2024 (late March 2025, Japan time) and six in fiscal 2025 (early April).
      ...times(6, () => fieldIssueReported('13', ['EMPLOYMENT'], 'INSTITUTIONAL_GAP', '2025-03-31T14:00:00.000Z')),
      ...times(6, () => fieldIssueReported('13', ['EMPLOYMENT'], 'INSTITUTIONAL_GAP', '2025-03-31T15:30:00.000Z')),
    );
    expect(await summary()).toEqual([
      cell('09', '栃木県', 'MEDICAL', 'PARTNER_SHORTAGE', 6),
      cell('09', '栃木県', 'MEDICAL', 'LANGUAGE_ACCESS', null),
      cell('09', '栃木県', 'HOUSING', 'LANGUAGE_ACCESS', null),
      cell('13', '東京都', 'EMPLOYMENT', 'INSTITUTIONAL_GAP', 12),
    ]);
  });

  it('filters by prefecture, field and category: the contract example', async () => {
    expect(await summary({ prefectureCodes: ['09'], fields: ['MEDICAL'], categories: ['PARTNER_SHORTAGE'], since: '2025-04-01T00:00:00+09:00' })).toEqual([
      cell('09', '栃木県', 'MEDICAL', 'PARTNER_SHORTAGE', 6),
    ]);
  });

  it('selects whole fiscal years in Japan, and adds published years up', async () => {
    const tokyo = async (filter: Record<string, string>) => (await summary({ prefectureCodes: ['13'], ...filter })).map((c: any) => c.count);
    expect(await tokyo({ until: '2025-03-01T00:00:00+09:00' })).toEqual([6]);
    expect(await tokyo({ since: '2025-05-01T00:00:00+09:00', until: '2025-05-01T00:00:00+09:00' })).toEqual([6]);
    expect(await tokyo({ since: '2024-04-01T00:00:00+09:00' })).toEqual([12]);
    expect(await tokyo({ since: '2026-04-01T00:00:00+09:00' })).toEqual([]);
  });

  it('withholds a total of years when one of them is withheld, so that two windows difference to nothing', async () => {
    // Osaka: 6 reporters in fiscal 2023, 1 in fiscal 2024.
    await service.apply(
      ...times(6, () => fieldIssueReported('27', ['TAX'], 'OTHER', '2023-06-10T03:00:00.000Z')),
      fieldIssueReported('27', ['TAX'], 'OTHER', '2024-06-10T03:00:00.000Z'),
    );
    const osaka = async (since: string, until: string) => (await summary({ prefectureCodes: ['27'], since, until })).map((c: any) => c.count);
    expect(await osaka('2023-04-01T00:00:00+09:00', '2023-04-01T00:00:00+09:00')).toEqual([6]);
    expect(await osaka('2024-04-01T00:00:00+09:00', '2024-04-01T00:00:00+09:00')).toEqual([null]);
    expect(await osaka('2023-04-01T00:00:00+09:00', '2024-04-01T00:00:00+09:00')).toEqual([null]);
  });

  it('counts people, not reports: one reporter filing ten reports is withheld, and cannot lift a cell of others over k alone', async () => {
    const eager = randomUUID();
    await service.apply(...times(10, () => fieldIssueReported('31', ['WELFARE'], 'INFORMATION_GAP', '2025-09-10T03:00:00.000Z', eager)));
    expect(await summary({ prefectureCodes: ['31'] })).toEqual([cell('31', '鳥取県', 'WELFARE', 'INFORMATION_GAP', null)]);
    // Four others report there: five people, still withheld although the reports are 14.
    await service.apply(...times(4, () => fieldIssueReported('31', ['WELFARE'], 'INFORMATION_GAP', '2025-09-11T03:00:00.000Z')));
    expect(await summary({ prefectureCodes: ['31'] })).toEqual([cell('31', '鳥取県', 'WELFARE', 'INFORMATION_GAP', null)]);
  });

  it('releases nothing of the year that is not over: reports added now change no figure', async () => {
    const before = await summary();
    await service.apply(...times(8, () => fieldIssueReported('09', ['MEDICAL'], 'PARTNER_SHORTAGE', new Date().toISOString())));
    expect(await summary()).toEqual(before);
  });

  it('gives a local government its own prefectures, and FORBIDDEN for another', async () => {
    expect((await summary({}, tochigi)).map((c: any) => c.prefectureCode)).toEqual(['09', '09', '09']);
    const other = await service.run(tochigi, FIELD_ISSUE_DASHBOARD, { filter: { prefectureCodes: ['09', '13'] } });
    expect(errorCodes(other)).toEqual(['FORBIDDEN']);
  });

  it('BAD_USER_INPUT naming the field: an unknown prefecture, until before since', async () => {
    const badPrefecture = await service.run(analyst, FIELD_ISSUE_DASHBOARD, { filter: { prefectureCodes: ['09', '99'] } });
    expect(badPrefecture.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.prefectureCodes.1' });
    const backwards = await service.run(analyst, FIELD_ISSUE_DASHBOARD, { filter: { since: '2026-05-01T00:00:00+09:00', until: '2026-04-01T00:00:00+09:00' } });
    expect(backwards.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.until' });
  });
});

describe('FieldIssueTrend: the country by month', () => {
  it('lists every month of the window, 0 where nobody reported, withholding months of up to k reporters', async () => {
    // Tokyo's twelve straddle March and April 2025 (Japan time), six each.
    expect(await trend({ fields: ['EMPLOYMENT'], since: '2025-02-01T00:00:00+09:00', until: '2025-05-01T00:00:00+09:00' })).toEqual([
      ['2025-02', 0],
      ['2025-03', 6],
      ['2025-04', 6],
      ['2025-05', 0],
    ]);
    expect(await trend({ fields: ['TAX'], since: '2024-05-01T00:00:00+09:00', until: '2024-07-01T00:00:00+09:00' })).toEqual([
      ['2024-05', 0],
      ['2024-06', null],
      ['2024-07', 0],
    ]);
  });

  it('shows months that are over only, and the last two years by default', async () => {
    await service.apply(...times(7, () => fieldIssueReported('01', ['DISASTER'], 'OTHER', new Date().toISOString())));
    // This month's reports: not a month that is over, so no field × category has any yet.
    expect(await trend({ fields: ['DISASTER'] })).toEqual([]);
    const months = await trend({ fields: ['EMPLOYMENT'] });
    expect(months).toHaveLength(24);
    expect(months.filter(([, count]: [string, number]) => count !== 0)).toEqual([
      ['2025-03', 6],
      ['2025-04', 6],
    ]);
  });

  it('is for agency admins and ministry analysts: a local government is FORBIDDEN', async () => {
    expect(errorCodes(await service.run(tochigi, FIELD_ISSUE_TREND, {}))).toEqual(['FORBIDDEN']);
  });
});

describe('with SMALL_CELL_K = 3', () => {
  const lenient = useReportingService({ smallCellK: 3 });
  it('publishes a cell of 4 reporters and withholds a cell of 3', async () => {
    await lenient.apply(
      ...times(4, () => fieldIssueReported('01', ['TAX'], 'OTHER', '2025-05-01T03:00:00.000Z')),
      ...times(3, () => fieldIssueReported('01', ['TAX'], 'INFORMATION_GAP', '2025-05-01T03:00:00.000Z')),
    );
    const res = await lenient.run(analyst, FIELD_ISSUE_DASHBOARD, {});
    expect(res.data!.fieldIssueSummary).toEqual([cell('01', '北海道', 'TAX', 'INFORMATION_GAP', null), cell('01', '北海道', 'TAX', 'OTHER', 4)]);
  });
});
