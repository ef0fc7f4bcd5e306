import { describe, expect, it } from 'vitest';
import { errorCodes } from '@portal/platform/testing';
import { admin, REGISTER, useCoordinatorsService } from './helpers';

const service = useCoordinatorsService();

describe('registering a graduate', () => {
  it('issues a certificate valid for three years', async () => {
    const res = await service.run(admin, REGISTER, {
      input: {
        accountId: 'idp|c-0001',
        name: 'グエン・ティ・ラン',
        nameKana: 'グエン ティ ラン',
        cohortYear: 2025,
        email: 'nguyen@example.jp',
        activityRegions: [{ prefectureCode: '13', municipality: '新宿区' }],
      },
    });
    expect(res.errors).toBeUndefined();
    const { certification } = res.data!.registerCoordinator;
    expect(certification.certificateNumber).toMatch(/^FRSC-2025-\d{6}$/);
    expect(certification.status).toBe('ACTIVE');
  });

  it('refuses the same account twice with CONFLICT', async () => {
    const input = { accountId: 'idp|c-0002', name: '佐藤 花子', cohortYear: 2024, activityRegions: [{ prefectureCode: '09' }] };
    expect(errorCodes(await service.run(admin, REGISTER, { input }))).toEqual([]);
    const again = await service.run(admin, REGISTER, { input });
    expect(errorCodes(again)).toEqual(['CONFLICT']);
  });
});
