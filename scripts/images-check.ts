// npm run images:check: builds the portal (npm run build) and checks every image's recipe
// without a Docker engine (scripts/lib/images.ts); exits 1 on any problem.
import { buildAll } from './lib/build';
import { checkImages, dockerfileProblems } from './lib/images';

const databaseServerUrl = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const { milliseconds } = await buildAll();
console.log(`built in ${(milliseconds / 1000).toFixed(1)} s`);
const recipe = dockerfileProblems();
for (const problem of recipe) console.log(`Dockerfile: ${problem}`);
const checks = await checkImages(databaseServerUrl);
for (const check of checks) {
  console.log(`${check.name}: ${check.problems.length ? `${check.problems.length} problems` : `ok, /health answered ${check.startMs} ms after start`}`);
  for (const problem of check.problems) console.log(`  - ${problem}`);
}
process.exit(recipe.length > 0 || checks.some((c) => c.problems.length > 0) ? 1 : 0);
