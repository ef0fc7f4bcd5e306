import { IDENTITY_HEADER, signIdentity, type Identity } from '@portal/platform';

/** Where a request goes: our gateway, the subgraph itself, or the peer gateway. */
export type TargetName = 'ours' | 'direct' | 'peer';

export const TARGET_LABELS: Record<TargetName, string> = {
  ours: 'our gateway',
  direct: 'subgraph direct',
  peer: 'Hive Gateway',
};

export interface Target {
  name: TargetName;
  url: string;
  /** Headers for requests sent now: the direct target's identity is signed afresh each time. */
  headers(): Record<string, string>;
  /** Headers must be asked for per request: a subgraph accepts each signed identity once. */
  headersPerRequest?: boolean;
  /** The process serving it, whose CPU time is taken during each slot. */
  pid(): number;
}

export interface TargetSetup {
  gatewayUrl: string;
  peerUrl: string;
  coordinatorsUrl: string;
  token: string;
  /** The token's caller, as our gateway would sign it for subgraphs. */
  identity: Identity;
  identitySecret: string;
  pids: { ours: () => number; peer: () => number; coordinators: () => number };
}

export function createTargets(setup: TargetSetup): Record<TargetName, Target> {
  const json = { 'content-type': 'application/json' };
  const bearer = { ...json, authorization: `Bearer ${setup.token}` };
  return {
    ours: { name: 'ours', url: setup.gatewayUrl, headers: () => bearer, pid: setup.pids.ours },
    peer: { name: 'peer', url: setup.peerUrl, headers: () => bearer, pid: setup.pids.peer },
    direct: {
      name: 'direct',
      url: setup.coordinatorsUrl,
      headers: () => ({ ...json, [IDENTITY_HEADER]: signIdentity(setup.identity, setup.identitySecret) }),
      headersPerRequest: true,
      pid: setup.pids.coordinators,
    },
  };
}

export interface GraphQLResponse {
  status: number;
  body: { data?: unknown; errors?: { message: string; extensions?: Record<string, unknown> }[] };
}

export async function post(target: Target, body: string): Promise<GraphQLResponse> {
  const response = await fetch(target.url, { method: 'POST', headers: target.headers(), body });
  const text = await response.text();
  try {
    return { status: response.status, body: JSON.parse(text) };
  } catch {
    throw new Error(`${TARGET_LABELS[target.name]} answered ${response.status} with a body that is not JSON: ${text.slice(0, 300)}`);
  }
}
