import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { BrokenCircuitError, TaskCancelledError } from 'cockatiel';
import type { FastifyBaseLogger } from 'fastify';
import { parse } from 'graphql';
import { Pool } from 'undici';
import { IDENTITY_HEADER, REQUEST_ID_HEADER, traceparentOf } from '@portal/platform';
import type { GatewayContext } from './context';
import type { GatewayMetrics } from './metrics';
import { subgraphPolicy, type SubgraphPolicyOptions } from './subgraph-policy';
import { unavailableResponse } from './unavailable';

type Fetcher = NonNullable<NonNullable<ConstructorParameters<typeof RemoteGraphQLDataSource>[0]>['fetcher']>;
type FetcherResponse = Awaited<ReturnType<Fetcher>>;

/** A subgraph's answer, read whole: all the gateway does with it is parse it. */
class PooledResponse implements FetcherResponse {
  readonly bodyUsed = false;
  readonly redirected = false;
  readonly statusText = '';

  constructor(
    readonly url: string,
    readonly status: number,
    readonly headers: Headers,
    private readonly body: string,
  ) {}

  get ok() {
    return this.status >= 200 && this.status < 300;
  }
  async text() {
    return this.body;
  }
  async json() {
    return JSON.parse(this.body);
  }
  async arrayBuffer() {
    return new TextEncoder().encode(this.body).buffer as ArrayBuffer;
  }
  clone() {
    return new PooledResponse(this.url, this.status, this.headers, this.body);
  }
}

/**
 * A fetcher over a pool of keep-alive connections to one subgraph, on undici's request
 * API: far less work per call than fetch (no web streams). Each call runs under the
 * subgraph's policy; its timeout aborts the request.
 */
function pooledFetcher(pool: Pool, policy: ReturnType<typeof subgraphPolicy>): Fetcher {
  return (url, init) =>
    policy.execute(async ({ signal }) => {
      const target = new URL(url);
      const response = await pool.request({
        path: `${target.pathname}${target.search}`,
        method: (init?.method ?? 'GET') as 'POST',
        headers: init?.headers,
        body: init?.body,
        signal,
      });
      const headers = new Headers();
      for (const [name, value] of Object.entries(response.headers)) {
        if (typeof value === 'string') headers.set(name, value);
      }
      return new PooledResponse(url, response.statusCode, headers, await response.body.text());
    });
}

/** Why a call failed, for the operator's log: never a request's content. */
function failureOf(error: unknown): string {
  if (error instanceof TaskCancelledError) return 'timeout';
  const { code, extensions } = error as { code?: unknown; extensions?: { response?: { status?: number } } };
  if (extensions?.response?.status) return `status ${extensions.response.status}`;
  return typeof code === 'string' ? code : (error as Error).name;
}

function outcomeOf(error: unknown) {
  if (error instanceof BrokenCircuitError) return 'breaker_open' as const;
  return error instanceof TaskCancelledError ? ('timeout' as const) : ('failed' as const);
}

export interface SubgraphOptions {
  connections: number;
  policy: SubgraphPolicyOptions;
  log: FastifyBaseLogger;
  metrics: GatewayMetrics;
}

/**
 * Calls a subgraph with the caller's signed identity, the request id and the trace context.
 * When the subgraph gives no usable answer (down, too slow, breaker open, an error status),
 * the fields it was asked for fail with SUBGRAPH_UNAVAILABLE and the rest of the operation
 * is answered.
 */
export class SubgraphDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  private readonly pool: Pool;
  private readonly log: FastifyBaseLogger;
  private readonly metrics: GatewayMetrics;

  constructor(
    private readonly name: string,
    url: string,
    { connections, policy, log, metrics }: SubgraphOptions,
  ) {
    const pool = new Pool(new URL(url).origin, { connections, keepAliveTimeout: 30_000 });
    const calls = subgraphPolicy(policy, (state) => {
      metrics.breaker(name, state);
      (state === 'open' ? log.warn : log.info).call(log, { subgraph: name, breaker: state }, 'subgraph circuit breaker');
    });
    super({ url, fetcher: pooledFetcher(pool, calls) });
    metrics.breaker(name, 'closed');
    this.pool = pool;
    this.log = log;
    this.metrics = metrics;
  }

  override async process(options: GraphQLDataSourceProcessOptions<GatewayContext>) {
    const started = process.hrtime.bigint();
    const seconds = () => Number(process.hrtime.bigint() - started) / 1e9;
    try {
      const response = await super.process(options);
      this.metrics.subgraphCall(this.name, seconds(), 'ok');
      return response;
    } catch (error) {
      this.metrics.subgraphCall(this.name, seconds(), outcomeOf(error));
      // Only a client's operation has fields to fail; anything else (health checks) fails whole.
      if (!('incomingRequestContext' in options)) throw error;
      // While the breaker is open every request would log this; its opening was logged once.
      if (!(error instanceof BrokenCircuitError)) this.log.warn({ subgraph: this.name, failure: failureOf(error) }, 'subgraph call failed');
      return unavailableResponse(options.document ?? parse(options.request.query!), options.request.variables);
    }
  }

  override willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<GatewayContext>): void {
    // Health checks and the like have no caller; they get no identity.
    if (!('signIdentity' in context)) return;
    request.http!.headers.set(IDENTITY_HEADER, context.signIdentity());
    request.http!.headers.set(REQUEST_ID_HEADER, context.requestId);
    // Traced, the gateway's fetch span (active here) is the subgraph request's parent.
    request.http!.headers.set('traceparent', traceparentOf() ?? context.traceparent);
  }

  close(): Promise<void> {
    return this.pool.close();
  }
}
