import { composeServices } from '@apollo/composition';
import { parse } from 'graphql';
import { SUBGRAPHS } from './subgraphs';

/** Composes the subgraphs' SDL into the supergraph; throws listing every composition error. */
export async function composeSupergraph(): Promise<string> {
  const services = await Promise.all(
    SUBGRAPHS.map(async ({ name, port, dir }) => {
      const module = new URL(`../../${dir}/src/typeDefs.ts`, import.meta.url).href;
      const { typeDefs } = (await import(/* @vite-ignore */ module)) as { typeDefs: string };
      return { name, url: `http://localhost:${port}/graphql`, typeDefs: parse(typeDefs) };
    }),
  );
  const result = composeServices(services);
  if (result.errors) {
    throw new Error(`Composition failed:\n${result.errors.map((e) => `  - ${e.message}`).join('\n')}`);
  }
  return result.supergraphSdl;
}

export const SUPERGRAPH_PATH = new URL('../../schema/supergraph.graphql', import.meta.url);
