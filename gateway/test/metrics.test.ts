import { describe, expect, it } from 'vitest';
import { parseExposition } from '@portal/platform/testing';
import { metricsReaders, outcomeOf } from '../src/metrics';
import { useGateway } from './helpers';

const gateway = useGateway();
const member = { sub: 'idp|metrics-1', roles: ['COORDINATOR' as const] };

async function scrape() {
  const response = await fetch(new URL('/metrics', gateway.url));
  expect(response.status).toBe(200);
  return parseExposition(await response.text());
}

const DIRECTORY = 'query DirectorySearch($first: Int) { coordinators(first: $first) { totalCount } }';

describe('the gateway /metrics', () => {
  it('times operations by the name of a trusted document, any other name as unknown, by outcome', async () => {
    const before = await scrape();
    const count = (m: typeof before, operation: string, outcome: string) =>
      m.value('portal_gateway_operation_duration_seconds_count', { service: 'gateway', operation, outcome }) ?? 0;
    const ok = await gateway.post({ query: DIRECTORY, variables: { first: 1 } }, { token: await gateway.token(member) });
    expect(ok.body.errors).toBeUndefined();
    // A name a client chose: it must not become a label value.
    await gateway.post({ query: 'query Leak_0b6f6c7e { __typename }' }, { token: await gateway.token(member) });
    // Variables of the wrong type: the caller's error.
    await gateway.post({ query: DIRECTORY, variables: { first: 'one' } }, { token: await gateway.token(member) });
    // Partners is unreachable in this setup: the portal's failure.
    await gateway.post({ query: 'query PartnerDirectory { partners(first: 1) { totalCount } }' }, { token: await gateway.token(member) });

    const after = await scrape();
    expect(count(after, 'DirectorySearch', 'ok') - count(before, 'DirectorySearch', 'ok')).toBe(1);
    expect(count(after, 'DirectorySearch', 'refused') - count(before, 'DirectorySearch', 'refused')).toBe(1);
    expect(count(after, 'unknown', 'ok') - count(before, 'unknown', 'ok')).toBe(1);
    expect(count(after, 'PartnerDirectory', 'failed') - count(before, 'PartnerDirectory', 'failed')).toBe(1);
    const errors = (m: typeof before, code: string, operation: string) =>
      m.value('portal_gateway_operation_errors_total', { service: 'gateway', operation, code }) ?? 0;
    expect(errors(after, 'BAD_USER_INPUT', 'DirectorySearch') - errors(before, 'BAD_USER_INPUT', 'DirectorySearch')).toBe(1);
    expect(errors(after, 'SUBGRAPH_UNAVAILABLE', 'PartnerDirectory') - errors(before, 'SUBGRAPH_UNAVAILABLE', 'PartnerDirectory')).toBe(1);
    expect(after.samples.some((s) => Object.values(s.labels).some((v) => v.includes('Leak')))).toBe(false);
  });

  it('times subgraph calls by outcome, shows each breaker state, counts rate-limit refusals by budget, and the process', async () => {
    const metrics = await scrape();
    expect(metrics.value('portal_gateway_subgraph_request_duration_seconds_count', { service: 'gateway', subgraph: 'coordinators', outcome: 'ok' })).toBeGreaterThanOrEqual(1);
    expect(metrics.value('portal_gateway_subgraph_request_duration_seconds_count', { service: 'gateway', subgraph: 'partners', outcome: 'failed' })).toBeGreaterThanOrEqual(1);
    expect(metrics.value('portal_gateway_subgraph_breaker_state', { service: 'gateway', subgraph: 'coordinators', state: 'closed' })).toBe(1);
    expect(metrics.value('portal_gateway_subgraph_breaker_state', { service: 'gateway', subgraph: 'coordinators', state: 'open' })).toBe(0);
    for (const budget of ['ip', 'queries', 'writes']) {
      expect(metrics.value('portal_gateway_rate_limit_refusals_total', { service: 'gateway', budget })).toBeGreaterThanOrEqual(0);
    }
    expect(metrics.value('portal_http_request_duration_seconds_count', { service: 'gateway', route: '/graphql', method: 'POST', status: '2xx' })).toBeGreaterThanOrEqual(1);
    expect(metrics.types.get('nodejs_eventloop_lag_p99_seconds')).toBe('gauge');
  });
});

describe('who may read the gateway metrics', () => {
  const request = (ip: string, authorization?: string) => ({ ip, headers: authorization ? { authorization } : {} }) as never;

  it('with METRICS_TOKEN: whoever sends it as a bearer token, from anywhere; nobody else', () => {
    const allowed = metricsReaders('scrape-token-0123456789');
    expect(allowed(request('203.0.113.9', 'Bearer scrape-token-0123456789'))).toBe(true);
    expect(allowed(request('127.0.0.1'))).toBe(false);
    expect(allowed(request('127.0.0.1', 'Bearer scrape-token-012345678X'))).toBe(false);
  });

  it('without it: only this machine', () => {
    const allowed = metricsReaders(undefined);
    expect([allowed(request('127.0.0.1')), allowed(request('::1')), allowed(request('::ffff:127.0.0.1')), allowed(request('10.0.0.5'))]).toEqual([true, true, true, false]);
  });
});

describe('outcomes', () => {
  it("are ok without errors, refused when every error is the caller's, failed otherwise", () => {
    expect([outcomeOf([]), outcomeOf(['BAD_USER_INPUT', 'FORBIDDEN']), outcomeOf(['FORBIDDEN', 'SUBGRAPH_UNAVAILABLE']), outcomeOf([undefined])]).toEqual(['ok', 'refused', 'failed', 'failed']);
  });
});
