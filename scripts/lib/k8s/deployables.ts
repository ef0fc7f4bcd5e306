import { GATEWAY_PORT, SUBGRAPHS } from '../subgraphs';

/** One deployable of the portal as Kubernetes runs it. */
export interface Deployable {
  name: string;
  port: number;
  /** The gateway faces clients; a subgraph is reached only by the gateway. */
  role: 'gateway' | 'subgraph';
  /** Its own Postgres database (`portal_<name>`), as a CloudNativePG cluster of its own. */
  database?: string;
}

/**
 * Every deployable, from the one list of subgraphs (scripts/lib/subgraphs.ts): the
 * manifests are generated from this function alone, so a new service cannot be forgotten.
 */
export function deployables(): Deployable[] {
  return [
    { name: 'gateway', port: GATEWAY_PORT, role: 'gateway' },
    ...SUBGRAPHS.map(({ name, port }) => ({ name, port, role: 'subgraph' as const, database: `portal_${name.replace(/-/g, '_')}` })),
  ];
}
