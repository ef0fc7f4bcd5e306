import { afterAll, describe, expect, it } from 'vitest';
import { connectDatabase } from '@portal/platform';
import * as schema from '../src/db/schema';
import { createStore } from '../src/store';
import { admin, coordinator, REGISTER, SEARCH, UPDATE_PROFILE, useCoordinatorsService } from './helpers';

// A total for no filter or a single filter value is the sum of maintained counts: it must
// stay exactly the count of the matching rows after every kind of write, concurrent ones too.
const service = useCoordinatorsService();
const viewer = coordinator('idp|viewer');
const SET_STATUS = 'mutation($id: ID!, $status: CertificationStatus!) { setCertificationStatus(id: $id, status: $status) { id } }';
const ERASE = 'mutation($id: ID!) { eraseCoordinator(id: $id) { coordinatorId } }';

let database: ReturnType<typeof connectDatabase<typeof schema>> | undefined;
afterAll(() => database?.close());

async function total(caller: typeof viewer, filter: Record<string, unknown>): Promise<number> {
  const res: any = await service.run(caller, SEARCH, { filter, first: 1 });
  expect(res.errors).toBeUndefined();
  return res.data.coordinators.totalCount;
}

/** The totals a member and an agency admin see for Tokyo, Kanagawa, MEDICAL, pt and no filter (`seen` writes them). */
async function totals() {
  const filters = { tokyo: { prefectureCodes: ['13'] }, kanagawa: { prefectureCodes: ['14'] }, medical: { fields: ['MEDICAL'] }, pt: { languages: ['pt'] }, all: {} };
  const entries = await Promise.all(
    Object.entries(filters).map(async ([name, filter]) => [name, { member: await total(viewer, filter), admin: await total(admin, filter) }] as const),
  );
  return Object.fromEntries(entries);
}

type Pair = [member: number, admin: number];
const seen = (...[tokyo, kanagawa, medical, pt, all]: [Pair, Pair, Pair, Pair, Pair]) =>
  Object.fromEntries(Object.entries({ tokyo, kanagawa, medical, pt, all }).map(([name, [member, admin]]) => [name, { member, admin }]));

async function register(accountId: string, prefectureCode: string, extra: Record<string, unknown> = {}): Promise<string> {
  const data: any = await service.ok(admin, REGISTER, {
    input: { accountId, name: `名前 ${accountId}`, nameKana: 'ナマエ', cohortYear: 2025, activityRegions: [{ prefectureCode }], ...extra },
  });
  return data.registerCoordinator.id;
}

describe('maintained directory totals', () => {
  const ids: Record<string, string> = {};

  it('counts registrations, including a coordinator listed under two prefectures once per prefecture and once in all', async () => {
    ids.a = await register('idp|a', '13', { expertiseFields: ['MEDICAL'], languages: [{ code: 'pt-BR', level: 'NATIVE' }] });
    ids.b = await register('idp|b', '13', { activityRegions: [{ prefectureCode: '13' }, { prefectureCode: '13', municipality: '新宿区' }, { prefectureCode: '14' }] });
    expect(await totals()).toEqual(seen([2, 2], [1, 1], [1, 1], [1, 1], [2, 2]));
  });

  it('sums counts for a single value and counts rows for combined values, with the same answers', async () => {
    const summed = await service.countStatements(() => total(viewer, { prefectureCodes: ['13'] }));
    expect(summed.join('\n')).toContain('coordinator_listing_counts');
    const counted = await service.countStatements(() => total(viewer, { prefectureCodes: ['13', '14'] }));
    expect(counted.join('\n')).not.toContain('coordinator_listing_counts');
    expect(await total(viewer, { prefectureCodes: ['13', '14'] })).toBe(2);
    expect(await total(viewer, { prefectureCodes: ['13', '13'] })).toBe(2);
  });

  it('follows regions, fields and languages moving, and ignores an edit that changes none', async () => {
    await service.ok(coordinator('idp|a'), UPDATE_PROFILE, {
      input: { activityRegions: [{ prefectureCode: '14' }], expertiseFields: ['HOUSING'], languages: [{ code: 'vi', level: 'FLUENT' }] },
    });
    await service.ok(coordinator('idp|b'), UPDATE_PROFILE, { input: { bio: '医療通訳をしています' } });
    expect(await totals()).toEqual(seen([1, 1], [2, 2], [0, 0], [0, 0], [2, 2]));
  });

  it('follows certification changes: members count ACTIVE only, admins every status', async () => {
    await service.ok(admin, SET_STATUS, { id: ids.b, status: 'SUSPENDED' });
    expect(await totals()).toMatchObject({ tokyo: { member: 0, admin: 1 }, kanagawa: { member: 1, admin: 2 }, all: { member: 1, admin: 2 } });
    await service.ok(admin, SET_STATUS, { id: ids.b, status: 'REVOKED' });
    expect(await totals()).toMatchObject({ tokyo: { member: 0, admin: 1 }, all: { member: 1, admin: 2 } });
    await service.ok(admin, SET_STATUS, { id: ids.b, status: 'ACTIVE' });
    expect(await totals()).toMatchObject({ tokyo: { member: 1, admin: 1 }, kanagawa: { member: 2, admin: 2 }, all: { member: 2, admin: 2 } });
  });

  it('leaves a certification past its validity out of members\' totals without any write on the day it lapses', async () => {
    database = connectDatabase({ url: service.databaseUrl, schema, poolSize: 1 });
    const [row] = await createStore(database.db).insertMany([
      {
        accountId: 'idp|lapsed',
        name: '期限 切れ',
        nameKana: 'キゲン',
        bio: null,
        activityRegions: [{ prefectureCode: '13', municipality: null }],
        expertiseFields: ['MEDICAL'],
        languages: [],
        qualifications: [],
        workplaceName: null,
        workplacePrefectureCode: null,
        email: null,
        phone: null,
        contactVisibility: 'MEMBERS',
        cohortYear: 2020,
        certificationStatus: 'ACTIVE',
        issuedAt: new Date('2020-04-01T00:00:00Z'),
        validUntil: '2023-03-31',
        prefectureCodes: ['13'],
        languageCodes: [],
        sortKey: 'きげん',
        searchText: '期限 切れ',
        searchGrams: [],
      },
    ]);
    ids.lapsed = row!.id;
    expect(await totals()).toMatchObject({ tokyo: { member: 1, admin: 2 }, medical: { member: 0, admin: 1 }, all: { member: 2, admin: 3 } });
  });

  it('drops an erased coordinator from every total', async () => {
    await service.ok(admin, ERASE, { id: ids.lapsed });
    await service.ok(admin, ERASE, { id: ids.a });
    expect(await totals()).toEqual(seen([1, 1], [1, 1], [0, 0], [0, 0], [1, 1]));
  });

  it('stays exact under concurrent registrations, moves and status changes sharing the same counts', async () => {
    const accounts = Array.from({ length: 12 }, (_, i) => `idp|c${i}`);
    const registered = await Promise.all(accounts.map((account, i) => register(account, i % 2 ? '13' : '14', { expertiseFields: ['MEDICAL'] })));
    await Promise.all([
      ...accounts.slice(0, 6).map((account) => service.ok(coordinator(account), UPDATE_PROFILE, { input: { activityRegions: [{ prefectureCode: '13' }, { prefectureCode: '14' }] } })),
      ...registered.slice(6, 9).map((id) => service.ok(admin, SET_STATUS, { id, status: 'SUSPENDED' })),
      ...accounts.slice(6).map((account) => service.ok(coordinator(account), UPDATE_PROFILE, { input: { expertiseFields: ['HOUSING'] } })),
    ]);
    // c0–c5 in both prefectures; c6–c11 where they registered (odd: Tokyo), c6–c8 suspended.
    // Besides them: b in Tokyo and Kanagawa.
    expect(await totals()).toEqual(seen([1 + 6 + 2, 1 + 6 + 3], [1 + 6 + 1, 1 + 6 + 3], [6, 6], [0, 0], [1 + 12 - 3, 1 + 12]));
  });
});
