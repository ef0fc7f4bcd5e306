import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { deployables, deployablesIn } from '../lib/k8s/deployables';
import { generatedFiles, K8S_DIR } from '../lib/k8s/generate';
import { OVERLAYS, overlayProblems, renderOverlay } from '../lib/k8s/render';

describe('the Kubernetes manifests (infra/k8s)', () => {
  it('are generated from the list of services, and the committed files are current (npm run k8s:generate)', () => {
    const files = generatedFiles();
    expect([...files.keys()].filter((path) => path.startsWith('base/services/'))).toEqual(deployables().map((deployable) => `base/services/${deployable.name}.yaml`));
    for (const [path, content] of files) expect(readFileSync(new URL(path, K8S_DIR), 'utf8'), path).toBe(content);
  });

  for (const overlay of OVERLAYS) {
    it(`render the ${overlay} overlay into objects that validate offline (npm run k8s:render)`, async () => {
      const { objects } = renderOverlay(overlay);
      expect(await overlayProblems(overlay, objects)).toEqual([]);
      expect(objects.filter((object) => object.kind === 'Deployment').map((object) => object.metadata.name).sort()).toEqual(deployablesIn(overlay).map((d) => d.name).sort());
    });
  }

  it('finds what a broken manifest gets wrong', async () => {
    const { objects } = renderOverlay('production');
    const broken = structuredClone(objects);
    const surveys = broken.find((object) => object.kind === 'Deployment' && object.metadata.name === 'surveys')!;
    surveys.spec.template.spec.containers[0].ports[0].containerPort = 'http';
    delete surveys.spec.template.spec.containers[0].readinessProbe;
    surveys.spec.template.spec.containers[0].image = 'portal/surveys';
    const withoutReporting = broken.filter((object) => !(object.kind === 'HorizontalPodAutoscaler' && object.metadata.name === 'reporting'));
    withoutReporting.push({ apiVersion: 'v1', kind: 'Secret', metadata: { name: 'portal-identity' } });
    expect(await overlayProblems('production', withoutReporting)).toEqual([
      'Deployment/surveys: data/spec/template/spec/containers/0/ports/0/containerPort must be integer',
      'Secret/portal-identity: secrets are referenced, never part of the manifests',
      'Deployment/reporting: no HorizontalPodAutoscaler',
      'Deployment/surveys surveys: no readinessProbe',
      'Deployment/surveys surveys: image portal/surveys has no release tag',
    ]);
  });
});
