import { IDENTITY_HEADER, signIdentity, type Identity } from '@portal/platform';

/**
 * Where a request goes: our gateway, our gateway with its operation and rate limits off
 * (what the limits cost), our gateway over subgraphs of its own with tracing on in all of
 * them (what tracing costs), the subgraph itself, or a peer gateway (Hive Gateway with its
 * JavaScript planner, or with Hive Router's Rust planner).
 */
export type TargetName = 'ours' | 'unlimited' | 'traced' | 'direct' | 'peer' | 'router';

export const TARGET_LABELS: Record<TargetName, string> = {
  ours: 'our gateway',
  unlimited: 'ours, limits off',
  traced: 'ours, tracing on',
  direct: 'subgraph direct',
  peer: 'Hive Gateway',
  router: 'Hive Gateway (Rust planner)',
};

/** The gateways, in the order reports list them. */
export const GATEWAYS = ['ours', 'unlimited', 'traced', 'peer', 'router'] as const satisfies TargetName[];

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
  /** Where each gateway serves GraphQL. */
  urls: Record<(typeof GATEWAYS)[number], string>;
  coordinatorsUrl: string;
  token: string;
  /** The token's caller, as our gateway would sign it for subgraphs. */
  identity: Identity;
  identitySecret: string;
  pids: Record<TargetName, () => number>;
}

export function createTargets(setup: TargetSetup): Record<TargetName, Target> {
  const json = { 'content-type': 'application/json' };
  const bearer = { ...json, authorization: `Bearer ${setup.token}` };
  const gateway = (name: (typeof GATEWAYS)[number]): Target => ({ name, url: setup.urls[name], headers: () => bearer, pid: setup.pids[name] });
  return {
    ours: gateway('ours'),
    unlimited: gateway('unlimited'),
    traced: gateway('traced'),
    peer: gateway('peer'),
    router: gateway('router'),
    direct: {
      name: 'direct',
      url: setup.coordinatorsUrl,
      headers: () => ({ ...json, [IDENTITY_HEADER]: signIdentity(setup.identity, setup.identitySecret) }),
      headersPerRequest: true,
      pid: setup.pids.direct,
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
