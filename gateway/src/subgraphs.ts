import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { Pool } from 'undici';
import { IDENTITY_HEADER, REQUEST_ID_HEADER } from '@portal/platform';
import type { GatewayContext } from './context';

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
 * API: far less work per call than fetch (no web streams, no abort signals).
 */
function pooledFetcher(pool: Pool): Fetcher {
  return async (url, init) => {
    const target = new URL(url);
    const response = await pool.request({
      path: `${target.pathname}${target.search}`,
      method: (init?.method ?? 'GET') as 'POST',
      headers: init?.headers,
      body: init?.body,
    });
    const headers = new Headers();
    for (const [name, value] of Object.entries(response.headers)) {
      if (typeof value === 'string') headers.set(name, value);
    }
    return new PooledResponse(url, response.statusCode, headers, await response.body.text());
  };
}

/** Calls a subgraph with the caller's signed identity, the request id and the trace context. */
export class SubgraphDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  private readonly pool: Pool;

  constructor(url: string, connections: number) {
    const pool = new Pool(new URL(url).origin, { connections, keepAliveTimeout: 30_000 });
    super({ url, fetcher: pooledFetcher(pool) });
    this.pool = pool;
  }

  override willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<GatewayContext>): void {
    // Health checks and the like have no caller; they get no identity.
    if (!('signIdentity' in context)) return;
    request.http!.headers.set(IDENTITY_HEADER, context.signIdentity());
    request.http!.headers.set(REQUEST_ID_HEADER, context.requestId);
    request.http!.headers.set('traceparent', context.traceparent);
  }

  close(): Promise<void> {
    return this.pool.close();
  }
}
