// npm run codegen: the typed client in services/client/src/generated/, from the API schema
// of schema/supergraph.graphql and the operations in schema/operations/.
import { readFileSync } from 'node:fs';
import type { CodegenConfig } from '@graphql-codegen/cli';
import { printSchema } from 'graphql';
import { supergraphApiSchema } from './scripts/lib/operations';

const root = new URL('./', import.meta.url);

const config: CodegenConfig = {
  // What clients can ask for: the supergraph without its @inaccessible fields and join types.
  schema: printSchema(supergraphApiSchema(readFileSync(new URL('schema/supergraph.graphql', root), 'utf8'))),
  documents: ['schema/operations/*.graphql'],
  ignoreNoDocuments: false,
  generates: {
    'services/client/src/generated/': {
      preset: 'client',
      presetConfig: {
        fragmentMasking: false,
        // The package's own index exports the documents; the preset's re-exports only gql.ts.
        skipIndexFile: true,
        persistedDocuments: { hashAlgorithm: 'sha256' },
      },
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        strictScalars: true,
        scalars: { Date: 'string', DateTime: 'string' },
      },
    },
  },
};

export default config;
