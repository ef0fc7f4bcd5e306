import postgres from 'postgres';
import { beforeAll, describe, expect, it } from 'vitest';
import { filingDeadline, quarterStart, screenForPersonalData, todayInJapan } from '@portal/platform';
import { DEMO_QUARTERS } from '../src/demo/activity-reports';
import { fileActivityReportInput } from '../src/inputs';
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

  it('schedules the follow-up training sessions and records attendance, some of those in grace ready for renewal', async () => {
    const sessions = (await service.ok(viewer, '{ trainingSessions { heldOn format } }')).trainingSessions;
    expect(sessions.map((s: { heldOn: string }) => s.heldOn)).toEqual(['2025-11-15', '2026-02-20', '2026-06-10', '2026-10-05', '2027-02-10', '2027-05-20']);
    const allInGrace = demo.map((c, i) => ({ ...c, n: i + 1 })).filter((c) => c.cohortYear === 2023 && c.certificationStatus === 'ACTIVE');
    expect(allInGrace.map((c) => c.n)).toEqual([112, 136, 190, 218, 263, 340, 343, 536, 575, 679, 733, 1129, 1332, 1363, 1375, 1396]);
    // Those the README names.
    const inGrace = allInGrace.filter((c) => c.n <= 320);
    const renewal = async (n: number) =>
      (await service.ok(coordinator(`demo|c-${String(n).padStart(4, '0')}`), '{ me { certification { status renewal { eligible } } trainingHistory { completed } } }')).me;
    const states = await Promise.all(inGrace.map((c) => renewal(c.n)));
    expect(states.every((s) => s.certification.status === 'EXPIRED')).toBe(true);
    expect(inGrace.map((c) => c.n)).toEqual([112, 136, 190, 218, 263]);
    expect(states.map((s) => s.certification.renewal.eligible)).toEqual([true, true, false, false, false]);
    expect(states.map((s) => s.trainingHistory)).toEqual([[{ completed: true }], [{ completed: true }], [{ completed: false }], [{ completed: false }], []]);
  });
});

describe('demo activity reports', () => {
  const sql = () => postgres(service.databaseUrl, { max: 1, onnotice: () => {} });

  it('two closed quarters, filed before their deadlines by those active then, each valid input with a note that passes the screen, announced as of their day', async () => {
    const db = sql();
    try {
      const reports = await db<{ account_id: string; quarter: string; consultations: unknown; languages: unknown; prefecture_codes: string[]; referrals_to_partners: number; referrals_to_coordinators: number; note: string | null; filed_at: Date }[]>`
        select c.account_id, r.quarter, r.consultations, r.languages, r.prefecture_codes, r.referrals_to_partners, r.referrals_to_coordinators, r.note, r.filed_at
        from activity_reports r join coordinators c on c.id = r.coordinator_id`;
      const byQuarter = (q: string) => reports.filter((r) => r.quarter === q);
      expect(DEMO_QUARTERS.map((q) => byQuarter(q).length)).toEqual([924, 924]);
      expect(new Set(reports.map((r) => r.quarter))).toEqual(new Set(DEMO_QUARTERS));
      for (const r of reports) {
        expect(todayInJapan(r.filed_at) <= filingDeadline(r.quarter) && todayInJapan(r.filed_at) >= quarterStart(r.quarter)).toBe(true);
        const input = { quarter: r.quarter, prefectureCodes: r.prefecture_codes, consultations: r.consultations, languages: r.languages, referralsToPartners: r.referrals_to_partners, referralsToCoordinators: r.referrals_to_coordinators, note: r.note };
        expect(fileActivityReportInput.safeParse(input).success).toBe(true);
        expect(screenForPersonalData({ note: r.note ?? '' })).toEqual([]);
      }
      const events = await db<{ type: string; occurred_at: Date }[]>`select type, occurred_at from outbox where type = 'activity_report.filed'`;
      expect(events).toHaveLength(reports.length);
      expect(events.every((e) => e.occurred_at < new Date(`${filingDeadline(DEMO_QUARTERS[1])}T15:00:00Z`))).toBe(true);
    } finally {
      await db.end();
    }
  });
});
