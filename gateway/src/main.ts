import cluster from 'node:cluster';
import { readFileSync } from 'node:fs';
import { serve } from '@portal/platform';
import { buildGateway } from './app';
import { readEnv, subgraphUrlOverrides } from './env';
import { defaultTrustedDocumentsMode } from './trusted-documents';
import { superviseWorkers } from './workers';

const env = readEnv();

if (env.GATEWAY_WORKERS > 1 && cluster.isPrimary) {
  superviseWorkers(env.GATEWAY_WORKERS);
} else {
  const app = await buildGateway({
    supergraphPath: env.SUPERGRAPH_PATH,
    identitySecret: env.IDENTITY_SECRET,
    jwt: {
      jwksUrl: env.JWKS_URL,
      publicKeyPem: env.JWT_PUBLIC_KEY ?? (env.JWT_PUBLIC_KEY_FILE ? readFileSync(env.JWT_PUBLIC_KEY_FILE, 'utf8') : undefined),
      issuer: env.JWT_ISSUER,
      audience: env.JWT_AUDIENCE,
    },
    subgraphUrls: subgraphUrlOverrides(),
    subgraphConnections: env.SUBGRAPH_CONNECTIONS,
    caches: { queryPlansMiB: env.QUERY_PLAN_CACHE_MIB, documentsMiB: env.DOCUMENT_CACHE_MIB },
    limits: { depth: env.MAX_DEPTH, aliases: env.MAX_ALIASES, tokens: env.MAX_TOKENS, bodyBytes: env.BODY_LIMIT_BYTES },
    trustedDocuments: { mode: env.TRUSTED_DOCUMENTS ?? defaultTrustedDocumentsMode(env.NODE_ENV), manifestPath: env.TRUSTED_DOCUMENTS_PATH },
    log: { level: env.LOG_LEVEL },
    dev: env.NODE_ENV === 'development',
  });
  await serve(app, { host: env.HOST, port: env.PORT });
}
