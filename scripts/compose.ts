// npm run compose: writes schema/supergraph.graphql from the services' SDL.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { composeSupergraph, SUPERGRAPH_PATH } from './lib/compose';

try {
  writeFileSync(SUPERGRAPH_PATH, await composeSupergraph());
  console.log(`wrote ${fileURLToPath(SUPERGRAPH_PATH)}`);
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
