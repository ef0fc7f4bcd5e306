import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { AnyServiceDefinition } from '@portal/platform';
import { ROOT } from './paths';

/**
 * A subgraph of the portal, as its definition (`services/<name>/src/service.ts`) describes
 * it. Compose, build, start, the generated deployment files and the end-to-end tests all
 * read this list: a folder under services/ with a schema of its own (src/schema.graphql) is a
 * subgraph (the platform, the client and any web server beside the federation are not).
 */
export interface Subgraph {
  /** As in the supergraph; also its folder under services/. */
  name: string;
  port: number;
  dir: string;
  definition: AnyServiceDefinition;
}

async function discover(): Promise<Subgraph[]> {
  const names = readdirSync(join(ROOT, 'services')).filter((name) => existsSync(join(ROOT, 'services', name, 'src/schema.graphql')));
  const subgraphs = await Promise.all(
    names.map(async (folder) => {
      const module = pathToFileURL(join(ROOT, 'services', folder, 'src/service.ts')).href;
      const { service } = (await import(/* @vite-ignore */ module)) as { service: AnyServiceDefinition };
      if (service?.name !== folder) throw new Error(`services/${folder}/src/service.ts must export its definition as \`service\`, named "${folder}"`);
      return { name: service.name, port: service.port, dir: `services/${folder}`, definition: service };
    }),
  );
  return subgraphs.sort((a, b) => a.port - b.port);
}

export const SUBGRAPHS: Subgraph[] = await discover();

export const GATEWAY_PORT = 4000;

/** The database of a subgraph where it runs for real (npm start, containers): portal_case_studies. */
export const portalDatabaseName = (subgraph: Pick<Subgraph, 'name'>) => `portal_${subgraph.name.replace(/-/g, '_')}`;
