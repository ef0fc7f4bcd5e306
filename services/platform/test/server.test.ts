import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSubgraphServer, IDENTITY_HEADER, StatementError, type RequestContext } from '../src';
import { Counter } from 'prom-client';
import { createRegistry } from '../src';
import { execute, parseExposition, signedIdentityHeader, TEST_IDENTITY_SECRET, type TestCaller } from '../testing';

const typeDefs = /* GraphQL */ `
  extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key"])

  scalar DateTime

  type Query {
    hello: String
    boom: String
    whoami: [String!]!
    echo(at: DateTime!): DateTime
    greet(name: String!, style: GreetingStyle): String
    lookup(id: ID!): String
    failingStatement: String
  }

  input GreetingStyle {
    prefix: String
    tags: [String!]
  }
`;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const coordinator: TestCaller = { sub: 'idp|c-0001', roles: ['COORDINATOR', 'LOCAL_GOVERNMENT'], prefectureCodes: ['09'] };

const logLines: string[] = [];
let ready = true;
let app: FastifyInstance;
let resolverCalls = 0;
const registry = createRegistry('hello');

beforeAll(async () => {
  app = await createSubgraphServer<{ greeting: string }>({
    name: 'hello',
    typeDefs,
    resolvers: {
      Query: {
        hello: (_source: unknown, _args: unknown, context: RequestContext<{ greeting: string }>) => context.greeting,
        boom: () => {
          throw new Error('database password leaked in this message');
        },
        whoami: (_source: unknown, _args: unknown, context: RequestContext) => context.identity.roles,
        echo: (_source: unknown, args: { at: Date }) => args.at,
        greet: (_source: unknown, args: { name: string }) => {
          resolverCalls++;
          return `こんにちは ${args.name}`;
        },
        lookup: (_source: unknown, args: { id: string }) => {
          resolverCalls++;
          return args.id;
        },
        failingStatement: () => {
          throw new StatementError('hello.insert', '23514', '\n    at insert (store.ts:10:5)');
        },
      },
    },
    identity: { secret: TEST_IDENTITY_SECRET, maxAgeSeconds: 30 },
    ready: async () => {
      if (!ready) throw new Error('database is down');
    },
    context: (identity) => ({ greeting: `こんにちは ${identity.sub}` }),
    log: { level: 'info', stream: { write: (line: string) => void logLines.push(line) } },
    dev: false,
    maxStringLength: 30,
    registry,
  });
  new Counter({ name: 'portal_widgets_total', help: 'Widgets', labelNames: ['kind'], registers: [registry] }).inc({ kind: 'round "x"\nnext' }, 3);
});

afterAll(async () => {
  await app?.close();
});

const postGraphQL = (headers: Record<string, string>, query = '{ hello }') =>
  app.inject({ method: 'POST', url: '/graphql', headers: { 'content-type': 'application/json', ...headers }, payload: { query } });

describe('health and readiness', () => {
  it('answers /health with 200', async () => {
    const response = await app.inject({ method: 'GET', url: '/health' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ status: 'ok', service: 'hello' });
  });

  it('answers /ready with 200 while the readiness check passes, 503 when it fails', async () => {
    const up = await app.inject({ method: 'GET', url: '/ready' });
    expect([up.statusCode, up.json()]).toEqual([200, { status: 'ready', database: 'up', service: 'hello' }]);
    ready = false;
    try {
      const down = await app.inject({ method: 'GET', url: '/ready' });
      expect([down.statusCode, down.json()]).toEqual([503, { status: 'unavailable', database: 'down', service: 'hello' }]);
    } finally {
      ready = true;
    }
  });

  it('needs no identity for /health and /ready', async () => {
    expect((await app.inject({ method: 'GET', url: '/health', headers: { [IDENTITY_HEADER]: 'forged' } })).statusCode).toBe(200);
  });
});

describe('the signed identity', () => {
  it('refuses a request without the identity header with 401 UNAUTHENTICATED', async () => {
    const response = await postGraphQL({});
    expect(response.statusCode).toBe(401);
    expect(response.json()).toEqual({ data: null, errors: [{ message: 'Missing signed identity', extensions: { code: 'UNAUTHENTICATED' } }] });
  });

  it('refuses a header signed with another secret with 401', async () => {
    const forged = signedIdentityHeader(coordinator, 'another-secret-that-is-also-32-chars-long');
    const response = await postGraphQL({ [IDENTITY_HEADER]: forged });
    expect(response.statusCode).toBe(401);
    expect(response.json().errors).toEqual([{ message: 'Invalid identity signature', extensions: { code: 'UNAUTHENTICATED' } }]);
  });

  it('refuses a GET of /graphql without identity as well', async () => {
    const response = await app.inject({ method: 'GET', url: '/graphql?query=%7Bhello%7D' });
    expect(response.statusCode).toBe(401);
  });

  it('serves a caller with a valid header, whose identity reaches the context', async () => {
    const response = await execute(app, coordinator, '{ hello whoami }');
    expect(response).toEqual({
      status: 200,
      data: { hello: 'こんにちは idp|c-0001', whoami: ['COORDINATOR', 'LOCAL_GOVERNMENT'] },
      errors: undefined,
    });
  });
});

describe('errors', () => {
  it('masks an error thrown by a resolver as an internal server error without a stack', async () => {
    // Three runs: mercurius compiles the query with graphql-jit on its second run.
    for (let run = 0; run < 3; run++) {
      const response = await execute(app, coordinator, '{ hello boom }');
      expect(response.status).toBe(200);
      expect(response.data).toEqual({ hello: 'こんにちは idp|c-0001', boom: null });
      expect(response.errors).toEqual([
        { message: 'Internal server error', locations: [{ line: 1, column: 9 }], path: ['boom'], extensions: { code: 'INTERNAL_SERVER_ERROR' } },
      ]);
    }
  });

  // Each operation three times: mercurius caches the document, then compiles it with graphql-jit.
  it('answers an invalid document with 400 GRAPHQL_VALIDATION_FAILED', async () => {
    for (let run = 0; run < 3; run++) {
      const response = await execute(app, coordinator, '{ nope hello(x: 1) }');
      expect(response.status).toBe(400);
      expect(response.errors?.map((e) => [e.message, e.extensions?.code])).toEqual([
        ['Cannot query field "nope" on type "Query".', 'GRAPHQL_VALIDATION_FAILED'],
        ['Unknown argument "x" on field "Query.hello".', 'GRAPHQL_VALIDATION_FAILED'],
      ]);
    }
  });

  it('answers a syntax error with 400 GRAPHQL_VALIDATION_FAILED', async () => {
    const response = await execute(app, coordinator, '{ hello(');
    expect(response.status).toBe(400);
    expect(response.errors).toEqual([
      { message: 'Syntax Error: Expected Name, found <EOF>.', locations: [{ line: 1, column: 9 }], extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } },
    ]);
  });

  it('answers a variable a scalar refuses with BAD_USER_INPUT naming the variable', async () => {
    const query = 'query Echo($at: DateTime!) { echo(at: $at) }';
    for (let run = 0; run < 3; run++) {
      const response = await execute(app, coordinator, query, { at: '2027-02-30T00:00:00Z' });
      expect(response.data).toBeNull();
      expect(response.errors).toHaveLength(1);
      expect(response.errors![0]!.message).toMatch(/^Variable "\$at" got invalid value "2027-02-30T00:00:00Z"; /);
      expect(response.errors![0]!.extensions).toEqual({ code: 'BAD_USER_INPUT' });
    }
    const first = await execute(app, coordinator, 'query Echo2($at: DateTime!) { echo(at: $at) }', { at: '2027-02-30T00:00:00Z' });
    expect(first.errors![0]!.message).toBe('Variable "$at" got invalid value "2027-02-30T00:00:00Z"; Expected type "DateTime". must be an existing date-time');
  });

  it('passes a valid DateTime variable to the resolver as a Date and serialises it back', async () => {
    const response = await execute(app, coordinator, 'query($at: DateTime!) { echo(at: $at) }', { at: '2027-01-20T13:00:00+09:00' });
    expect(response).toEqual({ status: 200, data: { echo: '2027-01-20T04:00:00.000Z' }, errors: undefined });
  });

  it('answers a body that is not JSON with 400 BAD_REQUEST, without logging it as unexpected', async () => {
    logLines.length = 0;
    const response = await app.inject({
      method: 'POST',
      url: '/graphql',
      headers: { 'content-type': 'application/json', [IDENTITY_HEADER]: signedIdentityHeader(coordinator) },
      payload: '{"query": "{ hello }", "variables": {"name": "山田',
    });
    expect([response.statusCode, response.json()]).toEqual([
      400,
      { data: null, errors: [{ message: "Body is not valid JSON but content-type is set to 'application/json'", extensions: { code: 'BAD_REQUEST' } }] },
    ]);
    expect(logLines.map((line) => JSON.parse(line)).filter((entry) => entry.level >= 50)).toEqual([]);
  });

  it('does not log a refused document as an unexpected error', async () => {
    logLines.length = 0;
    await execute(app, coordinator, '{ nope }');
    await execute(app, coordinator, 'query($at: DateTime!) { echo(at: $at) }', { at: 'never' });
    expect(logLines.map((line) => JSON.parse(line)).filter((entry) => entry.level >= 50)).toEqual([]);
  });
});

describe('request ids', () => {
  it('echoes a given x-request-id', async () => {
    const response = await app.inject({ method: 'GET', url: '/health', headers: { 'x-request-id': 'gateway-req-42' } });
    expect(response.headers['x-request-id']).toBe('gateway-req-42');
  });

  it('generates a UUID when none is given, or when the given one is not a plain token', async () => {
    const missing = await app.inject({ method: 'GET', url: '/health' });
    expect(missing.headers['x-request-id']).toMatch(UUID);
    const odd = await app.inject({ method: 'GET', url: '/health', headers: { 'x-request-id': 'a b\u00e9' } });
    expect(odd.headers['x-request-id']).toMatch(UUID);
  });

  it('echoes the request id on a refused request too', async () => {
    const response = await postGraphQL({ 'x-request-id': 'refused-1' });
    expect([response.statusCode, response.headers['x-request-id']]).toEqual([401, 'refused-1']);
  });
});

describe('logs', () => {
  it("carry the request id and the trace id on every line of a request: the caller's trace, else a new one", async () => {
    const trace = '4bf92f3577b34da6a3ce929d0e0e4736';
    logLines.length = 0;
    await postGraphQL({ [IDENTITY_HEADER]: signedIdentityHeader(coordinator), 'x-request-id': 'traced-1', traceparent: `00-${trace}-00f067aa0ba902b7-01` }, '{ boom }');
    await postGraphQL({ [IDENTITY_HEADER]: signedIdentityHeader(coordinator), 'x-request-id': 'traced-2', traceparent: '00-not-a-trace-01' });
    const entries = logLines.map((line) => JSON.parse(line));
    const first = entries.filter((entry) => entry.reqId === 'traced-1');
    expect(first.map((entry) => entry.msg)).toEqual(['incoming request', 'unexpected error in a resolver', 'request completed']);
    expect(first.map((entry) => entry.traceId)).toEqual([trace, trace, trace]);
    const second = entries.filter((entry) => entry.reqId === 'traced-2');
    expect(second).toHaveLength(2);
    expect(second[0].traceId).toMatch(/^[0-9a-f]{32}$/);
    expect(second[1].traceId).toBe(second[0].traceId);
    expect(second[0].traceId).not.toBe(trace);
    // Lines that belong to no request (start, shutdown) carry neither.
    expect(entries.filter((entry) => entry.traceId === undefined && entry.reqId !== undefined)).toEqual([]);
  });

  it('redact the authorization and identity headers', async () => {
    const identity = signedIdentityHeader(coordinator);
    logLines.length = 0;
    const response = await postGraphQL({ authorization: 'Bearer secret-token', cookie: 'session=cookie-value', [IDENTITY_HEADER]: identity, 'x-request-id': 'logged-1' });
    expect(response.statusCode).toBe(200);
    const log = logLines.join('');
    const incoming = logLines.map((line) => JSON.parse(line)).find((entry) => entry.msg === 'incoming request');
    expect(incoming.reqId).toBe('logged-1');
    expect(incoming.req.headers).toMatchObject({ authorization: '[Redacted]', cookie: '[Redacted]', [IDENTITY_HEADER]: '[Redacted]' });
    expect(log).not.toContain('secret-token');
    expect(log).not.toContain('cookie-value');
    expect(log).not.toContain(identity);
    expect(log).not.toContain(identity.split('.')[1]);
  });

  it('report a masked resolver error by its kind and where it arose, never by its message', async () => {
    logLines.length = 0;
    await execute(app, coordinator, '{ boom }');
    const reported = logLines.map((line) => JSON.parse(line)).find((entry) => entry.msg === 'unexpected error in a resolver');
    expect(reported.level).toBe(50);
    expect(reported.err).toMatchObject({ type: 'Error', message: 'Error: message withheld, it may quote input' });
    expect(reported.err.stack).toMatch(/^at .*server\.test\.ts/);
    expect(reported.reqId).toEqual(expect.any(String));
    expect(logLines.join('')).not.toContain('database password leaked');
  });

  it('report a failed statement by its name and code with the request id', async () => {
    logLines.length = 0;
    await postGraphQL({ [IDENTITY_HEADER]: signedIdentityHeader(coordinator), 'x-request-id': 'statement-1' }, '{ failingStatement }');
    const reported = logLines.map((line) => JSON.parse(line)).find((entry) => entry.msg === 'unexpected error in a resolver');
    expect(reported).toMatchObject({
      level: 50,
      reqId: 'statement-1',
      err: { type: 'StatementError', statement: 'hello.insert', code: '23514', message: 'statement hello.insert failed with code 23514', stack: 'at insert (store.ts:10:5)' },
    });
  });

  it('leave out the query string, where a GET carries the operation and its variables', async () => {
    logLines.length = 0;
    const query = encodeURIComponent('query($n: String!) { greet(name: $n) }');
    const variables = encodeURIComponent(JSON.stringify({ n: '山田太郎 090-1234-5678' }));
    const response = await app.inject({ method: 'GET', url: `/graphql?query=${query}&variables=${variables}`, headers: { [IDENTITY_HEADER]: signedIdentityHeader(coordinator) } });
    expect(response.json()).toEqual({ data: { greet: 'こんにちは 山田太郎 090-1234-5678' } });
    const incoming = logLines.map((line) => JSON.parse(line)).find((entry) => entry.msg === 'incoming request');
    expect(incoming.req.url).toBe('/graphql');
    expect(logLines.join('')).not.toMatch(/山田|1234-5678|greet|%E5%B1%B1/);
  });
});

describe('federation', () => {
  it('serves _service { sdl } to a caller with a valid identity', async () => {
    const response = await execute<{ _service: { sdl: string } }>(app, coordinator, '{ _service { sdl } }');
    expect(response.errors).toBeUndefined();
    expect(response.data!._service.sdl).toContain('whoami: [String!]!');
    expect(response.data!._service.sdl).toContain('@link(url: "https://specs.apollo.dev/federation/v2.3"');
  });

  it('refuses _service { sdl } without an identity', async () => {
    expect((await execute(app, null, '{ _service { sdl } }')).status).toBe(401);
  });
});

describe('unsafe input', () => {
  const refused = (field: string, message: string) => ({
    status: 200,
    data: null,
    errors: [{ message: `${field}: ${message}`, extensions: { code: 'BAD_USER_INPUT', field, issues: [{ field, message }] } }],
  });

  // Each operation three times: mercurius caches the document, then compiles it with graphql-jit.
  it('refuses a control character in a variable before any resolver runs, naming the argument', async () => {
    resolverCalls = 0;
    for (let run = 0; run < 3; run++) {
      const response = await execute(app, coordinator, 'query($who: String!) { greet(name: $who) }', { who: 'a\u0000b' });
      expect(response).toEqual(refused('name', 'must not contain control characters'));
    }
    expect(resolverCalls).toBe(0);
  });

  it('refuses an unpaired surrogate sent as \\ud800 in JSON, in an ID argument', async () => {
    const response = await app.inject({
      method: 'POST',
      url: '/graphql',
      headers: { 'content-type': 'application/json', [IDENTITY_HEADER]: signedIdentityHeader(coordinator) },
      payload: '{"query":"query($id: ID!) { lookup(id: $id) }","variables":{"id":"x\\ud800"}}',
    });
    expect({ status: response.statusCode, ...response.json() }).toEqual(refused('id', 'must be valid Unicode text (it has an unpaired surrogate)'));
  });

  it('refuses a string longer than the configured maximum, in a literal inside an input object', async () => {
    for (let run = 0; run < 3; run++) {
      const response = await execute(app, coordinator, `{ greet(name: "ok", style: { tags: ["a", "${'あ'.repeat(31)}"] }) }`);
      expect(response).toEqual(refused('style.tags.1', 'must be at most 30 characters'));
    }
    expect((await execute(app, coordinator, `{ greet(name: "${'あ'.repeat(30)}") }`)).data).toEqual({ greet: `こんにちは ${'あ'.repeat(30)}` });
  });

  it('lists every problem of a request', async () => {
    const response = await execute(app, coordinator, 'query($p: String) { greet(name: "\\u0007", style: { prefix: $p }) lookup(id: "\\u007f") }', { p: '\u0000' });
    expect(response.errors![0]!.extensions).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'name',
      issues: [
        { field: 'name', message: 'must not contain control characters' },
        { field: 'id', message: 'must not contain control characters' },
        { field: 'style.prefix', message: 'must not contain control characters' },
      ],
    });
  });

  it('lets tabs, line breaks and surrogate pairs through', async () => {
    const response = await execute(app, coordinator, 'query($who: String!) { greet(name: $who) }', { who: '一\t二\r\n😀' });
    expect(response).toEqual({ status: 200, data: { greet: 'こんにちは 一\t二\r\n😀' }, errors: undefined });
  });
});

describe('replayed identities', () => {
  it('accepts a signed identity once: the same header again is 401 UNAUTHENTICATED', async () => {
    const header = signedIdentityHeader(coordinator);
    expect((await postGraphQL({ [IDENTITY_HEADER]: header })).statusCode).toBe(200);
    const again = await postGraphQL({ [IDENTITY_HEADER]: header }, '{ whoami }');
    expect([again.statusCode, again.json()]).toEqual([401, { data: null, errors: [{ message: 'Signed identity already used', extensions: { code: 'UNAUTHENTICATED' } }] }]);
    // A new signature of the same caller is a new request.
    expect((await postGraphQL({ [IDENTITY_HEADER]: signedIdentityHeader(coordinator) })).statusCode).toBe(200);
  });
});

describe('metrics', () => {
  it('serves valid Prometheus exposition: its own series and those of the service, labelled by service and escaped, and the process metrics', async () => {
    const requestsBefore = parseExposition((await app.inject({ method: 'GET', url: '/metrics' })).body).value('portal_graphql_requests_total', { service: 'hello' })!;
    await postGraphQL({ [IDENTITY_HEADER]: signedIdentityHeader(coordinator) });
    const response = await app.inject({ method: 'GET', url: '/metrics' });
    expect(response.headers['content-type']).toBe('text/plain; version=0.0.4; charset=utf-8');
    const metrics = parseExposition(response.body);
    expect(metrics.value('portal_graphql_requests_total', { service: 'hello' })).toBe(requestsBefore + 1);
    expect(metrics.value('portal_widgets_total', { service: 'hello', kind: 'round "x"\nnext' })).toBe(3);
    expect(metrics.types.get('portal_http_request_duration_seconds')).toBe('histogram');
    expect(metrics.value('portal_http_request_duration_seconds_count', { service: 'hello', route: '/graphql', method: 'POST', status: '2xx' })).toBeGreaterThanOrEqual(1);
    expect(metrics.types.get('nodejs_eventloop_lag_p99_seconds')).toBe('gauge');
    expect(metrics.types.get('process_cpu_seconds_total')).toBe('counter');
  });

  it('serves only the metrics named in the query, and refuses a name that is not one', async () => {
    await postGraphQL({ [IDENTITY_HEADER]: signedIdentityHeader(coordinator) });
    const body = (await app.inject({ method: 'GET', url: '/metrics?name=portal_graphql_requests_total&name=portal_widgets_total&name=no_such_metric' })).body;
    const metrics = parseExposition(body);
    expect([...metrics.types.keys()].sort()).toEqual(['portal_graphql_requests_total', 'portal_widgets_total']);
    expect(metrics.value('portal_widgets_total', { service: 'hello', kind: 'round "x"\nnext' })).toBe(3);
    for (const url of ['/metrics?name=bad%00name', `/metrics?name=${'x'.repeat(201)}`, '/metrics?name=a-b']) {
      expect((await app.inject({ method: 'GET', url })).statusCode).toBe(400);
    }
  });

  it('labels a request to no route as unmatched, never by its URL', async () => {
    await app.inject({ method: 'GET', url: '/coordinators/0b6f6c7e-0000-4000-8000-000000000000?q=secret' });
    const body = (await app.inject({ method: 'GET', url: '/metrics' })).body;
    expect(parseExposition(body).value('portal_http_request_duration_seconds_count', { service: 'hello', route: 'unmatched', method: 'GET', status: '4xx' })).toBeGreaterThanOrEqual(1);
    expect(body).not.toMatch(/0b6f6c7e|secret/);
  });
});
