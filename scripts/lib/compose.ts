import { composeServices } from '@apollo/composition';
import { parse } from 'graphql';
import { SUBGRAPHS } from './subgraphs';

/** Composes the subgraphs' SDL into the supergraph; throws listing every composition error. */
export async function composeSupergraph(): Promise<string> {
  const services = SUBGRAPHS.map(({ name, port, definition }) => ({ name, url: `http://localhost:${port}/graphql`, typeDefs: parse(definition.typeDefs) }));
  const result = composeServices(services);
  if (result.errors) {
    throw new Error(`Composition failed:\n${result.errors.map((e) => `  - ${e.message}`).join('\n')}`);
  }
  return result.supergraphSdl;
}

export const SUPERGRAPH_PATH = new URL('../../schema/supergraph.graphql', import.meta.url);
