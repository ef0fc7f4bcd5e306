import { CONSULTATION_FIELD_VALUES } from '@portal/platform';
import { describe, expect, it } from 'vitest';
import { errorCodes } from '@portal/platform/testing';
import { analyst, coordinatorRegistered, fieldIssueReported, PARTNER_COVERAGE, partnerSnapshot, portalEventOf, tochigi, useReportingService } from './helpers';

const service = useReportingService();

const row = (field: string, changes: Record<string, unknown> = {}) => ({
  field,
  partnerCount: 0,
  coordinatorCount: 0,
  coordinatorCountSuppressed: false,
  shortageReports: 0,
  shortageReportsSuppressed: false,
  capacityDeclines: 0,
  capacityDeclinesSuppressed: false,
  gap: true,
  gapReasons: ['NO_PARTNER'],
  ...changes,
});
const covered = { gap: false, gapReasons: [] };
const LAST_YEAR = '2025-10-01T03:00:00.000Z';
const withheldCoordinators = { coordinatorCount: null, coordinatorCountSuppressed: true };
const coverage = async (prefectureCode: string) => {
  return (await service.ok(analyst, PARTNER_COVERAGE, { prefectureCode })).partnerCoverage;
};
const medicalIn09 = (n: number, from = 0) => Array.from({ length: n }, (_, i) => coordinatorRegistered(`idp|m-${from + i}`, { fields: ['MEDICAL'] }));

describe('PartnerCoverage', () => {
  it('per field: approved partners serving the prefecture, active coordinators working there, shortage reports, and the gap', async () => {
    const medical = partnerSnapshot({ fields: ['MEDICAL', 'WELFARE'], prefectureCodes: ['09'] });
    const nationwideLegal = partnerSnapshot({ fields: ['LEGAL'], prefectureCodes: [], nationwide: true });
    const tokyoMedical = partnerSnapshot({ fields: ['MEDICAL'], prefectureCodes: ['13'] });
    const archivedHousing = partnerSnapshot({ fields: ['HOUSING'], prefectureCodes: ['09'] });
    const reapprovedEducation = partnerSnapshot({ fields: ['EDUCATION'], prefectureCodes: ['09', '10'] });
    const lateApproval = partnerSnapshot({ fields: ['TAX'], prefectureCodes: ['09'] });
    await service.apply(
      portalEventOf('partner.approved', medical),
      portalEventOf('partner.approved', nationwideLegal),
      portalEventOf('partner.approved', tokyoMedical),
      portalEventOf('partner.approved', archivedHousing),
      portalEventOf('partner.archived', archivedHousing),
      portalEventOf('partner.approved', reapprovedEducation),
      portalEventOf('partner.archived', reapprovedEducation),
      portalEventOf('partner.approved', reapprovedEducation),
      // An approval delivered after the archiving that followed it changes nothing.
      portalEventOf('partner.archived', lateApproval, '2026-07-02T00:00:00.000Z'),
      portalEventOf('partner.approved', lateApproval, '2026-07-01T00:00:00.000Z'),
      ...medicalIn09(5),
      coordinatorRegistered('idp|b', { fields: ['MEDICAL', 'WELFARE'] }),
      coordinatorRegistered('idp|c', { prefectureCodes: ['13', '09'], primaryPrefectureCode: '13', fields: ['MEDICAL'] }),
      coordinatorRegistered('idp|suspended', { fields: ['MEDICAL'], certificationStatus: 'SUSPENDED' }),
      coordinatorRegistered('idp|expired', { fields: ['MEDICAL'], validUntil: '2020-03-31' }),
      coordinatorRegistered('idp|tokyo', { prefectureCodes: ['13'], primaryPrefectureCode: '13', fields: ['MEDICAL'] }),
      // Reported in fiscal 2025 (April 2025 to March 2026), which is over.
      ...Array.from({ length: 6 }, () => fieldIssueReported('09', ['MEDICAL'], 'PARTNER_SHORTAGE', LAST_YEAR)),
      fieldIssueReported('09', ['DISASTER'], 'PARTNER_SHORTAGE', LAST_YEAR),
      fieldIssueReported('09', ['LEGAL'], 'LANGUAGE_ACCESS', LAST_YEAR),
    );
    const expected: Record<string, Record<string, unknown>> = {
      // 5 + b + c active in 09 with MEDICAL: 7 people, published.
      MEDICAL: { partnerCount: 1, coordinatorCount: 7, shortageReports: 6, gap: true, gapReasons: ['SHORTAGE_REPORTED'] },
      // One coordinator: a group too small to count.
      WELFARE: { partnerCount: 1, ...withheldCoordinators, ...covered },
      LEGAL: { partnerCount: 1, ...covered },
      EDUCATION: { partnerCount: 1, ...covered },
      DISASTER: { shortageReports: null, shortageReportsSuppressed: true, gapReasons: ['NO_PARTNER', 'SHORTAGE_REPORTED'] },
    };
    expect(await coverage('09')).toEqual(CONSULTATION_FIELD_VALUES.map((field) => row(field, expected[field])));
  });

  it('when a coordinator leaves the prefecture or is suspended, they no longer count', async () => {
    await service.apply(
      coordinatorRegistered('idp|m-0', { prefectureCodes: ['10'], primaryPrefectureCode: '10', fields: ['MEDICAL'] }),
      coordinatorRegistered('idp|b', { fields: ['MEDICAL', 'WELFARE'], certificationStatus: 'SUSPENDED' }),
      ...medicalIn09(2, 100),
    );
    const rows = await coverage('09');
    expect(rows.find((r: any) => r.field === 'MEDICAL').coordinatorCount).toBe(7);
    expect(rows.find((r: any) => r.field === 'WELFARE')).toMatchObject({ coordinatorCount: 0, coordinatorCountSuppressed: false });
  });

  it('counts nationwide partners in every prefecture, and only them where nobody else serves', async () => {
    expect((await coverage('47')).filter((r: any) => !r.gap).map((r: any) => [r.field, r.partnerCount])).toEqual([['LEGAL', 1]]);
  });

  it('counts shortage reports of the fiscal years that are over only', async () => {
    await service.apply(...Array.from({ length: 6 }, () => fieldIssueReported('05', ['VIOLENCE_ABUSE'], 'PARTNER_SHORTAGE', new Date().toISOString())));
    expect((await coverage('05')).find((r: any) => r.field === 'VIOLENCE_ABUSE')).toMatchObject({ shortageReports: 0, gapReasons: ['NO_PARTNER'] });
  });

  it('local governments see their own prefectures; BAD_USER_INPUT for a code that is no prefecture', async () => {
    expect(errorCodes(await service.run(tochigi, PARTNER_COVERAGE, { prefectureCode: '09' }))).toEqual([]);
    expect(errorCodes(await service.run(tochigi, PARTNER_COVERAGE, { prefectureCode: '13' }))).toEqual(['FORBIDDEN']);
    const bad = await service.run(analyst, PARTNER_COVERAGE, { prefectureCode: 'Tokyo' });
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'prefectureCode' });
  });
});
