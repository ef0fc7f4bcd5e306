import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { filingDeadline, quarterOf, shiftQuarter, todayInJapan } from '@portal/platform';
import { describeUnsafeInputs, errorCodes } from '@portal/platform/testing';
import { admin, analyst, coordinator, REGISTER, useCoordinatorsService } from './helpers';

const service = useCoordinatorsService();
const current = quarterOf(todayInJapan());
let sql: postgres.Sql;

beforeAll(() => {
  sql = postgres(service.databaseUrl, { max: 1, onnotice: () => {} });
});
afterAll(() => sql.end());
beforeAll(() => register('idp|ar-invalid'));

const FILE = /* GraphQL */ `
  mutation FileActivityReport($input: FileActivityReportInput!) {
    fileActivityReport(input: $input) {
      id quarter deadline prefectureCodes consultations { field count } languages { language count }
      referralsToPartners referralsToCoordinators note
    }
  }
`;
const MINE = '{ myActivityReports { id quarter consultations { field count } languages { language count } referralsToPartners note } }';
const FILING = 'query($q: String!) { activityReportFiling(quarter: $q) { quarter deadline due filed missing { id } } }';

const report = (overrides: Record<string, unknown> = {}) => ({
  quarter: current,
  prefectureCodes: ['09', '13'],
  consultations: [{ field: 'MEDICAL', count: 12 }, { field: 'RESIDENCE', count: 4 }, { field: 'TAX', count: 0 }],
  languages: [{ language: 'vi', count: 9 }, { language: 'pt-BR', count: 7 }],
  referralsToPartners: 3,
  referralsToCoordinators: 1,
  note: '医療通訳の依頼が増えた',
  ...overrides,
});

async function register(accountId: string, prefectureCode = '09') {
  const data = await service.ok(admin, REGISTER, { input: { accountId, name: '報告 花子', cohortYear: 2025, activityRegions: [{ prefectureCode }] } });
  return data.registerCoordinator.id as string;
}

const outboxOf = (types: string[]) =>
  sql<{ type: string; aggregate_id: string; data: Record<string, unknown> }[]>`select type, aggregate_id, data from outbox where type = any(${types}) order by seq`;

describe('filing a quarterly activity report', () => {
  it('files the current quarter: counts kept without zeros, pt-BR counted as pt, the deadline the last day of the month after the quarter', async () => {
    const id = await register('idp|ar-filer');
    const filed = (await service.ok(coordinator('idp|ar-filer'), FILE, { input: report() })).fileActivityReport;
    expect(filed).toEqual({
      id: expect.any(String),
      quarter: current,
      deadline: filingDeadline(current),
      prefectureCodes: ['09', '13'],
      consultations: [{ field: 'MEDICAL', count: 12 }, { field: 'RESIDENCE', count: 4 }],
      languages: [{ language: 'vi', count: 9 }, { language: 'pt', count: 7 }],
      referralsToPartners: 3,
      referralsToCoordinators: 1,
      note: '医療通訳の依頼が増えた',
    });
    const events = await outboxOf(['activity_report.filed', 'activity_report.submitted']);
    const [pseudonym] = await sql<{ contributor_id: string }[]>`select contributor_id from contributor_pseudonyms where account_id = 'idp|ar-filer'`;
    expect(events).toEqual([
      {
        type: 'activity_report.filed',
        aggregate_id: filed.id,
        data: {
          reportId: filed.id,
          contributorId: pseudonym!.contributor_id,
          quarter: current,
          prefectureCodes: ['09', '13'],
          consultations: [{ field: 'MEDICAL', count: 12 }, { field: 'RESIDENCE', count: 4 }],
          languages: [{ language: 'vi', count: 9 }, { language: 'pt', count: 7 }],
          referralsToPartners: 3,
          referralsToCoordinators: 1,
        },
      },
      { type: 'activity_report.submitted', aggregate_id: id, data: { accountId: 'idp|ar-filer', quarter: current } },
    ]);
    // The counts travel under the pseudonym, never the account; the note never travels.
    expect(JSON.stringify(events[0])).not.toMatch(/idp\|ar-filer|医療通訳/);
  });

  it('filing again before the deadline corrects the same report, and reporting gets it again under the same id', async () => {
    await register('idp|ar-corrector');
    const caller = coordinator('idp|ar-corrector');
    const first = (await service.ok(caller, FILE, { input: report() })).fileActivityReport;
    const second = (await service.ok(caller, FILE, { input: report({ consultations: [{ field: 'EDUCATION', count: 2 }], note: null }) })).fileActivityReport;
    expect(second.id).toBe(first.id);
    expect((await service.ok(caller, MINE)).myActivityReports).toEqual([
      { id: first.id, quarter: current, consultations: [{ field: 'EDUCATION', count: 2 }], languages: [{ language: 'vi', count: 9 }, { language: 'pt', count: 7 }], referralsToPartners: 3, note: null },
    ]);
    const filed = (await outboxOf(['activity_report.filed'])).filter((e) => e.aggregate_id === first.id);
    expect(filed.map((e) => e.data.consultations)).toEqual([[{ field: 'MEDICAL', count: 12 }, { field: 'RESIDENCE', count: 4 }], [{ field: 'EDUCATION', count: 2 }]]);
  });

  it('two filings of the same quarter at once leave one report, the one written last, and its event last', async () => {
    await register('idp|ar-racer');
    const caller = coordinator('idp|ar-racer');
    const results = await Promise.all([1, 2, 3, 4].map((n) => service.run(caller, FILE, { input: report({ referralsToPartners: n }) })));
    expect(results.map((r) => r.errors)).toEqual([undefined, undefined, undefined, undefined]);
    const ids = new Set(results.map((r) => r.data!.fileActivityReport.id));
    expect(ids.size).toBe(1);
    const [row] = await sql<{ referrals_to_partners: number }[]>`select r.referrals_to_partners from activity_reports r join coordinators c on c.id = r.coordinator_id where c.account_id = 'idp|ar-racer'`;
    const events = (await outboxOf(['activity_report.filed'])).filter((e) => ids.has(e.aggregate_id));
    expect(events).toHaveLength(4);
    expect(events.at(-1)!.data.referralsToPartners).toBe(row!.referrals_to_partners);
    expect((await service.ok(caller, MINE)).myActivityReports).toHaveLength(1);
  });

  it('refuses a quarter that has not started, one whose deadline passed, and a malformed one, naming input.quarter', async () => {
    await register('idp|ar-early');
    const caller = coordinator('idp|ar-early');
    const next = await service.run(caller, FILE, { input: report({ quarter: shiftQuarter(current, 1) }) });
    expect(next.errors?.map((e) => [e.extensions?.code, e.extensions?.field, e.message])).toEqual([['BAD_USER_INPUT', 'input.quarter', `input.quarter: ${shiftQuarter(current, 1)} has not started yet`]]);
    const old = shiftQuarter(current, -2);
    const late = await service.run(caller, FILE, { input: report({ quarter: old }) });
    expect(late.errors?.map((e) => [e.extensions?.code, e.message])).toEqual([['BAD_USER_INPUT', `input.quarter: ${old} could be filed until ${filingDeadline(old)}`]]);
    for (const quarter of ['2026-Q5', '2026Q3', '26-Q1', '']) {
      const bad = await service.run(caller, FILE, { input: report({ quarter }) });
      expect(bad.errors?.map((e) => [e.extensions?.code, e.extensions?.field])).toEqual([['BAD_USER_INPUT', 'input.quarter']]);
    }
    expect((await service.ok(caller, MINE)).myActivityReports).toEqual([]);
  });

  it.each([
    ['a negative count', { consultations: [{ field: 'MEDICAL', count: -1 }] }, 'input.consultations.0.count'],
    ['a count over 5000', { languages: [{ language: 'vi', count: 5001 }] }, 'input.languages.0.count'],
    ['referrals over 5000', { referralsToCoordinators: 5001 }, 'input.referralsToCoordinators'],
    ['a field twice', { consultations: [{ field: 'MEDICAL', count: 1 }, { field: 'MEDICAL', count: 2 }] }, 'input.consultations'],
    ['a language twice, once by its region', { languages: [{ language: 'pt', count: 1 }, { language: 'pt-BR', count: 2 }] }, 'input.languages'],
    ['an unknown language', { languages: [{ language: 'qqq', count: 1 }] }, 'input.languages.0.language'],
    ['no prefecture', { prefectureCodes: [] }, 'input.prefectureCodes'],
    ['an unknown prefecture', { prefectureCodes: ['48'] }, 'input.prefectureCodes.0'],
    ['a note over 200 characters', { note: 'あ'.repeat(201) }, 'input.note'],
  ])('refuses %s with BAD_USER_INPUT naming %s', async (_name, overrides, field) => {
    const res = await service.run(coordinator('idp|ar-invalid'), FILE, { input: report(overrides) });
    expect(res.errors?.map((e) => [e.extensions?.code, e.extensions?.field])).toEqual([['BAD_USER_INPUT', field]]);
    expect(await sql`select 1 from activity_reports r join coordinators c on c.id = r.coordinator_id where c.account_id = 'idp|ar-invalid'`).toHaveLength(0);
  });

  it('refuses a field outside the vocabulary and a count that is not a whole number before any resolver runs', async () => {
    await register('idp|ar-types');
    const caller = coordinator('idp|ar-types');
    expect(errorCodes(await service.run(caller, FILE, { input: report({ consultations: [{ field: 'ASTROLOGY', count: 1 }] }) }))).toEqual(['BAD_USER_INPUT']);
    expect(errorCodes(await service.run(caller, FILE, { input: report({ referralsToPartners: 1.5 }) }))).toEqual(['BAD_USER_INPUT']);
  });

  it('refuses a note with a resident\'s personal data, naming the finding, and keeps nothing', async () => {
    await register('idp|ar-pii');
    const res = await service.run(coordinator('idp|ar-pii'), FILE, { input: report({ note: '相談者の携帯は090-1234-5678です' }) });
    expect(res.errors?.map((e) => [e.extensions?.code, e.extensions?.field])).toEqual([['BAD_USER_INPUT', 'input.note']]);
    expect(res.errors![0]!.message).toMatch(/PHONE_NUMBER/);
    expect(await outboxOf(['activity_report.submitted']).then((rows) => rows.filter((r) => r.data.accountId === 'idp|ar-pii'))).toEqual([]);
  });

  it('a caller without a profile gets NOT_FOUND', async () => {
    expect(errorCodes(await service.run(coordinator('idp|ar-nobody'), FILE, { input: report() }))).toEqual(['NOT_FOUND']);
    expect(errorCodes(await service.run(coordinator('idp|ar-nobody'), MINE))).toEqual(['NOT_FOUND']);
  });
});

describeUnsafeInputs(service.run, [
  { name: 'the note', field: 'input.note', caller: coordinator('idp|ar-filer'), operation: (value) => [FILE, { input: report({ note: value }) }] },
  { name: 'a language', field: 'input.languages.0.language', caller: coordinator('idp|ar-filer'), operation: (value) => [FILE, { input: report({ languages: [{ language: value, count: 1 }] }) }] },
  { name: 'the quarter filed', field: 'input.quarter', caller: coordinator('idp|ar-filer'), operation: (value) => [FILE, { input: report({ quarter: value }) }] },
  { name: 'the quarter', field: 'quarter', caller: admin, operation: (value) => [FILING, { q: value }] },
]);

describe('who has filed', () => {
  it('counts the members a quarter is due from and those who filed; the agency sees who has not, analysts only the counts', async () => {
    const quarter = current;
    const before = (await service.ok(admin, FILING, { q: quarter })).activityReportFiling;
    const late = await register('idp|ar-late');
    await register('idp|ar-punctual');
    await service.ok(coordinator('idp|ar-punctual'), FILE, { input: report() });
    const suspended = await register('idp|ar-suspended');
    await service.ok(admin, 'mutation($id: ID!) { setCertificationStatus(id: $id, status: SUSPENDED) { id } }', { id: suspended });
    const after = (await service.ok(admin, FILING, { q: quarter })).activityReportFiling;
    expect(after).toEqual({ quarter, deadline: filingDeadline(quarter), due: before.due + 2, filed: before.filed + 1, missing: expect.any(Array) });
    expect(after.missing.map((m: { id: string }) => m.id)).toContain(late);
    expect(after.missing.map((m: { id: string }) => m.id)).not.toContain(suspended);
    expect(after.missing).toHaveLength(after.due - after.filed);
    const seenByAnalyst = (await service.ok(analyst, FILING, { q: quarter })).activityReportFiling;
    expect(seenByAnalyst).toEqual({ ...after, missing: null });
    expect(errorCodes(await service.run(admin, 'query($q: String!) { activityReportFiling(quarter: $q) { missing(first: -1) { id } } }', { q: quarter }))).toEqual(['BAD_USER_INPUT']);
  });
});

describe('erasure', () => {
  it('deletes the member\'s reports and forgets their pseudonym', async () => {
    const id = await register('idp|ar-erased');
    await service.ok(coordinator('idp|ar-erased'), FILE, { input: report() });
    await service.ok(admin, 'mutation($id: ID!) { eraseCoordinator(id: $id) { coordinatorId } }', { id });
    expect(await sql`select 1 from activity_reports where coordinator_id = ${id}`).toHaveLength(0);
    expect(await sql`select 1 from contributor_pseudonyms where account_id = 'idp|ar-erased'`).toHaveLength(0);
    expect((await outboxOf(['activity_report.submitted'])).filter((e) => e.data.accountId === 'idp|ar-erased')).toEqual([]);
  });
});
