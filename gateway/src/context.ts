import type { Identity } from '@portal/platform';

export interface GatewayContext {
  identity: Identity;
  /** Signed once per request: every subgraph call of the operation carries the same header. */
  signedIdentity: string;
  requestId: string;
  /** The client's W3C trace context, or a new one: subgraphs put it on the events they cause. */
  traceparent: string;
}
