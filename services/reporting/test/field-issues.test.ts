import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { monthInJapan } from '@portal/platform';
import { errorCodes } from '@portal/platform/testing';
import { analyst, FIELD_ISSUE_DASHBOARD, fieldIssueReported, tochigi, useReportingService } from './helpers';

const service = useReportingService();
const times = <T>(n: number, event: () => T) => Array.from({ length: n }, event);

const cell = (prefectureCode: string, prefectureName: string, field: string, category: string, count: number | null) => ({
  prefectureCode,
  prefectureName,
  field,
  category,
  count,
  suppressed: count === null,
});

const summary = async (filter: Record<string, unknown> = {}, caller = analyst) => {
  const res = await service.run(caller, FIELD_ISSUE_DASHBOARD, { filter });
  expect(res.errors).toBeUndefined();
  return res.data!.fieldIssueSummary;
};

describe('FieldIssueDashboard', () => {
  it('counts issues per prefecture × field × category, an issue naming two fields in both, withholding groups of up to k reporters', async () => {
    await service.apply(
      ...times(6, () => fieldIssueReported('09', ['MEDICAL'], 'PARTNER_SHORTAGE', '2026-04-10T03:00:00.000Z')),
      ...times(2, () => fieldIssueReported('09', ['MEDICAL', 'HOUSING'], 'LANGUAGE_ACCESS', '2026-04-11T03:00:00.000Z')),
      // Tokyo: three late on 30 April and three early on 1 May, Japan time; the year before, six more.
      ...times(3, () => fieldIssueReported('13', ['EMPLOYMENT'], 'INSTITUTIONAL_GAP', '2026-04-30T14:30:00.000Z')),
      ...times(3, () => fieldIssueReported('13', ['EMPLOYMENT'], 'INSTITUTIONAL_GAP', '2026-04-30T15:30:00.000Z')),
      ...times(6, () => fieldIssueReported('13', ['EMPLOYMENT'], 'INSTITUTIONAL_GAP', '2025-04-15T03:00:00.000Z')),
    );
    expect(await summary()).toEqual([
      cell('09', '栃木県', 'MEDICAL', 'PARTNER_SHORTAGE', 6),
      cell('09', '栃木県', 'MEDICAL', 'LANGUAGE_ACCESS', null),
      cell('09', '栃木県', 'HOUSING', 'LANGUAGE_ACCESS', null),
      cell('13', '東京都', 'EMPLOYMENT', 'INSTITUTIONAL_GAP', 12),
    ]);
  });

  it('filters by prefecture, field and category: the contract example', async () => {
    expect(await summary({ prefectureCodes: ['09'], fields: ['MEDICAL'], categories: ['PARTNER_SHORTAGE'], since: '2026-04-01T00:00:00+09:00' })).toEqual([
      cell('09', '栃木県', 'MEDICAL', 'PARTNER_SHORTAGE', 6),
    ]);
  });

  it('selects whole months in Japan; a month whose figure is withheld withholds every window that holds it', async () => {
    const tokyo = async (filter: Record<string, string>) => (await summary({ prefectureCodes: ['13'], ...filter })).map((c: any) => c.count);
    // April and May 2026 (Japan time) have three reports each: withheld, and so is any window holding either.
    expect(await tokyo({ until: '2026-04-30T12:00:00+09:00' })).toEqual([null]);
    expect(await tokyo({ since: '2026-05-01T18:00:00+09:00' })).toEqual([null]);
    expect(await tokyo({ since: '2026-04-01T00:00:00+09:00', until: '2026-05-31T00:00:00+09:00' })).toEqual([null]);
    // April 2025 alone: six reporters.
    expect(await tokyo({ since: '2025-04-01T00:00:00+09:00', until: '2025-04-30T00:00:00+09:00' })).toEqual([6]);
    expect(await tokyo({ since: '2026-06-01T00:00:00+09:00' })).toEqual([]);
    // All months together: 12 reports by 12 people, published although two of its months are not.
    expect(await tokyo({})).toEqual([12]);
  });

  it('two overlapping windows difference to nothing that is withheld', async () => {
    // Osaka: 6 reporters in June 2025, 1 in July, 6 in August. July is withheld; since all
    // months together (13) are published, June is withheld with it, so that they are two
    // unknown months of 7 reporters. Every window holding either is withheld.
    await service.apply(
      ...times(6, () => fieldIssueReported('27', ['TAX'], 'OTHER', '2025-06-10T03:00:00.000Z')),
      fieldIssueReported('27', ['TAX'], 'OTHER', '2025-07-10T03:00:00.000Z'),
      ...times(6, () => fieldIssueReported('27', ['TAX'], 'OTHER', '2025-08-10T03:00:00.000Z')),
    );
    const osaka = async (since: string, until: string) => (await summary({ prefectureCodes: ['27'], since, until })).map((c: any) => c.count);
    expect(await osaka('2025-06-01T00:00:00+09:00', '2025-06-30T00:00:00+09:00')).toEqual([null]);
    expect(await osaka('2025-06-01T00:00:00+09:00', '2025-07-31T00:00:00+09:00')).toEqual([null]);
    expect(await osaka('2025-07-01T00:00:00+09:00', '2025-08-31T00:00:00+09:00')).toEqual([null]);
    // A window holding every month is the all-months figure.
    expect(await osaka('2025-06-01T00:00:00+09:00', '2025-08-31T00:00:00+09:00')).toEqual([13]);
    expect(await osaka('2025-08-01T00:00:00+09:00', '2025-08-31T00:00:00+09:00')).toEqual([6]);
    expect((await summary({ prefectureCodes: ['27'] })).map((c: any) => c.count)).toEqual([13]);
  });

  it('counts people, not reports: one reporter filing ten reports is withheld, and cannot lift a cell of others over k alone', async () => {
    const eager = randomUUID();
    await service.apply(...times(10, () => fieldIssueReported('31', ['WELFARE'], 'INFORMATION_GAP', '2025-09-10T03:00:00.000Z', eager)));
    expect(await summary({ prefectureCodes: ['31'] })).toEqual([cell('31', '鳥取県', 'WELFARE', 'INFORMATION_GAP', null)]);
    // Four others report there: five people, still withheld although the reports are 14.
    await service.apply(...times(4, () => fieldIssueReported('31', ['WELFARE'], 'INFORMATION_GAP', '2025-09-11T03:00:00.000Z')));
    expect(await summary({ prefectureCodes: ['31'] })).toEqual([cell('31', '鳥取県', 'WELFARE', 'INFORMATION_GAP', null)]);
  });

  it('releases nothing of the month that is not over: a report added now changes no figure', async () => {
    const before = await summary();
    await service.apply(...times(8, () => fieldIssueReported('09', ['MEDICAL'], 'PARTNER_SHORTAGE', new Date().toISOString())));
    expect(await summary()).toEqual(before);
    expect(await summary({ since: new Date().toISOString() })).toEqual([]);
    expect(monthInJapan()).not.toBe('2026-04');
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

describe('with SMALL_CELL_K = 3', () => {
  const lenient = useReportingService({ smallCellK: 3 });
  it('publishes a cell of 4 reporters and withholds a cell of 3', async () => {
    await lenient.apply(
      ...times(4, () => fieldIssueReported('01', ['TAX'], 'OTHER', '2026-03-01T03:00:00.000Z')),
      ...times(3, () => fieldIssueReported('01', ['TAX'], 'INFORMATION_GAP', '2026-03-01T03:00:00.000Z')),
    );
    const res = await lenient.run(analyst, FIELD_ISSUE_DASHBOARD, {});
    expect(res.data!.fieldIssueSummary).toEqual([cell('01', '北海道', 'TAX', 'INFORMATION_GAP', null), cell('01', '北海道', 'TAX', 'OTHER', 4)]);
  });
});
