import { CONSULTATION_FIELD_VALUES } from '@portal/platform';
import { describe, expect, it } from 'vitest';
import { errorCodes } from '@portal/platform/testing';
import { analyst, coordinatorRegistered, fieldIssueReported, PARTNER_COVERAGE, partnerSnapshot, portalEventOf, tochigi, useReportingService } from './helpers';

const service = useReportingService();

const row = (field: string, changes: Record<string, unknown> = {}) => ({
  field,
  partnerCount: 0,
  coordinatorCount: 0,
  shortageReports: 0,
  shortageReportsSuppressed: false,
  gap: true,
  gapReasons: ['NO_PARTNER'],
  ...changes,
});
const covered = { gap: false, gapReasons: [] };

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
      coordinatorRegistered('idp|a', { fields: ['MEDICAL'] }),
      coordinatorRegistered('idp|b', { fields: ['MEDICAL', 'WELFARE'] }),
      coordinatorRegistered('idp|c', { prefectureCodes: ['13', '09'], primaryPrefectureCode: '13', fields: ['MEDICAL'] }),
      coordinatorRegistered('idp|suspended', { fields: ['MEDICAL'], certificationStatus: 'SUSPENDED' }),
      coordinatorRegistered('idp|expired', { fields: ['MEDICAL'], validUntil: '2020-03-31' }),
      coordinatorRegistered('idp|tokyo', { prefectureCodes: ['13'], primaryPrefectureCode: '13', fields: ['MEDICAL'] }),
      ...Array.from({ length: 6 }, () => fieldIssueReported('09', ['MEDICAL'], 'PARTNER_SHORTAGE')),
      fieldIssueReported('09', ['DISASTER'], 'PARTNER_SHORTAGE'),
      fieldIssueReported('09', ['LEGAL'], 'LANGUAGE_ACCESS'),
    );
    const res = await service.run(analyst, PARTNER_COVERAGE, { prefectureCode: '09' });
    expect(res.errors).toBeUndefined();
    const expected: Record<string, Record<string, unknown>> = {
      MEDICAL: { partnerCount: 1, coordinatorCount: 3, shortageReports: 6, gap: true, gapReasons: ['SHORTAGE_REPORTED'] },
      WELFARE: { partnerCount: 1, coordinatorCount: 1, ...covered },
      LEGAL: { partnerCount: 1, ...covered },
      EDUCATION: { partnerCount: 1, ...covered },
      DISASTER: { shortageReports: null, shortageReportsSuppressed: true, gapReasons: ['NO_PARTNER', 'SHORTAGE_REPORTED'] },
    };
    expect(res.data!.partnerCoverage).toEqual(CONSULTATION_FIELD_VALUES.map((field) => row(field, expected[field])));
  });

  it('when a coordinator leaves the prefecture or is suspended, they no longer count', async () => {
    await service.apply(
      coordinatorRegistered('idp|a', { prefectureCodes: ['10'], primaryPrefectureCode: '10', fields: ['MEDICAL'] }),
      coordinatorRegistered('idp|b', { fields: ['MEDICAL', 'WELFARE'], certificationStatus: 'SUSPENDED' }),
    );
    const res = await service.run(analyst, PARTNER_COVERAGE, { prefectureCode: '09' });
    expect(res.data!.partnerCoverage.find((r: any) => r.field === 'MEDICAL').coordinatorCount).toBe(1);
    expect(res.data!.partnerCoverage.find((r: any) => r.field === 'WELFARE').coordinatorCount).toBe(0);
  });

  it('counts nationwide partners in every prefecture, and only them where nobody else serves', async () => {
    const res = await service.run(analyst, PARTNER_COVERAGE, { prefectureCode: '47' });
    expect(res.data!.partnerCoverage.filter((r: any) => !r.gap).map((r: any) => [r.field, r.partnerCount])).toEqual([['LEGAL', 1]]);
  });

  it('local governments see their own prefectures; BAD_USER_INPUT for a code that is no prefecture', async () => {
    expect(errorCodes(await service.run(tochigi, PARTNER_COVERAGE, { prefectureCode: '09' }))).toEqual([]);
    expect(errorCodes(await service.run(tochigi, PARTNER_COVERAGE, { prefectureCode: '13' }))).toEqual(['FORBIDDEN']);
    const bad = await service.run(analyst, PARTNER_COVERAGE, { prefectureCode: 'Tokyo' });
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'prefectureCode' });
  });
});
