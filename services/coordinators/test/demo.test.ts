import { beforeAll, describe, expect, it } from 'vitest';
import { demoCoordinators } from '../src/demo/generate';
import { DEMO_COORDINATORS, seedDemoData } from '../src/demo/seed-database';
import { effectiveStatus } from '../src/profile';
import { admin, coordinator, SEARCH, useCoordinatorsService } from './helpers';

const service = useCoordinatorsService();
const viewer = coordinator('demo|c-0001');
const demo = demoCoordinators(DEMO_COORDINATORS);

describe('seeding the demo data', () => {
  let inserted = 0;
  beforeAll(async () => {
    ({ inserted } = await seedDemoData(service.databaseUrl));
  }, 60_000);

  it('fills an empty database once', async () => {
    expect(inserted).toBe(DEMO_COORDINATORS);
    expect(await seedDemoData(service.databaseUrl)).toEqual({ inserted: 0, total: DEMO_COORDINATORS });
  });

  it('lists the seeded coordinators through the directory filters', async () => {
    const total = async (caller: typeof admin, filter: Record<string, unknown>) =>
      (await service.ok(caller, SEARCH, { filter, first: 1 })).coordinators.totalCount;
    const listed = demo.filter((c) => effectiveStatus({ certificationStatus: c.certificationStatus!, validUntil: c.validUntil }) === 'ACTIVE');
    expect(listed.length).toBeLessThan(DEMO_COORDINATORS);

    expect(await total(admin, {})).toBe(DEMO_COORDINATORS);
    expect(await total(viewer, {})).toBe(listed.length);
    expect(await total(viewer, { prefectureCodes: ['13'] })).toBe(listed.filter((c) => c.prefectureCodes.includes('13')).length);
    expect(await total(admin, { prefectureCodes: ['09'], fields: ['MEDICAL'] })).toBe(
      demo.filter((c) => c.prefectureCodes.includes('09') && c.expertiseFields.includes('MEDICAL')).length,
    );
    expect(await total(viewer, { languages: ['pt'] })).toBe(listed.filter((c) => c.languageCodes.includes('pt')).length);
  });
});
