import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { IDENTITY_HEADER, REQUEST_ID_HEADER } from '@portal/platform';
import type { GatewayContext } from './context';

/**
 * Calls a subgraph with the caller's signed identity and the request id. Node's global
 * fetch (undici) keeps connections alive, unlike the gateway's default fetcher.
 */
export class SubgraphDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  constructor(url: string) {
    super({ url, fetcher: globalThis.fetch as never });
  }

  override willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<GatewayContext>): void {
    // Health checks and the like have no caller; they get no identity.
    if (!('signedIdentity' in context) || !context.signedIdentity) return;
    request.http!.headers.set(IDENTITY_HEADER, context.signedIdentity);
    request.http!.headers.set(REQUEST_ID_HEADER, context.requestId);
    request.http!.headers.set('traceparent', context.traceparent);
  }
}
