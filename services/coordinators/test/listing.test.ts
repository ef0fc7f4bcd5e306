import { describe, expect, it } from 'vitest';
import { admin, coordinator, REGISTER, SEARCH, UPDATE_PROFILE, useCoordinatorsService } from './helpers';

// The directory filters, sorts and counts on a copy of the filter columns: every write of a
// profile or a certification must show in the next search, on both the page and its total.
const service = useCoordinatorsService();
const viewer = coordinator('idp|viewer');
const mover = coordinator('idp|mover');
const SET_STATUS = 'mutation($id: ID!, $status: CertificationStatus!) { setCertificationStatus(id: $id, status: $status) { id } }';

async function search(caller: typeof viewer, filter: Record<string, unknown>) {
  const res: any = await service.run(caller, SEARCH, { filter });
  expect(res.errors).toBeUndefined();
  return { names: res.data.coordinators.edges.map((e: any) => e.node.name), total: res.data.coordinators.totalCount };
}

describe('the directory after each write', () => {
  let moverId = '';

  it('lists a registration under its prefecture, fields and languages', async () => {
    const res = await service.run(admin, REGISTER, {
      input: {
        accountId: mover.sub,
        name: '山田 花子',
        nameKana: 'ヤマダ ハナコ',
        cohortYear: 2025,
        activityRegions: [{ prefectureCode: '13' }],
        expertiseFields: ['MEDICAL'],
        languages: [{ code: 'vi', level: 'FLUENT' }],
      },
    });
    moverId = res.data!.registerCoordinator.id;
    await service.run(admin, REGISTER, {
      input: { accountId: 'idp|stayer', name: '加藤 一郎', nameKana: 'カトウ イチロウ', cohortYear: 2025, activityRegions: [{ prefectureCode: '13' }, { prefectureCode: '14' }] },
    });

    expect(await search(viewer, { prefectureCodes: ['13'] })).toEqual({ names: ['加藤 一郎', '山田 花子'], total: 2 });
    expect(await search(viewer, { prefectureCodes: ['14'] })).toEqual({ names: ['加藤 一郎'], total: 1 });
    expect(await search(viewer, { fields: ['MEDICAL'], languages: ['vi'] })).toEqual({ names: ['山田 花子'], total: 1 });
  });

  it('follows a profile moving to another prefecture, fields, languages and name', async () => {
    const res = await service.run(mover, UPDATE_PROFILE, {
      input: {
        name: '青木 花子',
        nameKana: 'アオキ ハナコ',
        activityRegions: [{ prefectureCode: '14' }],
        expertiseFields: ['HOUSING'],
        languages: [{ code: 'pt-BR', level: 'NATIVE' }],
      },
    });
    expect(res.errors).toBeUndefined();

    expect(await search(viewer, { prefectureCodes: ['13'] })).toEqual({ names: ['加藤 一郎'], total: 1 });
    // The new kana sorts the moved coordinator first.
    expect(await search(viewer, { prefectureCodes: ['14'] })).toEqual({ names: ['青木 花子', '加藤 一郎'], total: 2 });
    expect(await search(viewer, { fields: ['MEDICAL'] })).toEqual({ names: [], total: 0 });
    expect(await search(viewer, { languages: ['vi'] })).toEqual({ names: [], total: 0 });
    expect(await search(viewer, { fields: ['HOUSING'], languages: ['pt'] })).toEqual({ names: ['青木 花子'], total: 1 });
    expect(await search(viewer, { prefectureCodes: ['14'], text: 'アオキ' })).toEqual({ names: ['青木 花子'], total: 1 });
    expect(await search(viewer, { prefectureCodes: ['13'], text: 'アオキ' })).toEqual({ names: [], total: 0 });
  });

  it('hides a suspended coordinator from members, pages and totals, until reinstated', async () => {
    await service.run(admin, SET_STATUS, { id: moverId, status: 'SUSPENDED' });
    expect(await search(viewer, { prefectureCodes: ['14'] })).toEqual({ names: ['加藤 一郎'], total: 1 });
    expect(await search(viewer, { prefectureCodes: ['14'], text: 'アオキ' })).toEqual({ names: [], total: 0 });
    expect(await search(viewer, {})).toEqual({ names: ['加藤 一郎'], total: 1 });
    expect(await search(admin, { prefectureCodes: ['14'] })).toEqual({ names: ['青木 花子', '加藤 一郎'], total: 2 });

    await service.run(admin, SET_STATUS, { id: moverId, status: 'ACTIVE' });
    expect(await search(viewer, { prefectureCodes: ['14'] })).toEqual({ names: ['青木 花子', '加藤 一郎'], total: 2 });
    expect(await search(viewer, { prefectureCodes: ['14'], text: 'アオキ' })).toEqual({ names: ['青木 花子'], total: 1 });
  });

  it('counts an empty page past the end from the same filters', async () => {
    const first: any = await service.run(viewer, SEARCH, { first: 2, filter: { prefectureCodes: ['14'] } });
    const next: any = await service.run(viewer, SEARCH, { first: 2, filter: { prefectureCodes: ['14'] }, after: first.data.coordinators.pageInfo.endCursor });
    expect(next.data.coordinators).toMatchObject({ totalCount: 2, edges: [] });
    await service.run(admin, SET_STATUS, { id: moverId, status: 'REVOKED' });
    const revoked: any = await service.run(viewer, SEARCH, { first: 2, filter: { prefectureCodes: ['14'] }, after: first.data.coordinators.pageInfo.endCursor });
    expect(revoked.data.coordinators).toMatchObject({ totalCount: 1, edges: [] });
  });
});
