// npm run k8s:generate: writes the Kubernetes base of every service (infra/k8s/base/services/)
// and the base's kustomization from the list of services.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generatedFiles, K8S_DIR } from './lib/k8s/generate';

for (const [path, content] of generatedFiles()) {
  const file = fileURLToPath(new URL(path, K8S_DIR));
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, content);
  console.log(`wrote ${file}`);
}
