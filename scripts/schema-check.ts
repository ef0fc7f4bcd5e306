// npm run schema:check [-- --base <git ref>]: composes the services' schemas and compares the
// result with the supergraph where this branch left the base (main by default); exits 1 on a
// breaking change nobody acknowledged or an operation of the contract that no longer validates.
import { parseArgs } from 'node:util';
import { checkAgainst, formatSchemaCheck, mergeBase } from './lib/schema-check';

const { values } = parseArgs({ options: { base: { type: 'string', default: 'main' } } });
const base = mergeBase(values.base!);
if (!base) {
  console.error(`schema:check: no git ref ${values.base} to compare with (pass --base <ref>)`);
  process.exit(2);
}
const check = await checkAgainst(base);
console.log(formatSchemaCheck(check, `${values.base} (${base.slice(0, 10)})`));
process.exit(check.failed ? 1 : 0);
