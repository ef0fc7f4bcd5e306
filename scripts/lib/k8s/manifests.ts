import type { Deployable } from './deployables';

type Manifest = Record<string, unknown>;

const PART_OF = { 'app.kubernetes.io/part-of': 'portal' };
const labelsOf = (name: string) => ({ 'app.kubernetes.io/name': name, ...PART_OF });
const podsOf = (name: string) => ({ matchLabels: { 'app.kubernetes.io/name': name } });

/** The NATS cluster's three nodes, each named: a client reaches whichever answers. */
export const NATS_URL = ['nats-0', 'nats-1', 'nats-2'].map((pod) => `nats://${pod}.nats:4222`).join(',');
/** Pods that may reach NATS carry this label. */
export const EVENTS_LABEL = 'portal.example/events';

// The services stop taking requests on SIGTERM and give those in flight and their relays
// and consumers up to 10 s (close-with-grace); the pod waits 5 s first so that the Service
// stops sending it traffic, and is killed only after both.
const PRE_STOP_SECONDS = 5;
const GRACE_SECONDS = 25;

const secretEnv = (name: string, secret: string, key: string, optional = false) => ({ name, valueFrom: { secretKeyRef: { name: secret, key, ...(optional ? { optional } : {}) } } });
/** The public addresses (ConfigMap `portal-urls`): where browsers reach the gateway, the dashboard and the OpenID provider. */
const urlEnv = (name: string, key: string, optional = false) => ({ name, valueFrom: { configMapKeyRef: { name: 'portal-urls', key, ...(optional ? { optional } : {}) } } });
const OIDC_KEYS_DIR = '/etc/portal/oidc';

function environment(deployable: Deployable): Manifest[] {
  const process = [
    { name: 'NODE_ENV', value: 'production' },
    { name: 'HOST', value: '0.0.0.0' },
    { name: 'PORT', value: String(deployable.port) },
  ];
  const identity = secretEnv('IDENTITY_SECRET', 'portal-identity', 'current');
  // Two keys during a rotation: signed with the current, either accepted (README: Operating).
  const common = [...process, identity, secretEnv('IDENTITY_SECRET_PREVIOUS', 'portal-identity', 'previous', true)];
  if (deployable.role === 'gateway') {
    return [
      ...common,
      { name: 'SUPERGRAPH_PATH', value: '/etc/portal/supergraph/supergraph.graphql' },
      { name: 'SUPERGRAPH_POLL_INTERVAL_MS', value: '10000' },
      { name: 'TRUSTED_DOCUMENTS', value: 'enforce' },
      { name: 'TRUST_PROXY', value: '1' },
      secretEnv('JWKS_URL', 'portal-jwt', 'jwks-url'),
      secretEnv('JWT_ISSUER', 'portal-jwt', 'issuer'),
      secretEnv('JWT_AUDIENCE', 'portal-jwt', 'audience'),
      // The dashboards' OpenID provider as a second issuer, when there is one.
      urlEnv('OIDC_ISSUER', 'oidc-issuer', true),
      urlEnv('OIDC_JWKS_URL', 'oidc-jwks-url', true),
      urlEnv('OIDC_AUDIENCE', 'oidc-audience', true),
      urlEnv('CORS_ORIGINS', 'dashboard-url', true),
    ];
  }
  if (deployable.name === 'dashboard') {
    return [...process, urlEnv('GATEWAY_URL', 'gateway-url'), urlEnv('OIDC_ISSUER', 'oidc-issuer'), urlEnv('OIDC_AUDIENCE', 'oidc-audience')];
  }
  if (deployable.role === 'web') {
    return [
      ...process,
      // Its cookie keys derive from the portal's secret.
      identity,
      urlEnv('OIDC_ISSUER', 'oidc-issuer'),
      urlEnv('OIDC_AUDIENCE', 'oidc-audience'),
      urlEnv('DASHBOARD_ORIGINS', 'dashboard-url'),
      // Every replica signs with the same key, kept in a Secret (a file of its JWKS).
      { name: 'OIDC_KEYS_FILE', value: `${OIDC_KEYS_DIR}/jwks.json` },
    ];
  }
  const cluster = `${deployable.name}-db`;
  return [
    ...common,
    // CloudNativePG keeps the owner's credentials in <cluster>-app; the pooler in front of
    // the primary follows it through a failover.
    secretEnv('DATABASE_USER', `${cluster}-app`, 'username'),
    secretEnv('DATABASE_PASSWORD', `${cluster}-app`, 'password'),
    { name: 'DATABASE_URL', value: `postgres://$(DATABASE_USER):$(DATABASE_PASSWORD)@${cluster}-pooler:5432/${deployable.database}` },
    { name: 'NATS_URL', value: NATS_URL },
    { name: 'EVENTS_REPLICAS', value: '3' },
  ];
}

function deployment(deployable: Deployable): Manifest {
  const probe = (path: string, periodSeconds: number, failureThreshold: number) => ({ httpGet: { path, port: 'http' }, periodSeconds, failureThreshold, timeoutSeconds: 3 });
  const gateway = deployable.role === 'gateway';
  const subgraph = deployable.role === 'subgraph';
  const mounts: { mount: Manifest; volume: Manifest }[] = [
    { mount: { name: 'tmp', mountPath: '/tmp' }, volume: { name: 'tmp', emptyDir: {} } },
    ...(gateway ? [{ mount: { name: 'supergraph', mountPath: '/etc/portal/supergraph', readOnly: true }, volume: { name: 'supergraph', configMap: { name: 'supergraph' } } }] : []),
    ...(deployable.name === 'identity-provider'
      ? [{ mount: { name: 'oidc-keys', mountPath: OIDC_KEYS_DIR, readOnly: true }, volume: { name: 'oidc-keys', secret: { secretName: 'portal-oidc-keys' } } }]
      : []),
  ];
  return {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name: deployable.name, labels: labelsOf(deployable.name) },
    spec: {
      replicas: 2,
      selector: podsOf(deployable.name),
      strategy: { type: 'RollingUpdate', rollingUpdate: { maxUnavailable: 0, maxSurge: 1 } },
      template: {
        metadata: { labels: { ...labelsOf(deployable.name), ...(subgraph ? { [EVENTS_LABEL]: 'true' } : {}) } },
        spec: {
          terminationGracePeriodSeconds: GRACE_SECONDS,
          automountServiceAccountToken: false,
          securityContext: { runAsNonRoot: true, runAsUser: 1000, runAsGroup: 1000, seccompProfile: { type: 'RuntimeDefault' } },
          containers: [
            {
              name: deployable.name,
              image: `portal/${deployable.name}`,
              ports: [{ name: 'http', containerPort: deployable.port }],
              env: environment(deployable),
              resources: gateway
                ? { requests: { cpu: '500m', memory: '512Mi' }, limits: { memory: '1Gi' } }
                : subgraph
                  ? { requests: { cpu: '200m', memory: '256Mi' }, limits: { memory: '512Mi' } }
                  : { requests: { cpu: '100m', memory: '128Mi' }, limits: { memory: '256Mi' } },
              // Migrations run before the service listens: up to two minutes.
              startupProbe: probe(deployable.probes.health, 2, 60),
              livenessProbe: probe(deployable.probes.health, 10, 3),
              // Not ready while its database (a subgraph) or any subgraph (the gateway) is not.
              readinessProbe: probe(deployable.probes.ready, 5, 2),
              lifecycle: { preStop: { sleep: { seconds: PRE_STOP_SECONDS } } },
              securityContext: { allowPrivilegeEscalation: false, readOnlyRootFilesystem: true, capabilities: { drop: ['ALL'] } },
              volumeMounts: mounts.map(({ mount }) => mount),
            },
          ],
          volumes: mounts.map(({ volume }) => volume),
        },
      },
    },
  };
}

const service = (deployable: Deployable): Manifest => ({
  apiVersion: 'v1',
  kind: 'Service',
  metadata: { name: deployable.name, labels: labelsOf(deployable.name) },
  spec: { selector: podsOf(deployable.name).matchLabels, ports: [{ name: 'http', port: deployable.port, targetPort: 'http' }] },
});

const disruptionBudget = (deployable: Deployable): Manifest => ({
  apiVersion: 'policy/v1',
  kind: 'PodDisruptionBudget',
  metadata: { name: deployable.name, labels: labelsOf(deployable.name) },
  spec: { maxUnavailable: 1, selector: podsOf(deployable.name) },
});

// Every deployable is stateless (its state is in its database and the stream): the
// gateway's rate limits and a subgraph's remembered identity nonces are per process, and
// reporting's replicas share their durable consumer.
const autoscaler = (deployable: Deployable): Manifest => ({
  apiVersion: 'autoscaling/v2',
  kind: 'HorizontalPodAutoscaler',
  metadata: { name: deployable.name, labels: labelsOf(deployable.name) },
  spec: {
    scaleTargetRef: { apiVersion: 'apps/v1', kind: 'Deployment', name: deployable.name },
    minReplicas: 2,
    maxReplicas: { gateway: 10, subgraph: 6, web: 4 }[deployable.role],
    metrics: [{ type: 'Resource', resource: { name: 'cpu', target: { type: 'Utilization', averageUtilization: 70 } } }],
  },
});

/** Who may connect to the deployable: clients (through the ingress) to the gateway and the web servers, only the gateway to a subgraph. */
const ingressPolicy = (deployable: Deployable): Manifest => ({
  apiVersion: 'networking.k8s.io/v1',
  kind: 'NetworkPolicy',
  metadata: { name: deployable.name, labels: labelsOf(deployable.name) },
  spec: {
    podSelector: podsOf(deployable.name),
    policyTypes: ['Ingress'],
    ingress: [
      {
        ...(deployable.role === 'subgraph' ? { from: [{ podSelector: podsOf('gateway') }] } : {}),
        ports: [{ protocol: 'TCP', port: deployable.port }],
      },
    ],
  },
});

/** Its database: three instances, continuous WAL archiving and daily base backups, a pooler; only the service and the operator reach it. */
function database(deployable: Deployable): Manifest[] {
  const cluster = `${deployable.name}-db`;
  const owner = deployable.name.replace(/-/g, '_');
  const cnpg = (kind: string, name: string, spec: Manifest): Manifest => ({ apiVersion: 'postgresql.cnpg.io/v1', kind, metadata: { name, labels: labelsOf(cluster) }, spec });
  return [
    cnpg('Cluster', cluster, {
      instances: 3,
      imageName: 'ghcr.io/cloudnative-pg/postgresql:15',
      primaryUpdateStrategy: 'unsupervised',
      storage: { size: '20Gi' },
      bootstrap: { initdb: { database: deployable.database, owner } },
      postgresql: { parameters: { max_connections: '200' } },
      // A write is acknowledged once a standby has it too: a failover loses no committed write.
      minSyncReplicas: 1,
      maxSyncReplicas: 1,
      backup: {
        retentionPolicy: '30d',
        barmanObjectStore: {
          destinationPath: `s3://portal-backups/${cluster}`,
          s3Credentials: {
            accessKeyId: { name: 'portal-backup-s3', key: 'access-key-id' },
            secretAccessKey: { name: 'portal-backup-s3', key: 'secret-access-key' },
          },
          wal: { compression: 'gzip' },
        },
      },
    }),
    cnpg('ScheduledBackup', cluster, { schedule: '0 0 3 * * *', backupOwnerReference: 'self', cluster: { name: cluster } }),
    // Session pooling: the relays LISTEN for new outbox rows and statements are prepared.
    cnpg('Pooler', `${cluster}-pooler`, { cluster: { name: cluster }, instances: 2, type: 'rw', pgbouncer: { poolMode: 'session', parameters: { max_client_conn: '400', default_pool_size: '40' } } }),
    {
      apiVersion: 'networking.k8s.io/v1',
      kind: 'NetworkPolicy',
      metadata: { name: cluster, labels: labelsOf(cluster) },
      spec: {
        podSelector: { matchLabels: { 'cnpg.io/cluster': cluster } },
        policyTypes: ['Ingress'],
        ingress: [
          // The service through its pooler, and the instances among themselves (replication).
          { from: [{ podSelector: { matchLabels: { 'cnpg.io/poolerName': `${cluster}-pooler` } } }, { podSelector: { matchLabels: { 'cnpg.io/cluster': cluster } } }], ports: [{ protocol: 'TCP', port: 5432 }] },
          // The operator's status checks.
          { from: [{ namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': 'cnpg-system' } } }], ports: [{ protocol: 'TCP', port: 8000 }] },
        ],
      },
    },
    {
      apiVersion: 'networking.k8s.io/v1',
      kind: 'NetworkPolicy',
      metadata: { name: `${cluster}-pooler`, labels: labelsOf(cluster) },
      spec: {
        podSelector: { matchLabels: { 'cnpg.io/poolerName': `${cluster}-pooler` } },
        policyTypes: ['Ingress'],
        ingress: [{ from: [{ podSelector: podsOf(deployable.name) }], ports: [{ protocol: 'TCP', port: 5432 }] }],
      },
    },
  ];
}

/** Everything one deployable needs, in the order kubectl applies it. */
export function manifestsOf(deployable: Deployable): Manifest[] {
  return [
    ...(deployable.database ? database(deployable) : []),
    deployment(deployable),
    service(deployable),
    disruptionBudget(deployable),
    autoscaler(deployable),
    ingressPolicy(deployable),
  ];
}
