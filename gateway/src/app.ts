import { ApolloGateway } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginUsageReportingDisabled } from '@apollo/server/plugin/disabled';
import { fastifyApolloHandler } from '@as-integrations/fastify';
import cors from '@fastify/cors';
import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import { GraphQLError, type DocumentNode } from 'graphql';
import { InMemoryLRUCache } from '@apollo/utils.keyvaluecache';
import {
  baseServerOptions,
  echoRequestId,
  observeHttp,
  serveMetrics,
  traceHttp,
  IDENTITY_HEADER,
  PortalError,
  signIdentity,
  type ServerLogOptions,
} from '@portal/platform';
import { createAuthenticator, type JwtConfig } from './authentication';
import { followCertifications, type CertificationFeedOptions } from './certifications';
import type { GatewayContext } from './context';
import { formatGatewayError } from './errors';
import { proxyNotifications } from './notifications';
import { createResponseCache } from './response-cache';
import { followStream } from './stream-follower';
import { operationLimitRules, type OperationLimits } from './limits';
import { createGatewayMetrics, metricsReaders, trustedOperationNames } from './metrics';
import { createRateLimits, DEFAULT_RATE_LIMITS, type RateLimits } from './rate-limits';
import { DEFAULT_SUBGRAPH_POLICY, type SubgraphPolicyOptions } from './subgraph-policy';
import { SubgraphDataSource } from './subgraphs';
import { supergraphSource } from './supergraph-source';
import { trustedDocuments, type TrustedDocumentsOptions } from './trusted-documents';

export interface GatewayOptions {
  /** The supergraph: a file or an http(s) URL (supergraph-source.ts). */
  supergraphPath: string;
  /** How often to look for a changed supergraph and swap it in (0: read once). */
  supergraphPollIntervalMs?: number;
  identitySecret: string;
  /** The issuers whose tokens are accepted. */
  jwt: JwtConfig | JwtConfig[];
  /** Browser origins allowed to call /graphql (the dashboards'); none: no cross-origin calls. */
  corsOrigins?: string[];
  /** Subgraph URLs by name, replacing those written in the supergraph. */
  subgraphUrls?: Map<string, string>;
  /** Keep-alive connections per subgraph. */
  subgraphConnections?: number;
  /**
   * Approximate sizes of the caches of query plans and of parsed operations, MiB: the
   * portal's operation set fits many times over, and a flood of one-off operations (cold
   * plans) cannot grow the gateway's memory beyond them.
   */
  caches?: { queryPlansMiB: number; documentsMiB: number };
  limits: OperationLimits & { bodyBytes: number };
  rateLimits?: RateLimits;
  /** False only to measure what the operation and rate limits cost (GATEWAY_LIMITS=off). */
  enforceLimits?: boolean;
  /** Which proxies' X-Forwarded-For names the client whose address the rate limit counts. */
  trustProxy?: FastifyServerOptions['trustProxy'];
  /** Timeout and circuit breaker of every subgraph. */
  subgraphPolicy?: SubgraphPolicyOptions;
  /** Which documents are served: the generated client's only (enforce), any (log, off). */
  trustedDocuments: TrustedDocumentsOptions;
  /**
   * The coordinators' certifications as the stream tells them: a caller whose certification
   * no longer grants access is signed as such to every subgraph. Without it (tests of other
   * concerns) every caller is signed by roles alone.
   */
  certifications?: Omit<CertificationFeedOptions, 'log'>;
  /**
   * Whole query responses kept per replica and invalidated by the stream's events
   * (response-cache.ts); needs `certifications` (who owns what). Unset: nothing is cached.
   */
  responseCache?: { ttlMs: number; maxEntries: number };
  log: ServerLogOptions;
  dev: boolean;
  /** The bearer token a scraper of /metrics must send; without one only this machine may read them. */
  metricsToken?: string;
}

export async function buildGateway(options: GatewayOptions): Promise<FastifyInstance> {
  const app = Fastify({ ...baseServerOptions(options.log), bodyLimit: options.limits.bodyBytes, trustProxy: options.trustProxy ?? false });
  traceHttp(app);
  echoRequestId(app);
  // A preflight is answered before any budget is spent; a bearer token, not a cookie,
  // authenticates, so credentials are never allowed.
  if (options.corsOrigins?.length) {
    await app.register(cors, { origin: options.corsOrigins, methods: ['GET', 'POST'], allowedHeaders: ['authorization', 'content-type', 'traceparent'], maxAge: 600 });
  }
  const metrics = createGatewayMetrics(trustedOperationNames(options.trustedDocuments.manifestPath));
  observeHttp(app, metrics.registry);

  // Identity comes only from the verified token: whatever a client claims is discarded.
  app.addHook('onRequest', async (request) => {
    delete request.headers[IDENTITY_HEADER];
  });

  app.setErrorHandler((error: Error & { statusCode?: number; code?: string }, request, reply) => {
    if (error.code === 'FST_ERR_CTP_BODY_TOO_LARGE') {
      return reply.code(413).send({
        errors: [
          {
            message: `Request body is larger than the limit of ${options.limits.bodyBytes} bytes`,
            extensions: { code: 'PAYLOAD_TOO_LARGE' },
          },
        ],
      });
    }
    const status = error.statusCode && error.statusCode < 500 ? error.statusCode : 500;
    if (status >= 500) request.log.error({ err: error }, 'request failed');
    return reply.code(status).send({
      errors: [{ message: status < 500 ? error.message : 'Internal server error', extensions: { code: status < 500 ? 'BAD_REQUEST' : 'INTERNAL_SERVER_ERROR' } }],
    });
  });

  const subgraphUrls = new Map<string, string>();
  // Each supergraph the gateway loads names its subgraphs anew: one pool per subgraph address.
  const dataSources = new Map<string, SubgraphDataSource>();
  const caches = options.caches ?? { queryPlansMiB: 8, documentsMiB: 8 };
  const gateway = new ApolloGateway({
    supergraphSdl: supergraphSource({ location: options.supergraphPath, pollIntervalMs: options.supergraphPollIntervalMs ?? 0, log: app.log }),
    experimental_approximateQueryPlanStoreMiB: caches.queryPlansMiB,
    buildService: ({ name, url }) => {
      const target = options.subgraphUrls?.get(name) ?? url!;
      subgraphUrls.set(name, target);
      const key = `${name} ${target}`;
      const source =
        dataSources.get(key) ??
        new SubgraphDataSource(name, target, {
          connections: options.subgraphConnections ?? 64,
          policy: options.subgraphPolicy ?? DEFAULT_SUBGRAPH_POLICY,
          log: app.log,
          metrics,
        });
      dataSources.set(key, source);
      return source;
    },
  });

  const certifications = options.certifications && followCertifications({ ...options.certifications, log: app.log });
  const responseCache =
    options.responseCache && certifications ? createResponseCache({ ...options.responseCache, coordinatorIdOf: certifications.coordinatorIdOf }) : undefined;
  if (responseCache) metrics.responseCache(responseCache.store);
  const responseEvents =
    responseCache &&
    followStream({
      connect: options.certifications!.connect,
      stream: options.certifications!.stream,
      filter: '>',
      from: 'new',
      name: 'response cache',
      log: app.log,
      apply: responseCache.apply,
    });

  const limited = options.enforceLimits ?? true;
  if (!limited) app.log.warn('operation limits and rate limits are off (GATEWAY_LIMITS=off)');
  const rateLimits = createRateLimits(options.rateLimits ?? DEFAULT_RATE_LIMITS);
  const apollo = new ApolloServer<GatewayContext>({
    gateway,
    documentStore: new InMemoryLRUCache<DocumentNode>({ maxSize: caches.documentsMiB * 2 ** 20 }),
    introspection: options.dev,
    hideSchemaDetailsFromClientErrors: !options.dev,
    includeStacktraceInErrorResponses: options.dev,
    csrfPrevention: true,
    // Shutdown is ours (serve): Apollo's own signal handler would re-raise the signal.
    stopOnTerminationSignals: false,
    allowBatchedHttpRequests: false,
    // Automatic persisted queries would let any client register a document; the documents
    // known by id are the generated client's (trusted-documents.ts).
    persistedQueries: false,
    parseOptions: limited ? { maxTokens: options.limits.tokens } : {},
    validationRules: limited ? [operationLimitRules(options.limits)] : [],
    formatError: (formatted) => formatGatewayError(formatted, { dev: options.dev, report: (error) => app.log.error({ error }, 'unexpected error') }),
    plugins: [
      ApolloServerPluginUsageReportingDisabled(),
      metrics.operations,
      ...(limited ? [rateLimits.perSubject] : []),
      ...(responseCache ? [responseCache.plugin] : []),
      ...(options.dev ? [] : [ApolloServerPluginLandingPageDisabled()]),
    ],
    logger: app.log,
  });
  await apollo.start();

  const authenticate = createAuthenticator(options.jwt);
  app.route({
    url: '/graphql',
    method: ['GET', 'POST', 'OPTIONS'],
    onRequest: limited ? rateLimits.perIp : [],
    preHandler: trustedDocuments({ ...options.trustedDocuments, maxTokens: options.limits.tokens, log: app.log }),
    handler: fastifyApolloHandler(apollo, {
      context: async (request) => {
        try {
          const verified = await authenticate(request.headers.authorization);
          const identity = certifications?.isInactive(verified.sub) ? { ...verified, certificationInactive: true as const } : verified;
          return {
            identity,
            signIdentity: () => signIdentity(identity, options.identitySecret),
            requestId: request.id,
            traceparent: request.traceparent,
          };
        } catch (error) {
          // Anything but a refused token (a JWKS endpoint down, say) is the gateway's failure.
          if (!(error instanceof PortalError)) throw error;
          throw new GraphQLError(error.message, { extensions: { code: error.code, http: { status: 401 } } });
        }
      },
    }),
  });

  serveMetrics(app, metrics.registry, metricsReaders(options.metricsToken));
  const notifications = subgraphUrls.get('notifications');
  if (notifications) {
    proxyNotifications(app, { serviceUrl: notifications, authenticate, identitySecret: options.identitySecret, perIp: rateLimits.perIp });
  }

  app.get('/health', async () => ({ status: 'ok', service: 'gateway' }));
  app.get('/ready', async (_request, reply) => {
    const results = await Promise.all(
      [...subgraphUrls].map(async ([name, url]) => {
        try {
          const response = await fetch(new URL('/ready', url), { signal: AbortSignal.timeout(2000) });
          // A subgraph without NATS still answers (degraded): the gateway can serve through it.
          const { status } = response.ok ? ((await response.json()) as { status?: string }) : {};
          return [name, status === 'ready' || status === 'degraded' ? status : 'unavailable'] as const;
        } catch {
          return [name, 'unreachable'] as const;
        }
      }),
    );
    // Until the certifications have caught up with the stream, a lapsed member could pass.
    const caughtUp = (!certifications || certifications.caughtUp) && (!responseEvents || responseEvents.caughtUp);
    const serving = caughtUp && results.every(([, state]) => state !== 'unavailable' && state !== 'unreachable');
    const status = !serving ? 'unavailable' : results.every(([, state]) => state === 'ready') ? 'ready' : 'degraded';
    return reply.code(serving ? 200 : 503).send({
      status,
      subgraphs: Object.fromEntries(results),
      ...(certifications ? { certifications: caughtUp ? 'caught up' : 'catching up' } : {}),
    });
  });

  // fastify's close already lets requests in flight finish; Apollo stops after it.
  app.addHook('onClose', async () => {
    await apollo.stop();
    await Promise.all([...dataSources.values()].map((source) => source.close()));
    await certifications?.stop();
    responseCache?.stop();
    await responseEvents?.stop();
  });
  return app;
}
