import { describe, expect, it } from 'vitest';
import { IDENTITY_HEADER, signIdentity } from '@portal/platform';
import { TEST_IDENTITY_SECRET } from '@portal/platform/testing';
import { generateKeyPair, mintToken } from '../../scripts/lib/tokens';
import { TEST_LIMITS, useGateway } from './helpers';

const gateway = useGateway();
const REGISTER = 'mutation($input: RegisterCoordinatorInput!) { registerCoordinator(input: $input) { id } }';
const registration = (accountId: string) => ({ input: { accountId, name: '試験 太郎', cohortYear: 2025, activityRegions: [{ prefectureCode: '13' }] } });
const codes = (body: any) => (body.errors ?? []).map((e: any) => e.extensions?.code);

describe('authentication at the gateway', () => {
  it('serves a caller with a valid token', async () => {
    const res = await gateway.post({ query: '{ coordinators { totalCount } }' }, { token: await gateway.token({ sub: 'idp|c', roles: ['COORDINATOR'] }) });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ data: { coordinators: { totalCount: 0 } } });
  });

  it('answers an anonymous caller with UNAUTHENTICATED', async () => {
    const res = await gateway.post({ query: '{ coordinators { totalCount } }' });
    expect(res.status).toBe(401);
    expect(res.body.errors).toEqual([{ message: 'A bearer token is required', extensions: { code: 'UNAUTHENTICATED' } }]);
  });

  it('refuses forged, tampered and expired tokens', async () => {
    const forged = await mintToken(generateKeyPair().privateKey, { sub: 'idp|c', roles: ['AGENCY_ADMIN'] });
    const [header, payload, signature] = (await gateway.token({ sub: 'idp|c', roles: ['COORDINATOR'] })).split('.');
    const escalated = Buffer.from(JSON.stringify({ ...JSON.parse(Buffer.from(payload!, 'base64url').toString()), roles: ['AGENCY_ADMIN'] })).toString('base64url');
    const tampered = `${header}.${escalated}.${signature}`;
    const expired = await gateway.token({ sub: 'idp|c', roles: ['COORDINATOR'] }, Math.floor(Date.now() / 1000) - 60);
    for (const token of [forged, tampered, expired]) {
      const res = await gateway.post({ query: REGISTER, variables: registration('idp|x') }, { token });
      expect(res.status).toBe(401);
      expect(codes(res.body)).toEqual(['UNAUTHENTICATED']);
    }
  });

  it('discards an identity header sent by a client', async () => {
    const claimed = signIdentity({ sub: 'idp|c', roles: ['AGENCY_ADMIN'], prefectureCodes: [] }, TEST_IDENTITY_SECRET);
    const asCoordinator = await gateway.post(
      { query: REGISTER, variables: registration('idp|claimed') },
      { token: await gateway.token({ sub: 'idp|c', roles: ['COORDINATOR'] }), headers: { [IDENTITY_HEADER]: claimed } },
    );
    expect(codes(asCoordinator.body)).toEqual(['FORBIDDEN']);
    const anonymous = await gateway.post({ query: REGISTER, variables: registration('idp|claimed') }, { headers: { [IDENTITY_HEADER]: claimed } });
    expect(codes(anonymous.body)).toEqual(['UNAUTHENTICATED']);
  });

  it('leaves a subgraph closed to callers without a valid signature', async () => {
    const call = (headers: Record<string, string>) =>
      fetch(gateway.subgraphUrl, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query: '{ coordinators { totalCount } }' }) });
    for (const headers of [
      {} as Record<string, string>,
      { [IDENTITY_HEADER]: signIdentity({ sub: 'x', roles: ['AGENCY_ADMIN'], prefectureCodes: [] }, 'a-different-secret-of-at-least-32-chars') },
      { [IDENTITY_HEADER]: signIdentity({ sub: 'x', roles: ['AGENCY_ADMIN'], prefectureCodes: [] }, TEST_IDENTITY_SECRET, Date.now() - 120_000) },
      { authorization: `Bearer ${await gateway.token({ sub: 'x', roles: ['AGENCY_ADMIN'] })}` },
    ]) {
      const response = await call(headers);
      expect(response.status).toBe(401);
      expect(codes(await response.json())).toEqual(['UNAUTHENTICATED']);
    }
  });
});

describe('limits', async () => {
  const token = () => gateway.token({ sub: 'idp|c', roles: ['COORDINATOR'] });

  it('refuses documents with too many tokens', async () => {
    const res = await gateway.post({ query: `{ me { ${'id '.repeat(TEST_LIMITS.tokens)} } }` }, { token: await token() });
    expect(res.status).toBe(400);
    expect(res.body.errors[0]).toMatchObject({ extensions: { code: 'GRAPHQL_PARSE_FAILED' } });
    expect(res.body.errors[0].message).toMatch(new RegExp(`Document contains more tha[nt] ${TEST_LIMITS.tokens} tokens`));
  });

  it('refuses a body over the size limit', async () => {
    const res = await gateway.post({ query: `{ me { id } }`, variables: { pad: 'x'.repeat(TEST_LIMITS.bodyBytes) } }, { token: await token() });
    expect(res.status).toBe(413);
    expect(res.body.errors).toEqual([{ message: `Request body is larger than the limit of ${TEST_LIMITS.bodyBytes} bytes`, extensions: { code: 'PAYLOAD_TOO_LARGE' } }]);
  });

  it('does not accept batched requests', async () => {
    const res = await gateway.post([{ query: '{ me { id } }' }, { query: '{ me { id } }' }], { token: await token() });
    expect(res.status).toBe(400);
  });

  it('prevents CSRF: a simple GET without a preflight header is refused', async () => {
    const response = await fetch(`${gateway.url}?query=${encodeURIComponent('{ me { id } }')}`, { headers: { authorization: `Bearer ${await token()}` } });
    expect(response.status).toBe(400);
    expect(await response.text()).toContain('CSRF');
  });

  it('offers no introspection, no field suggestions and no stack traces outside development', async () => {
    const introspection = await gateway.post({ query: '{ __schema { types { name } } }' }, { token: await token() });
    expect(codes(introspection.body)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
    const typo = await gateway.post({ query: '{ coordinatorz { totalCount } }' }, { token: await token() });
    expect(typo.body.errors[0].message).not.toContain('Did you mean');
    const bad = await gateway.post({ query: '{ coordinators(first: 0) { totalCount } }' }, { token: await token() });
    expect(bad.body.errors[0]).toEqual({ message: 'first: must be between 1 and 100', path: ['coordinators'], extensions: { code: 'BAD_USER_INPUT', field: 'first', issues: [{ field: 'first', message: 'must be between 1 and 100' }] } });
    expect(JSON.stringify([introspection.body, typo.body, bad.body])).not.toContain('stacktrace');
  });
});

describe('operations', () => {
  it('echoes the request id', async () => {
    const res = await gateway.post({ query: '{ me { id } }' }, { token: await gateway.token({ sub: 'idp|c', roles: ['COORDINATOR'] }), headers: { 'x-request-id': 'req-123' } });
    expect(res.headers.get('x-request-id')).toBe('req-123');
  });

  it('reports health and readiness', async () => {
    const base = gateway.url.replace(/\/graphql$/, '');
    expect(await (await fetch(`${base}/health`)).json()).toEqual({ status: 'ok', service: 'gateway' });
    // Only the coordinators subgraph runs here: the gateway is not ready without the others.
    const ready = await fetch(`${base}/ready`);
    expect(ready.status).toBe(503);
    const { status, subgraphs } = (await ready.json()) as { status: string; subgraphs: Record<string, string> };
    expect(status).toBe('unavailable');
    expect(subgraphs.coordinators).toBe('ready');
    expect(Object.entries(subgraphs).filter(([name]) => name !== 'coordinators').every(([, state]) => state === 'unreachable')).toBe(true);
  });
});
