import { describe, expect, it } from 'vitest';
import { useGateway } from './helpers';

const DASHBOARD = 'http://localhost:4010';
const gateway = useGateway({ corsOrigins: [DASHBOARD] });
const closedGateway = useGateway();

const preflight = (url: string, origin: string) =>
  fetch(url, {
    method: 'OPTIONS',
    headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'authorization,content-type' },
  });

describe('cross-origin calls from the dashboard', () => {
  it('answers the dashboard’s preflight, allowing the bearer token and JSON, never credentials', async () => {
    const response = await preflight(gateway.url, DASHBOARD);
    expect(response.status).toBe(204);
    expect(response.headers.get('access-control-allow-origin')).toBe(DASHBOARD);
    expect(response.headers.get('access-control-allow-headers')).toBe('authorization, content-type, traceparent');
    expect(response.headers.get('access-control-allow-methods')).toBe('GET, POST');
    expect(response.headers.get('access-control-allow-credentials')).toBeNull();
  });

  it('lets the dashboard read an answer, and no other origin', async () => {
    const token = await gateway.token({ sub: 'idp|analyst', roles: ['MINISTRY_ANALYST'] });
    const ok = await gateway.post({ query: '{ __typename }' }, { token, headers: { origin: DASHBOARD } });
    expect(ok.body).toEqual({ data: { __typename: 'Query' } });
    expect(ok.headers.get('access-control-allow-origin')).toBe(DASHBOARD);
    const other = await gateway.post({ query: '{ __typename }' }, { token, headers: { origin: 'http://evil.test' } });
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
    expect((await preflight(gateway.url, 'http://evil.test')).headers.get('access-control-allow-origin')).toBeNull();
  });

  it('without configured origins allows none', async () => {
    expect((await preflight(closedGateway.url, DASHBOARD)).headers.get('access-control-allow-origin')).toBeNull();
  });
});
