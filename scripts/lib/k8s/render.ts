import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { parseAllDocuments } from 'yaml';
import { deployablesIn } from './deployables';
import { K8S_DIR } from './generate';

export const OVERLAYS = ['dev', 'production'] as const;

type K8sObject = { apiVersion: string; kind: string; metadata: { name: string; labels?: Record<string, string> }; spec?: any };

/**
 * An overlay as `kubectl kustomize` renders it (offline). The base's supergraph ConfigMap
 * reads schema/supergraph.graphql, outside the kustomization's folder, hence the flag.
 */
export function renderOverlay(overlay: string): { yaml: string; objects: K8sObject[] } {
  const yaml = execFileSync('kubectl', ['kustomize', '--load-restrictor', 'LoadRestrictionsNone', fileURLToPath(new URL(`overlays/${overlay}`, K8S_DIR))], {
    encoding: 'utf8',
    maxBuffer: 64 * 2 ** 20,
  });
  return { yaml, objects: parseAllDocuments(yaml).map((document) => document.toJS() as K8sObject) };
}

/** The model class of a built-in kind from kubernetes-models (its OpenAPI schema), if it is one. */
async function modelOf(apiVersion: string, kind: string): Promise<(new (data: unknown) => { validate(): void }) | undefined> {
  if (apiVersion.includes('.') && !/\.k8s\.io\//.test(apiVersion)) return undefined;
  const module = `kubernetes-models/${apiVersion}`;
  try {
    return ((await import(/* @vite-ignore */ module)) as Record<string, new (data: unknown) => { validate(): void }>)[kind];
  } catch {
    return undefined;
  }
}

// CloudNativePG's resources have no schema here: what the portal relies on is checked by hand.
const CNPG_CHECKS: Record<string, (object: K8sObject, clusters: Set<string>) => string[]> = {
  Cluster: (object) => (Number.isInteger(object.spec?.instances) && object.spec?.bootstrap?.initdb?.database ? [] : ['needs instances and bootstrap.initdb.database']),
  Pooler: (object, clusters) => (clusters.has(object.spec?.cluster?.name) ? [] : [`names no Cluster (${object.spec?.cluster?.name})`]),
  ScheduledBackup: (object, clusters) => (clusters.has(object.spec?.cluster?.name) ? [] : [`names no Cluster (${object.spec?.cluster?.name})`]),
};

const selects = (selector: Record<string, string> | undefined, labels: Record<string, string>) =>
  !!selector && Object.entries(selector).every(([key, value]) => labels[key] === value);

/**
 * Every problem of a rendered overlay: objects that do not validate against the Kubernetes
 * schemas, inlined Secrets, deployables without a Deployment and Service, containers
 * without resources, probes, graceful stop or a pinned image, workloads that no
 * PodDisruptionBudget covers, and in production deployments without an autoscaler.
 */
export async function overlayProblems(overlay: string, objects: K8sObject[]): Promise<string[]> {
  const problems: string[] = [];
  const name = (object: K8sObject) => `${object.kind}/${object.metadata?.name}`;
  const clusters = new Set(objects.filter((object) => object.kind === 'Cluster').map((object) => object.metadata.name));
  for (const object of objects) {
    if (object.kind === 'Secret') problems.push(`${name(object)}: secrets are referenced, never part of the manifests`);
    const model = await modelOf(object.apiVersion, object.kind);
    if (model) {
      try {
        new model(object).validate();
      } catch (error) {
        problems.push(`${name(object)}: ${(error as Error).message}`);
      }
    } else if (CNPG_CHECKS[object.kind] && object.apiVersion === 'postgresql.cnpg.io/v1') {
      problems.push(...CNPG_CHECKS[object.kind]!(object, clusters).map((problem) => `${name(object)}: ${problem}`));
    } else {
      problems.push(`${name(object)}: unknown kind ${object.apiVersion}`);
    }
  }

  const workloads = objects.filter((object) => object.kind === 'Deployment' || object.kind === 'StatefulSet');
  for (const deployable of deployablesIn(overlay)) {
    for (const kind of ['Deployment', 'Service']) {
      if (!objects.some((object) => object.kind === kind && object.metadata.name === deployable.name)) problems.push(`${deployable.name}: no ${kind}`);
    }
  }
  for (const workload of workloads) {
    const labels = workload.spec.template.metadata.labels as Record<string, string>;
    for (const container of workload.spec.template.spec.containers) {
      const where = `${name(workload)} ${container.name}`;
      if (!container.resources?.requests?.cpu || !container.resources?.requests?.memory || !container.resources?.limits?.memory) problems.push(`${where}: resources`);
      for (const probe of ['startupProbe', 'livenessProbe', 'readinessProbe']) if (!container[probe]) problems.push(`${where}: no ${probe}`);
      if (!container.lifecycle?.preStop) problems.push(`${where}: no preStop`);
      if (!/:[\w.-]+$/.test(container.image) || container.image.endsWith(':latest')) problems.push(`${where}: image ${container.image} has no release tag`);
    }
    if (!objects.some((object) => object.kind === 'PodDisruptionBudget' && selects(object.spec?.selector?.matchLabels, labels))) problems.push(`${name(workload)}: no PodDisruptionBudget`);
    const autoscaled = objects.some((object) => object.kind === 'HorizontalPodAutoscaler' && object.spec.scaleTargetRef.name === workload.metadata.name);
    if (overlay === 'production' && workload.kind === 'Deployment' && !autoscaled) problems.push(`${name(workload)}: no HorizontalPodAutoscaler`);
  }
  return problems;
}
