import type { Identity } from '@portal/platform';

export interface GatewayContext {
  identity: Identity;
  /** Signed once per request: every subgraph call of the operation carries the same header. */
  signedIdentity: string;
  requestId: string;
}
