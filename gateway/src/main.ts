import cluster from 'node:cluster';
import { readFileSync } from 'node:fs';
import { serve, startTracing } from '@portal/platform';
import { eventStream, natsConnector } from '@portal/platform/events';
import { buildGateway } from './app';
import { readEnv, subgraphUrlOverrides } from './env';
import { defaultTrustedDocumentsMode } from './trusted-documents';
import { superviseWorkers } from './workers';

const env = readEnv();

if (env.GATEWAY_WORKERS > 1 && cluster.isPrimary) {
  superviseWorkers(env.GATEWAY_WORKERS);
} else {
  const stopTracing = startTracing('gateway');
  const app = await buildGateway({
    supergraphPath: env.SUPERGRAPH_URL ?? env.SUPERGRAPH_PATH,
    supergraphPollIntervalMs: env.SUPERGRAPH_POLL_INTERVAL_MS,
    identitySecret: env.IDENTITY_SECRET,
    jwt: [
      {
        jwksUrl: env.JWKS_URL,
        publicKeyPem: env.JWT_PUBLIC_KEY ?? (env.JWT_PUBLIC_KEY_FILE ? readFileSync(env.JWT_PUBLIC_KEY_FILE, 'utf8') : undefined),
        issuer: env.JWT_ISSUER,
        audience: env.JWT_AUDIENCE,
      },
      ...(env.OIDC_ISSUER ? [{ jwksUrl: env.OIDC_JWKS_URL, issuer: env.OIDC_ISSUER, audience: env.OIDC_AUDIENCE! }] : []),
    ].map((issuer) => ({ ...issuer, maxAgeSeconds: env.JWT_MAX_AGE_SECONDS, clockToleranceSeconds: env.JWT_CLOCK_TOLERANCE_SECONDS })),
    corsOrigins: env.CORS_ORIGINS,
    subgraphUrls: subgraphUrlOverrides(),
    subgraphConnections: env.SUBGRAPH_CONNECTIONS,
    caches: { queryPlansMiB: env.QUERY_PLAN_CACHE_MIB, documentsMiB: env.DOCUMENT_CACHE_MIB },
    limits: {
      depth: env.MAX_DEPTH,
      aliases: env.MAX_ALIASES,
      directives: env.MAX_DIRECTIVES,
      cost: env.MAX_COST,
      tokens: env.MAX_TOKENS,
      bodyBytes: env.BODY_LIMIT_BYTES,
    },
    rateLimits: {
      windowSeconds: env.RATE_LIMIT_WINDOW_SECONDS,
      perIp: env.RATE_LIMIT_PER_IP,
      queriesPerSubject: env.RATE_LIMIT_QUERIES_PER_SUBJECT,
      writesPerSubject: env.RATE_LIMIT_WRITES_PER_SUBJECT,
    },
    enforceLimits: env.GATEWAY_LIMITS === 'on',
    trustProxy: env.TRUST_PROXY,
    subgraphPolicy: { timeoutMs: env.SUBGRAPH_TIMEOUT_MS, breakerFailures: env.SUBGRAPH_BREAKER_FAILURES, halfOpenAfterMs: env.SUBGRAPH_BREAKER_HALF_OPEN_MS },
    trustedDocuments: { mode: env.TRUSTED_DOCUMENTS ?? defaultTrustedDocumentsMode(env.NODE_ENV), manifestPath: env.TRUSTED_DOCUMENTS_PATH },
    certifications: {
      connect: natsConnector(env.NATS_URL, 'gateway-certifications'),
      stream: eventStream(env.EVENTS_STREAM),
      graceDays: env.CERTIFICATION_GRACE_DAYS,
    },
    responseCache: env.RESPONSE_CACHE === 'on' ? { ttlMs: env.RESPONSE_CACHE_TTL_MS, maxEntries: env.RESPONSE_CACHE_MAX_ENTRIES } : undefined,
    log: { level: env.LOG_LEVEL },
    dev: env.NODE_ENV === 'development',
    metricsToken: env.METRICS_TOKEN,
  });
  if (stopTracing) app.addHook('onClose', stopTracing);
  await serve(app, { host: env.HOST, port: env.PORT });
}
