import { randomUUID } from 'node:crypto';
import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyEvents, erasureEvent, errorCodes, mentionsIn } from '@portal/platform/testing';
import { applyOwnErasure } from '../src/erasure';
import { admin, coordinator, REGISTER, SEARCH, useCoordinatorsService } from './helpers';

const service = useCoordinatorsService();
let sql: postgres.Sql;
beforeAll(() => {
  sql = postgres(service.databaseUrl, { max: 1, onnotice: () => {} });
});
afterAll(() => sql.end());

const REQUEST = 'mutation { requestMyErasure { requestedAt coordinator { id name } } }';
const REQUESTS = '{ erasureRequests { requestedAt coordinator { id name contact { email phone } } } }';
const ERASE = 'mutation($id: ID!) { eraseCoordinator(id: $id) { coordinatorId erasedAt } }';
const ME = '{ me { id name } }';

const outbox = () => sql<{ type: string; aggregate_id: string; data: Record<string, unknown> }[]>`select type, aggregate_id, data from outbox order by seq`;

/** Registers a coordinator with distinctive personal data and returns their id. */
async function register(accountId: string, name: string, email: string, phone: string): Promise<string> {
  const { registerCoordinator } = await service.ok(admin, REGISTER, {
    input: { accountId, name, cohortYear: 2025, email, phone, activityRegions: [{ prefectureCode: '09' }], expertiseFields: ['MEDICAL'] },
  });
  return registerCoordinator.id;
}

const mentions = (...texts: string[]) => mentionsIn(service.databaseUrl, texts);

describe('a coordinator asks to be erased', () => {
  const member = coordinator('idp|asks-erasure');
  let id = '';

  beforeAll(async () => {
    id = await register(member.sub, '依頼 花子', 'irai@example.jp', '090-1111-2222');
  });

  it('records the request, which agency admins see with the coordinator; asking again keeps the first', async () => {
    const first = (await service.ok(member, REQUEST)).requestMyErasure;
    expect(first.coordinator).toEqual({ id, name: '依頼 花子' });
    const again = (await service.ok(member, REQUEST)).requestMyErasure;
    expect(again).toEqual(first);
    expect((await service.ok(admin, REQUESTS)).erasureRequests).toEqual([
      { requestedAt: first.requestedAt, coordinator: { id, name: '依頼 花子', contact: { email: 'irai@example.jp', phone: '090-1111-2222' } } },
    ]);
  });

  it('asked twice at the same moment, keeps one request', async () => {
    const twice = coordinator('idp|asks-twice');
    const id = await register(twice.sub, '二重 依頼', 'nijuu@example.jp', '090-3333-4444');
    const results = await Promise.all([service.ok(twice, REQUEST), service.ok(twice, REQUEST)]);
    expect(results[0]).toEqual(results[1]);
    const requests = (await service.ok(admin, REQUESTS)).erasureRequests.map((r: { coordinator: { id: string } }) => r.coordinator.id);
    expect(requests.filter((requested: string) => requested === id)).toHaveLength(1);
    await service.ok(admin, ERASE, { id });
  });

  it('is NOT_FOUND for a caller without a profile', async () => {
    expect(errorCodes(await service.run(coordinator('idp|no-profile'), REQUEST))).toEqual(['NOT_FOUND']);
  });

  it('is done when an admin erases them: the request leaves the list', async () => {
    await service.ok(admin, ERASE, { id });
    expect((await service.ok(admin, REQUESTS)).erasureRequests).toEqual([]);
    expect(errorCodes(await service.run(member, REQUEST))).toEqual(['NOT_FOUND']);
  });
});

describe('an agency admin erases a coordinator', () => {
  const erased = coordinator('idp|to-be-erased');
  const other = coordinator('idp|stays');
  let erasedId = '';
  let otherId = '';

  beforeAll(async () => {
    erasedId = await register(erased.sub, '消去 太郎', 'shokyo@example.jp', '090-9876-5432');
    otherId = await register(other.sub, '残留 次郎', 'zanryu@example.jp', '090-1234-0000');
    await service.ok(erased, 'mutation { updateMyProfile(input: { nameKana: "ショウキョ タロウ", bio: "医療通訳の経験があります" }) { id } }');
    await service.ok(erased, REQUEST);
  });

  it('deletes the profile and contacts: nothing in the database holds their account, name, e-mail or phone', async () => {
    expect(await mentions('shokyo@example.jp')).not.toEqual([]);
    const { eraseCoordinator } = await service.ok(admin, ERASE, { id: erasedId });
    expect(eraseCoordinator.coordinatorId).toBe(erasedId);
    expect(Date.now() - Date.parse(eraseCoordinator.erasedAt)).toBeLessThan(60_000);

    expect(await mentions('消去 太郎', 'ショウキョ タロウ', 'shokyo@example.jp', '090-9876-5432', '医療通訳の経験があります')).toEqual([]);
    // The account id is left only in the erasure event, until the stream has it.
    expect(await mentions(erased.sub)).toEqual([{ table: 'public.outbox', text: erased.sub, rows: 1 }]);
    // Another member's address stays, in their profile and in the event that gives it to notifications.
    expect(await mentions('zanryu@example.jp')).toEqual([
      { table: 'public.coordinators', text: 'zanryu@example.jp', rows: 1 },
      { table: 'public.outbox', text: 'zanryu@example.jp', rows: 1 },
    ]);
  });

  it('leaves coordinator.erased with ids only as the only event of theirs in the outbox', async () => {
    const events = await outbox();
    expect(events.filter((e) => e.aggregate_id === erasedId)).toEqual([
      { type: 'coordinator.erased', aggregate_id: erasedId, data: { coordinatorId: erasedId, accountId: erased.sub } },
    ]);
    expect(events.filter((e) => e.aggregate_id === otherId).map((e) => e.type)).toEqual(['coordinator.registered', 'notification_address.changed']);
  });

  it('the erased member finds no profile: me is null and their own changes are NOT_FOUND', async () => {
    expect(await service.ok(erased, ME)).toEqual({ me: null });
    expect(errorCodes(await service.run(erased, 'mutation { updateMyProfile(input: { bio: "戻りました" }) { id } }'))).toEqual(['NOT_FOUND']);
    expect(await service.ok(other, ME)).toEqual({ me: { id: otherId, name: '残留 次郎' } });
  });

  it('nobody finds them in the directory, by id or by search', async () => {
    expect(await service.ok(admin, 'query($id: ID!) { coordinator(id: $id) { id } }', { id: erasedId })).toEqual({ coordinator: null });
    const found = await service.ok(admin, SEARCH, { filter: { prefectureCodes: ['09'] } });
    expect(found.coordinators.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual([otherId]);
    expect(found.coordinators.totalCount).toBe(1);
    const entity = await service.ok(admin, 'query($r: [_Any!]!) { _entities(representations: $r) { ... on Coordinator { id } } }', {
      r: [{ __typename: 'Coordinator', accountId: erased.sub }, { __typename: 'Coordinator', id: erasedId }],
    });
    expect(entity).toEqual({ _entities: [null, null] });
  });

  it('is NOT_FOUND a second time and for an unknown id; a malformed id is BAD_USER_INPUT', async () => {
    expect(errorCodes(await service.run(admin, ERASE, { id: erasedId }))).toEqual(['NOT_FOUND']);
    expect(errorCodes(await service.run(admin, ERASE, { id: randomUUID() }))).toEqual(['NOT_FOUND']);
    for (const id of ['not-a-uuid', `${otherId}\u0000`, 'x'.repeat(10_000)]) {
      expect(errorCodes(await service.run(admin, ERASE, { id }))).toEqual(['BAD_USER_INPUT']);
    }
    expect((await outbox()).filter((e) => e.aggregate_id === erasedId).map((e) => e.type)).toEqual(['coordinator.erased']);
  });

  it('two admins erasing the same coordinator at once: one erases, the other gets NOT_FOUND, one event', async () => {
    const id = await register('idp|raced', '競合 三郎', 'kyogo@example.jp', '090-5555-6666');
    const results = await Promise.all([service.run(admin, ERASE, { id }), service.run(admin, ERASE, { id })]);
    expect(results.map(errorCodes).sort()).toEqual([[], ['NOT_FOUND']]);
    expect((await outbox()).filter((e) => e.aggregate_id === id).map((e) => e.type)).toEqual(['coordinator.erased']);
  });
});

describe('the directory’s consumer of its own erasure events', () => {
  it('deletes the erasure event from the outbox once it is back from the stream, however often it comes', async () => {
    const id = await register('idp|published-erasure', '公開 四郎', 'kokai@example.jp', '090-7777-8888');
    await service.ok(admin, ERASE, { id });
    const before = (await outbox()).filter((e) => e.aggregate_id !== id);
    const event = erasureEvent({ coordinatorId: id, accountId: 'idp|published-erasure' });
    await applyEvents(service.databaseUrl, applyOwnErasure, event, event);
    expect(await outbox()).toEqual(before);
    expect(await mentions('idp|published-erasure')).toEqual([]);
  });
});
