import type { Identity } from '@portal/platform';

export interface GatewayContext {
  identity: Identity;
  /** Signs the caller for one subgraph call: each carries a nonce of its own, so no header is accepted twice. */
  signIdentity: () => string;
  requestId: string;
  /** The client's W3C trace context, or a new one: subgraphs put it on the events they cause. */
  traceparent: string;
}
