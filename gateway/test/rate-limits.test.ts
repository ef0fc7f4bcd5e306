import { afterAll, describe, expect, it } from 'vitest';
import { Agent, request } from 'undici';
import { rateLimitRefusals } from '../src/rate-limits';
import { useGateway } from './helpers';

// Small budgets, and a window short enough to wait out once.
const LIMITS = { windowSeconds: 5, perIp: 8, queriesPerSubject: 3, writesPerSubject: 2 };
// 127.0.0.1 plays the portal's load balancer: its X-Forwarded-For names the client. Any
// other loopback address is a client connecting directly.
const gateway = useGateway({ rateLimits: LIMITS, trustProxy: ['127.0.0.1'] });

const agents = new Map<string, Agent>();
afterAll(() => Promise.all([...agents.values()].map((agent) => agent.close())));

interface Via {
  /** The client's address as the load balancer reports it. */
  forwardedFor?: string;
  /** The local address the connection comes from (default 127.0.0.1, the load balancer). */
  from?: string;
}

async function send(body: unknown, { token, forwardedFor, from = '127.0.0.1' }: Via & { token?: string } = {}) {
  if (!agents.has(from)) agents.set(from, new Agent({ localAddress: from }));
  const response = await request(gateway.url, {
    method: 'POST',
    dispatcher: agents.get(from),
    headers: {
      'content-type': 'application/json',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
      ...(forwardedFor ? { 'x-forwarded-for': forwardedFor } : {}),
    },
    body: JSON.stringify(body),
  });
  return { status: response.statusCode, retryAfter: response.headers['retry-after'], body: (await response.body.json()) as any };
}

const ME = { query: '{ me { id } }' };
const register = (accountId: string) => ({
  query: 'mutation($input: RegisterCoordinatorInput!) { registerCoordinator(input: $input) { id } }',
  variables: { input: { accountId, name: '試験 花子', cohortYear: 2025, activityRegions: [{ prefectureCode: '13' }] } },
});
const asCoordinator = (sub: string) => gateway.token({ sub, roles: ['COORDINATOR'] });
const asAdmin = (sub: string) => gateway.token({ sub, roles: ['AGENCY_ADMIN'] });

function expectRefused(res: Awaited<ReturnType<typeof send>>) {
  expect(res.status).toBe(429);
  const seconds = Number(res.retryAfter);
  expect(seconds).toBeGreaterThanOrEqual(1);
  expect(seconds).toBeLessThanOrEqual(LIMITS.windowSeconds);
  expect(res.body).toEqual({ errors: [{ message: `Too many requests: try again in ${seconds} s`, extensions: { code: 'RATE_LIMITED', retryAfterSeconds: seconds } }] });
  return seconds;
}

describe('per-subject budgets', () => {
  it(`serves ${LIMITS.queriesPerSubject} queries in a window, refuses the next with 429 and Retry-After, and still serves another subject`, async () => {
    const [flooding, other] = [await asCoordinator('idp|q-flood'), await asCoordinator('idp|q-other')];
    const via = { forwardedFor: '198.51.100.1' };
    for (let i = 0; i < LIMITS.queriesPerSubject; i++) {
      expect(await send(ME, { token: flooding, ...via })).toEqual({ status: 200, retryAfter: undefined, body: { data: { me: null } } });
    }
    const before = rateLimitRefusals.queries;
    expectRefused(await send(ME, { token: flooding, ...via }));
    expect(rateLimitRefusals.queries).toBe(before + 1);
    // Same address, another member: unaffected.
    expect(await send(ME, { token: other, ...via })).toEqual({ status: 200, retryAfter: undefined, body: { data: { me: null } } });
  });

  it('counts writes apart from queries: used-up writes leave queries working', async () => {
    const admin = await asAdmin('idp|w-admin');
    const via = { forwardedFor: '198.51.100.2' };
    for (let i = 0; i < LIMITS.writesPerSubject; i++) {
      const res = await send(register(`idp|w-${i}`), { token: admin, ...via });
      expect(res.status).toBe(200);
      expect(res.body.data.registerCoordinator.id).toEqual(expect.any(String));
    }
    const before = rateLimitRefusals.writes;
    expectRefused(await send(register('idp|w-refused'), { token: admin, ...via }));
    expect(rateLimitRefusals.writes).toBe(before + 1);
    expect(await send({ query: '{ coordinators { totalCount } }' }, { token: admin, ...via })).toEqual({
      status: 200,
      retryAfter: undefined,
      // The refused registration did not happen.
      body: { data: { coordinators: { totalCount: LIMITS.writesPerSubject } } },
    });
  });

  it('counts queries apart from writes: used-up queries leave writes working', async () => {
    const admin = await asAdmin('idp|q-admin');
    const via = { forwardedFor: '198.51.100.3' };
    for (let i = 0; i < LIMITS.queriesPerSubject; i++) expect((await send(ME, { token: admin, ...via })).status).toBe(200);
    expectRefused(await send(ME, { token: admin, ...via }));
    const write = await send(register('idp|q-admin-write'), { token: admin, ...via });
    expect(write.status).toBe(200);
    expect(write.body.data.registerCoordinator.id).toEqual(expect.any(String));
  });

  it('serves exactly the budget of a burst sent all at once', async () => {
    const member = await asCoordinator('idp|burst');
    const via = { forwardedFor: '198.51.100.5' };
    const statuses = (await Promise.all(Array.from({ length: 2 * LIMITS.queriesPerSubject }, () => send(ME, { token: member, ...via })))).map((r) => r.status);
    expect(statuses.filter((status) => status === 200)).toHaveLength(LIMITS.queriesPerSubject);
    expect(statuses.filter((status) => status === 429)).toHaveLength(LIMITS.queriesPerSubject);
  });

  it('refills the budget once the window has passed', async () => {
    const member = await asCoordinator('idp|refill');
    const via = { forwardedFor: '198.51.100.4' };
    for (let i = 0; i < LIMITS.queriesPerSubject; i++) expect((await send(ME, { token: member, ...via })).status).toBe(200);
    const seconds = expectRefused(await send(ME, { token: member, ...via }));
    await new Promise((resolve) => setTimeout(resolve, seconds * 1000));
    expect(await send(ME, { token: member, ...via })).toEqual({ status: 200, retryAfter: undefined, body: { data: { me: null } } });
  });
});

describe('per-address budget, before authentication', () => {
  it(`refuses an anonymous flood after ${LIMITS.perIp} requests, whoever then asks from that address, while another address is served`, async () => {
    const via = { forwardedFor: '203.0.113.7' };
    for (let i = 0; i < LIMITS.perIp; i++) {
      const res = await send(ME, via);
      expect(res.status).toBe(401);
      expect(res.body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
    }
    const before = rateLimitRefusals.ip;
    expectRefused(await send(ME, via));
    // Refused before the token is looked at: a valid one changes nothing, nor does a body.
    expectRefused(await send(ME, { ...via, token: await asCoordinator('idp|ip-member') }));
    expectRefused(await send({ query: `{ me { id } }`, variables: { pad: 'x'.repeat(10_000) } }, via));
    expect(rateLimitRefusals.ip).toBe(before + 3);
    expect((await send(ME, { forwardedFor: '203.0.113.8', token: await asCoordinator('idp|ip-member') })).status).toBe(200);
  });

  it('counts an IPv6 client by its /64: rotating addresses within it does not reset the budget', async () => {
    for (let i = 1; i <= LIMITS.perIp; i++) expect((await send(ME, { forwardedFor: `2001:db8:1:2::${i.toString(16)}` })).status).toBe(401);
    expectRefused(await send(ME, { forwardedFor: '2001:db8:1:2:ffff:ffff:ffff:ffff' }));
    expect((await send(ME, { forwardedFor: '2001:db8:1:3::1' })).status).toBe(401);
  });

  it('ignores X-Forwarded-For from a client that is not the load balancer', async () => {
    for (let i = 0; i < LIMITS.perIp; i++) expect((await send(ME, { from: '127.0.0.2', forwardedFor: `192.0.2.${i}` })).status).toBe(401);
    expectRefused(await send(ME, { from: '127.0.0.2', forwardedFor: '192.0.2.200' }));
    // Through the load balancer, a client is counted by its own address.
    expect((await send(ME, { forwardedFor: '127.0.0.2' })).status).toBe(429);
    expect((await send(ME, { forwardedFor: '192.0.2.1' })).status).toBe(401);
  });
});
