// npm run generate: the deployment files that follow from the services' definitions
// (docker-compose.yml, infra/postgres/init.sql); see scripts/lib/deployment.ts.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { GENERATED_FILES } from './lib/deployment';
import { ROOT } from './lib/paths';

for (const [path, write] of Object.entries(GENERATED_FILES)) {
  writeFileSync(join(ROOT, path), write());
  console.log(`wrote ${path}`);
}
