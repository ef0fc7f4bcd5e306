import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually } from '@portal/platform/testing';
import { freePort } from '@portal/platform/testing/ports';
import { useGateway } from './helpers';

const POLICY = { timeoutMs: 1000, breakerFailures: 2, halfOpenAfterMs: 3000 };

/** Stands in for the partners subgraph: hangs (never answers) or answers every call with `answer`. */
const partners = {
  calls: 0,
  answer: null as unknown,
  server: null as Server | null,
  url: '',
};
// Nothing listens there: the case-studies subgraph is down.
let caseStudiesUrl = '';

beforeAll(async () => {
  caseStudiesUrl = `http://127.0.0.1:${await freePort()}/graphql`;
  partners.server = createServer((request, response) => {
    partners.calls++;
    request.resume();
    if (partners.answer) response.setHeader('content-type', 'application/json').end(JSON.stringify(partners.answer));
  });
  await new Promise<void>((resolve) => partners.server!.listen(0, '127.0.0.1', resolve));
  partners.url = `http://127.0.0.1:${(partners.server.address() as AddressInfo).port}/graphql`;
});
afterAll(() => {
  partners.server?.closeAllConnections();
  partners.server?.close();
});

const gateway = useGateway({
  subgraphPolicy: POLICY,
  // Read when the gateway starts, after the stand-in is listening.
  get subgraphUrls() {
    return new Map([
      ['partners', partners.url],
      ['case-studies', caseStudiesUrl],
    ]);
  },
});

const UNAVAILABLE = 'This part of the portal is unavailable at the moment; please try again shortly';
const unavailableAt = (...path: string[]) => ({ message: UNAVAILABLE, path, extensions: { code: 'SUBGRAPH_UNAVAILABLE' } });
const byPath = (errors: { path: string[] }[]) => [...errors].sort((a, b) => a.path.join('.').localeCompare(b.path.join('.')));

describe('a failing subgraph fails only the fields it serves', () => {
  const member = { sub: 'idp|iso-member', roles: ['COORDINATOR' as const] };
  let coordinatorId = '';

  beforeAll(async () => {
    const admin = await gateway.token({ sub: 'idp|iso-admin', roles: ['AGENCY_ADMIN'] });
    const res = await gateway.post(
      {
        query: 'mutation($input: RegisterCoordinatorInput!) { registerCoordinator(input: $input) { id } }',
        variables: { input: { accountId: member.sub, name: '試験 次郎', cohortYear: 2025, activityRegions: [{ prefectureCode: '09' }] } },
      },
      { token: admin },
    );
    coordinatorId = res.body.data.registerCoordinator.id;
  });

  it('a subgraph slower than the timeout: its root field is null with an error at its path, the other roots are answered', async () => {
    const res = await gateway.post({ query: '{ me { id name } partners { totalCount } }' }, { token: await gateway.token(member) });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ data: { me: { id: coordinatorId, name: '試験 次郎' }, partners: null }, errors: [unavailableAt('partners')] });
    // The call was made and abandoned: the subgraph never answered.
    expect(partners.calls).toBe(1);
    // Nothing says which service failed or where it runs.
    expect(JSON.stringify(res.body)).not.toMatch(/serviceName|127\.0\.0\.1|http:/);
  });

  it(`after ${POLICY.breakerFailures} failures in a row the breaker opens: calls fail at once, without reaching the subgraph`, async () => {
    const token = await gateway.token(member);
    await gateway.post({ query: '{ partners { totalCount } }' }, { token });
    expect(partners.calls).toBe(POLICY.breakerFailures);
    for (let i = 0; i < 3; i++) {
      const res = await gateway.post({ query: '{ me { id } partners { totalCount } }' }, { token });
      expect(res.body).toEqual({ data: { me: { id: coordinatorId }, partners: null }, errors: [unavailableAt('partners')] });
    }
    expect(partners.calls).toBe(POLICY.breakerFailures);
  });

  it("fields another subgraph adds to an entity fail at the entity's field, the entity stands", async () => {
    // Partners' breaker is open; case studies refuse connections.
    const res = await gateway.post(
      { query: 'query($id: ID!) { coordinator(id: $id) { id name endorsedPartners { id } caseStudies { id } } }', variables: { id: coordinatorId } },
      { token: await gateway.token(member) },
    );
    expect(res.body.data).toEqual({ coordinator: { id: coordinatorId, name: '試験 次郎', endorsedPartners: null, caseStudies: null } });
    expect(byPath(res.body.errors)).toEqual([unavailableAt('coordinator', 'caseStudies'), unavailableAt('coordinator', 'endorsedPartners')]);
  });

  it('once the subgraph answers again, a trial call closes the breaker and its data returns', async () => {
    partners.answer = { data: { partners: { totalCount: 7 } } };
    const token = await gateway.token(member);
    let body: unknown;
    await eventually(async () => {
      body = (await gateway.post({ query: '{ partners { totalCount } }' }, { token })).body;
      return !(body as { errors?: unknown }).errors;
    }, 'partners answered through the gateway');
    expect(body).toEqual({ data: { partners: { totalCount: 7 } } });
    const calls = partners.calls;
    expect((await gateway.post({ query: '{ partners { totalCount } }' }, { token })).body).toEqual({ data: { partners: { totalCount: 7 } } });
    expect(partners.calls).toBe(calls + 1);
  });
});
