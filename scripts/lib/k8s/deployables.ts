import { DASHBOARD_PORT, OIDC_PORT } from '../dashboard';
import { GATEWAY_PORT, portalDatabaseName, SUBGRAPHS } from '../subgraphs';

/** One deployable of the portal as Kubernetes runs it. */
export interface Deployable {
  name: string;
  port: number;
  /**
   * The gateway and the web servers (the dashboard, the OpenID provider) face browsers; a
   * subgraph is reached only by the gateway.
   */
  role: 'gateway' | 'subgraph' | 'web';
  /** Its own Postgres database (`portal_<name>`), as a CloudNativePG cluster of its own. */
  database?: string;
  /** Where the kubelet asks whether it lives and whether it takes requests. */
  probes: { health: string; ready: string };
  /** Only in the dev overlay: a stand-in for what production gets elsewhere. */
  devOnly?: boolean;
}

/** What an overlay runs: production leaves out the development stand-ins. */
export const deployablesIn = (overlay: string): Deployable[] => deployables().filter((deployable) => overlay === 'dev' || !deployable.devOnly);

const SERVICE_PROBES = { health: '/health', ready: '/ready' };

/**
 * Every deployable, from the services' definitions (scripts/lib/subgraphs.ts) plus the
 * gateway and the web servers beside the federation: the manifests are generated from this
 * function alone, so a new service cannot be forgotten.
 */
export function deployables(): Deployable[] {
  return [
    { name: 'gateway', port: GATEWAY_PORT, role: 'gateway', probes: SERVICE_PROBES },
    ...SUBGRAPHS.map((subgraph) => ({ name: subgraph.name, port: subgraph.port, role: 'subgraph' as const, database: portalDatabaseName(subgraph), probes: SERVICE_PROBES })),
    { name: 'dashboard', port: DASHBOARD_PORT, role: 'web', probes: SERVICE_PROBES },
    // The local OpenID provider accepts any password for the demo accounts and keeps its
    // sessions in memory: a development stand-in for the organisation's identity provider.
    { name: 'identity-provider', port: OIDC_PORT, role: 'web', probes: SERVICE_PROBES, devOnly: true },
  ];
}
