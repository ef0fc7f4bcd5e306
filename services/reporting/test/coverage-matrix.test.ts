import { describe, expect, it } from 'vitest';
import { PREFECTURE_CODES } from '@portal/platform';
import { errorCodes } from '@portal/platform/testing';
import {
  analyst,
  coordinatorRegistered,
  fieldIssueReported,
  PARTNER_COVERAGE,
  PARTNER_COVERAGE_MATRIX,
  partnerSnapshot,
  portalEventOf,
  tochigi,
  useReportingService,
} from './helpers';

const service = useReportingService();
const LAST_YEAR = '2025-10-01T03:00:00.000Z';

const matrix = async (caller = analyst, prefectureCodes?: string[]) => {
  return (await service.ok(caller, PARTNER_COVERAGE_MATRIX, { prefectureCodes })).partnerCoverageMatrix;
};

describe('partnerCoverageMatrix', () => {
  it('gives every prefecture exactly what partnerCoverage gives it, with its gap count, in one statement', async () => {
    await service.apply(
      portalEventOf('partner.approved', partnerSnapshot({ fields: ['MEDICAL', 'WELFARE'], prefectureCodes: ['09', '13'] })),
      portalEventOf('partner.approved', partnerSnapshot({ fields: ['LEGAL'], prefectureCodes: [], nationwide: true })),
      portalEventOf('partner.approved', partnerSnapshot({ fields: ['MEDICAL'], prefectureCodes: ['13'] })),
      ...Array.from({ length: 6 }, (_, i) => coordinatorRegistered(`idp|both-${i}`, { prefectureCodes: ['09', '13'], fields: ['MEDICAL'] })),
      coordinatorRegistered('idp|one', { prefectureCodes: ['13'], primaryPrefectureCode: '13', fields: ['WELFARE'] }),
      ...Array.from({ length: 6 }, () => fieldIssueReported('13', ['MEDICAL'], 'PARTNER_SHORTAGE', LAST_YEAR)),
      fieldIssueReported('09', ['HOUSING'], 'PARTNER_SHORTAGE', LAST_YEAR),
    );
    let result: Awaited<ReturnType<typeof matrix>>;
    const statements = await service.countStatements(async () => {
      result = await matrix(analyst, ['13', '09']);
    });
    expect(result!.prefectures.map((p: any) => [p.prefectureCode, p.prefectureName, p.gapCount])).toEqual([
      ['09', '栃木県', 13],
      ['13', '東京都', 14],
    ]);
    for (const prefecture of result!.prefectures) {
      const alone = await service.run(analyst, PARTNER_COVERAGE, { prefectureCode: prefecture.prefectureCode });
      expect(prefecture.fields).toEqual(alone.data!.partnerCoverage);
    }
    const tokyo = Object.fromEntries(result!.prefectures[1].fields.map((f: any) => [f.field, f]));
    expect(tokyo.MEDICAL).toMatchObject({ partnerCount: 2, coordinatorCount: 6, shortageReports: 6, gap: true, gapReasons: ['SHORTAGE_REPORTED'] });
    expect(tokyo.WELFARE).toMatchObject({ partnerCount: 1, coordinatorCount: null, coordinatorCountSuppressed: true, gap: false });
    expect(tokyo.LEGAL).toMatchObject({ partnerCount: 1, gap: false });
    const tochigiHousing = result!.prefectures[0].fields.find((f: any) => f.field === 'HOUSING');
    expect(tochigiHousing).toMatchObject({ partnerCount: 0, shortageReports: null, shortageReportsSuppressed: true, gapReasons: ['NO_PARTNER', 'SHORTAGE_REPORTED'] });
    // The last event's time, then the partners and coordinators, the shortage reports and the capacity declines.
    expect(statements).toHaveLength(4);
    expect(result!.lastEventAt).toEqual(expect.any(String));
  });

  it('covers the caller’s scope by default: every prefecture nationwide, a local government its own', async () => {
    expect((await matrix(analyst)).prefectures.map((p: any) => p.prefectureCode)).toEqual([...PREFECTURE_CODES]);
    expect((await matrix(tochigi)).prefectures.map((p: any) => p.prefectureCode)).toEqual(['09']);
  });

  it('refuses a prefecture outside a local government’s scope, and bad codes', async () => {
    expect(errorCodes(await service.run(tochigi, PARTNER_COVERAGE_MATRIX, { prefectureCodes: ['09', '13'] }))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await service.run(analyst, PARTNER_COVERAGE_MATRIX, { prefectureCodes: ['99'] }))).toEqual(['BAD_USER_INPUT']);
    expect(errorCodes(await service.run(analyst, PARTNER_COVERAGE_MATRIX, { prefectureCodes: [''] }))).toEqual(['BAD_USER_INPUT']);
    expect(errorCodes(await service.run(analyst, PARTNER_COVERAGE_MATRIX, { prefectureCodes: ['0\u00009'] }))).toEqual(['BAD_USER_INPUT']);
  });
});
