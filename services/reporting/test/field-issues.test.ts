import { describe, expect, it } from 'vitest';
import { errorCodes } from '@portal/platform/testing';
import { analyst, FIELD_ISSUE_DASHBOARD, fieldIssueReported, tochigi, useReportingService } from './helpers';

const service = useReportingService();
const times = (n: number, event: () => Parameters<typeof service.apply>[0]) => Array.from({ length: n }, event);

const cell = (prefectureCode: string, prefectureName: string, field: string, category: string, count: number | null) => ({
  prefectureCode,
  prefectureName,
  field,
  category,
  count,
  suppressed: count === null,
});

describe('FieldIssueDashboard', () => {
  it('counts issues per prefecture × field × category, an issue naming two fields in both, withholding counts below k', async () => {
    await service.apply(
      ...times(6, () => fieldIssueReported('09', ['MEDICAL'], 'PARTNER_SHORTAGE', '2026-04-10T03:00:00.000Z')),
      ...times(2, () => fieldIssueReported('09', ['MEDICAL', 'HOUSING'], 'LANGUAGE_ACCESS', '2026-04-11T03:00:00.000Z')),
      // Tokyo: five late on 30 April and five early on 1 May, Japan time.
      ...times(5, () => fieldIssueReported('13', ['EMPLOYMENT'], 'INSTITUTIONAL_GAP', '2026-04-30T14:30:00.000Z')),
      ...times(5, () => fieldIssueReported('13', ['EMPLOYMENT'], 'INSTITUTIONAL_GAP', '2026-04-30T15:30:00.000Z')),
    );
    const res = await service.run(analyst, FIELD_ISSUE_DASHBOARD, {});
    expect(res.errors).toBeUndefined();
    expect(res.data!.fieldIssueSummary).toEqual([
      cell('09', '栃木県', 'MEDICAL', 'PARTNER_SHORTAGE', 6),
      cell('09', '栃木県', 'MEDICAL', 'LANGUAGE_ACCESS', null),
      cell('09', '栃木県', 'HOUSING', 'LANGUAGE_ACCESS', null),
      cell('13', '東京都', 'EMPLOYMENT', 'INSTITUTIONAL_GAP', 10),
    ]);
  });

  it('filters by prefecture, field and category: the contract example', async () => {
    const res = await service.run(analyst, FIELD_ISSUE_DASHBOARD, {
      filter: { prefectureCodes: ['09'], fields: ['MEDICAL'], categories: ['PARTNER_SHORTAGE'], since: '2026-04-01T00:00:00+09:00' },
    });
    expect(res.data!.fieldIssueSummary).toEqual([cell('09', '栃木県', 'MEDICAL', 'PARTNER_SHORTAGE', 6)]);
  });

  it('selects whole days in Japan: since from the start of its day, until through the end of its day', async () => {
    const tokyo = async (filter: Record<string, string>) =>
      (await service.run(analyst, FIELD_ISSUE_DASHBOARD, { filter: { prefectureCodes: ['13'], ...filter } })).data!.fieldIssueSummary.map((c: any) => c.count);
    expect(await tokyo({ until: '2026-04-30T12:00:00+09:00' })).toEqual([5]);
    expect(await tokyo({ until: '2026-05-01T00:00:00+09:00' })).toEqual([5]);
    expect(await tokyo({ since: '2026-05-01T18:00:00+09:00' })).toEqual([5]);
    expect(await tokyo({ since: '2026-04-30T00:00:00+09:00', until: '2026-05-01T00:00:01+09:00' })).toEqual([10]);
    expect(await tokyo({ since: '2026-05-02T00:00:00+09:00' })).toEqual([]);
  });

  it('gives a local government its own prefectures, and FORBIDDEN for another', async () => {
    const own = await service.run(tochigi, FIELD_ISSUE_DASHBOARD, {});
    expect(own.data!.fieldIssueSummary.map((c: any) => c.prefectureCode)).toEqual(['09', '09', '09']);
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
  it('publishes a cell of 3 and withholds a cell of 2', async () => {
    await lenient.apply(
      ...times(3, () => fieldIssueReported('01', ['TAX'], 'OTHER')),
      ...times(2, () => fieldIssueReported('01', ['TAX'], 'INFORMATION_GAP')),
    );
    const res = await lenient.run(analyst, FIELD_ISSUE_DASHBOARD, {});
    expect(res.data!.fieldIssueSummary).toEqual([cell('01', '北海道', 'TAX', 'INFORMATION_GAP', null), cell('01', '北海道', 'TAX', 'OTHER', 3)]);
  });
});
