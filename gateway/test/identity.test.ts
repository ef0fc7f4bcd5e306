import { beforeAll, describe, expect, it } from 'vitest';
import { buildService, IDENTITY_HEADER, signIdentity } from '@portal/platform';
import { TEST_IDENTITY_SECRET } from '@portal/platform/testing';
import { service as partners } from '../../services/partners/src/service';
import { useGateway } from './helpers';

// Coordinators and partners for real, each behind a proxy that records the identity
// headers the gateway sends them.
const gateway = useGateway({}, { subgraphs: [{ name: partners.name, build: (options) => buildService(partners, options) }], recordIdentities: true });

const admin = { sub: 'idp|admin', roles: ['AGENCY_ADMIN'] as const };
const member = { sub: 'idp|c-0001', roles: ['COORDINATOR'] as const };
const codes = (body: any) => (body.errors ?? []).map((e: any) => e.extensions?.code);

async function send(caller: { sub: string; roles: readonly string[] }, query: string, variables?: Record<string, unknown>) {
  const response = await gateway.post({ query, variables }, { token: await gateway.token({ sub: caller.sub, roles: [...caller.roles] as never }) });
  expect(response.body.errors).toBeUndefined();
  return response.body.data;
}

/** Sends an operation straight to a subgraph with the given identity header. */
const direct = (subgraph: string, header: string, query: string) =>
  fetch(gateway.subgraphUrlOf(subgraph), { method: 'POST', headers: { 'content-type': 'application/json', [IDENTITY_HEADER]: header }, body: JSON.stringify({ query }) });

// Coordinators first, then partners' endorsedPartners for that coordinator: two subgraphs, two calls.
const MY_ENDORSEMENTS = '{ me { name endorsedPartners { name } } }';

beforeAll(async () => {
  await send(admin, 'mutation($input: RegisterCoordinatorInput!) { registerCoordinator(input: $input) { id } }', {
    input: { accountId: member.sub, name: '試験 花子', cohortYear: 2025, activityRegions: [{ prefectureCode: '09' }] },
  });
  const { proposePartner } = await send(member, 'mutation($input: ProposePartnerInput!) { proposePartner(input: $input) { id } }', {
    input: { name: '栃木県国際交流協会', fields: ['DAILY_LIFE'], serviceAreas: [{ prefectureCode: '09' }] },
  });
  await send(admin, 'mutation($id: ID!) { reviewPartner(id: $id, decision: APPROVE) { id } }', { id: proposePartner.id });
  await send(member, 'mutation($id: ID!) { endorsePartner(id: $id) { id } }', { id: proposePartner.id });
});

describe('identity headers between the gateway and subgraphs', () => {
  it('serves an operation spanning two subgraphs many times in a row, signing every subgraph call anew', async () => {
    gateway.identities.length = 0;
    for (let run = 0; run < 25; run++) {
      expect(await send(member, MY_ENDORSEMENTS)).toEqual({ me: { name: '試験 花子', endorsedPartners: [{ name: '栃木県国際交流協会' }] } });
    }
    expect(gateway.identities.map((i) => i.subgraph)).toEqual(Array.from({ length: 25 }, () => ['coordinators', 'partners']).flat());
    expect(new Set(gateway.identities.map((i) => i.header)).size).toBe(50);
  });

  it('refuses a header captured from the gateway when it is replayed with another operation', async () => {
    gateway.identities.length = 0;
    await send(member, MY_ENDORSEMENTS);
    const captured = gateway.identities.find((i) => i.subgraph === 'coordinators')!.header;
    const replayed = await direct('coordinators', captured, '{ me { contact { email phone } } }');
    expect(replayed.status).toBe(401);
    expect(await replayed.json()).toEqual({ data: null, errors: [{ message: 'Signed identity already used', extensions: { code: 'UNAUTHENTICATED' } }] });
  });

  it('accepts a signed header once: the same header a second time is 401', async () => {
    const header = signIdentity({ sub: member.sub, roles: ['COORDINATOR'], prefectureCodes: [] }, TEST_IDENTITY_SECRET);
    const first = await direct('partners', header, '{ partners { totalCount } }');
    expect([first.status, await first.json()]).toEqual([200, { data: { partners: { totalCount: 1 } } }]);
    const second = await direct('partners', header, '{ partners { totalCount } }');
    expect([second.status, codes(await second.json())]).toEqual([401, ['UNAUTHENTICATED']]);
  });

  it('refuses a header older than the maximum age (30 s), never seen before', async () => {
    const header = signIdentity({ sub: member.sub, roles: ['COORDINATOR'], prefectureCodes: [] }, TEST_IDENTITY_SECRET, Date.now() - 31_000);
    const response = await direct('coordinators', header, '{ me { id } }');
    expect(response.status).toBe(401);
    expect(await response.json()).toEqual({ data: null, errors: [{ message: 'Signed identity expired', extensions: { code: 'UNAUTHENTICATED' } }] });
  });
});

describe('unsafe input through the gateway', () => {
  it('answers a NUL byte in a search with BAD_USER_INPUT naming the field, from the subgraph', async () => {
    const token = await gateway.token({ sub: member.sub, roles: ['COORDINATOR'] });
    const response = await gateway.post({ query: 'query($f: CoordinatorFilter) { coordinators(filter: $f) { totalCount } }', variables: { f: { text: '医療\u0000' } } }, { token });
    expect(response.status).toBe(200);
    expect(response.body.data).toEqual({ coordinators: null });
    expect(response.body.errors).toEqual([
      {
        message: 'filter.text: must not contain control characters',
        extensions: { code: 'BAD_USER_INPUT', field: 'filter.text', issues: [{ field: 'filter.text', message: 'must not contain control characters' }] },
      },
    ]);
  });

  it('answers an unpaired surrogate sent as \\ud800 in the JSON body likewise', async () => {
    const token = await gateway.token({ sub: member.sub, roles: ['COORDINATOR'] });
    const body = '{"query":"query($id: ID!) { partner(id: $id) { name } }","variables":{"id":"\\ud800"}}';
    const response = await gateway.post(body, { token });
    expect(response.body.errors.map((e: any) => [e.message, e.extensions.code])).toEqual([['id: must be valid Unicode text (it has an unpaired surrogate)', 'BAD_USER_INPUT']]);
  });
});
