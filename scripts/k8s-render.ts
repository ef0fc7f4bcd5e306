// npm run k8s:render: renders every overlay of infra/k8s with `kubectl kustomize` and checks
// every object against the Kubernetes schemas and the portal's rules, offline; exits 1 on any
// problem. `-- --print <overlay>` writes that overlay's rendered YAML to standard output.
import { parseArgs } from 'node:util';
import { OVERLAYS, overlayProblems, renderOverlay } from './lib/k8s/render';

const { values } = parseArgs({ options: { print: { type: 'string' } } });
if (values.print) {
  process.stdout.write(renderOverlay(values.print).yaml);
  process.exit(0);
}
let failed = false;
for (const overlay of OVERLAYS) {
  const { objects } = renderOverlay(overlay);
  const problems = await overlayProblems(overlay, objects);
  const kinds = new Map<string, number>();
  for (const object of objects) kinds.set(object.kind, (kinds.get(object.kind) ?? 0) + 1);
  console.log(`${overlay}: ${objects.length} objects (${[...kinds].map(([kind, n]) => `${n} ${kind}`).join(', ')}): ${problems.length ? `${problems.length} problems` : 'valid'}`);
  for (const problem of problems) console.log(`  - ${problem}`);
  failed ||= problems.length > 0;
}
process.exit(failed ? 1 : 0);
