import { randomUUID } from 'node:crypto';
import { buildSubgraphSchema } from '@apollo/subgraph';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import Fastify, { type FastifyBaseLogger, type FastifyInstance, type FastifyServerOptions } from 'fastify';
import { parse, type ExecutionResult, type GraphQLError } from 'graphql';
import mercurius from 'mercurius';
import { Counter, type Registry } from 'prom-client';
import { badInput, formatError, PortalError } from './errors';
import { IDENTITY_HEADER, ReplayCheckUnavailable, verifyIdentity, type Identity } from './identity';
import { createInputGuard } from './input-guard';
import { logSerializers } from './logging';
import { observeHttp, serveMetrics } from './telemetry/http-metrics';
import { checkReadiness, type LinkState } from './telemetry/readiness';
import { createRegistry } from './telemetry/registry';
import { tracedRequestLogger, traceHttp } from './telemetry/http-tracing';
import { traceRootResolvers } from './telemetry/resolver-tracing';
import { traceparentOf } from './telemetry/tracing';
import { DEFAULT_MAX_STRING_LENGTH } from './safe-text';
import { scalarResolvers } from './scalars';
import { SeenNonces } from './seen-nonces';

declare module 'fastify' {
  interface FastifyRequest {
    identity: Identity | null;
  }
}

export const REQUEST_ID_HEADER = 'x-request-id';

/** Headers that never reach a log line (a referring page's address may carry a search). */
export const REDACTED_HEADERS = ['authorization', 'cookie', 'referer', IDENTITY_HEADER];

export interface ServerLogOptions {
  level: string;
  /** Where log lines go; standard output when absent. */
  stream?: { write(line: string): void };
}

/** Fastify options every portal server shares: request ids, logs without personal data (see logging.ts), timeouts. */
export function baseServerOptions(log: ServerLogOptions): FastifyServerOptions {
  return {
    logger: {
      level: log.level,
      ...(log.stream ? { stream: log.stream } : {}),
      redact: { paths: REDACTED_HEADERS.map((h) => `req.headers["${h}"]`), censor: '[Redacted]' },
      serializers: logSerializers,
    },
    genReqId: (req) => {
      const given = req.headers[REQUEST_ID_HEADER];
      return typeof given === 'string' && /^[\w.:-]{1,128}$/.test(given) ? given : randomUUID();
    },
    childLoggerFactory: tracedRequestLogger,
    requestTimeout: 30_000,
    bodyLimit: 1_048_576,
  };
}

/** Echoes the request id so callers and logs can be matched. */
export function echoRequestId(app: FastifyInstance): void {
  app.addHook('onSend', async (request, reply) => {
    reply.header(REQUEST_ID_HEADER, request.id);
  });
}

export interface SubgraphServerOptions<Ctx extends object> {
  name: string;
  typeDefs: string;
  resolvers: GraphQLResolverMap<RequestContext<Ctx>>;
  /** `previousSecret`: accepted too while the secret is rotated. */
  identity: { secret: string; previousSecret?: string; maxAgeSeconds: number };
  /** Resolves when the service can serve requests (its database answers); rejects otherwise. */
  ready: () => Promise<void>;
  /** The state of its links to NATS (relay, consumers), reported by /ready beside the database. */
  events?: () => Record<string, LinkState>;
  /** The per-request part of the context: loaders live for one request. */
  context: (identity: Identity) => Ctx;
  log: ServerLogOptions;
  dev: boolean;
  /** The longest string any argument or variable may carry; DEFAULT_MAX_STRING_LENGTH when absent. */
  maxStringLength?: number;
  /** Where /metrics reads from, for the service to add its own series; a new one when absent. */
  registry?: Registry;
}

// Identities accepted within their lifetime that a subgraph process remembers: at the
// default 30 s, more than one process serves (12,000 requests a second at the very most,
// the trivial `{ __typename }`), at about 100 bytes each (48 MiB when full).
const SEEN_NONCES_CAPACITY = 500_000;

/**
 * mercurius reports a document it refuses before executing (syntax, validation, variables)
 * as one error of its own wrapping graphql-js's errors; those are what the caller must see.
 */
function refusedDocumentErrors(error: GraphQLError): readonly GraphQLError[] {
  const original = error.originalError as { code?: unknown; errors?: unknown } | undefined;
  return original?.code === 'MER_ERR_GQL_VALIDATION' && Array.isArray(original.errors) ? (original.errors as GraphQLError[]) : [error];
}

export type RequestContext<Ctx extends object = object> = Ctx & {
  identity: Identity;
  log: FastifyBaseLogger;
  /** W3C trace context of the request (from the gateway, or new): events it causes carry it. */
  traceparent: string;
};

/**
 * A subgraph: fastify + mercurius serving an @apollo/subgraph schema at /graphql to
 * callers with a valid gateway-signed identity, plus /health (live) and /ready.
 */
export async function createSubgraphServer<Ctx extends object>(
  options: SubgraphServerOptions<Ctx>,
): Promise<FastifyInstance> {
  const app = Fastify(baseServerOptions(options.log));
  traceHttp(app);
  echoRequestId(app);
  app.decorateRequest('identity', null);

  const seen = new SeenNonces(SEEN_NONCES_CAPACITY);
  app.addHook('onRequest', async (request, reply) => {
    // GraphQL, and any route a service declares with `config: { signedIdentity: true }`.
    if (request.routeOptions.url !== '/graphql' && !(request.routeOptions.config as { signedIdentity?: boolean }).signedIdentity) return;
    try {
      request.identity = verifyIdentity(request.headers[IDENTITY_HEADER] as string | undefined, {
        secret: options.identity.secret,
        previousSecret: options.identity.previousSecret,
        maxAgeMs: options.identity.maxAgeSeconds * 1000,
        seen,
      });
    } catch (error) {
      if (error instanceof ReplayCheckUnavailable) {
        request.log.error('refused a request: too many signed identities to remember');
        return reply.code(503).send({ data: null, errors: [{ message: error.message, extensions: { code: 'SERVICE_UNAVAILABLE' } }] });
      }
      const { message, code } = error as PortalError;
      request.log.warn({ reason: message }, 'refused a request without a valid signed identity');
      return reply.code(401).send({ data: null, errors: [{ message, extensions: { code } }] });
    }
  });

  const schema = buildSubgraphSchema([
    { typeDefs: parse(options.typeDefs), resolvers: { ...scalarResolvers, ...traceRootResolvers(options.resolvers) } as never },
  ]);

  await app.register(mercurius, {
    schema,
    path: '/graphql',
    graphiql: false,
    jit: 1,
    allowBatchedQueries: false,
    context: (request) => {
      const given = request.traceparent;
      return {
        ...options.context(request.identity!),
        identity: request.identity!,
        log: request.log,
        // Read where the events are written: traced, the span then active (the statement's)
        // is what the events continue.
        get traceparent() {
          return traceparentOf() ?? given;
        },
      };
    },
    errorFormatter: (execution: ExecutionResult, context: { reply?: { request: { log: FastifyBaseLogger } } }) => {
      const log = context?.reply?.request.log ?? app.log;
      const errors = (execution.errors ?? []).flatMap(refusedDocumentErrors).map((error) =>
        formatError(error, { dev: options.dev, report: (err) => log.error({ err }, 'unexpected error in a resolver') }),
      );
      const refused = execution.data === undefined && errors.every((e) => e.extensions?.code === 'GRAPHQL_VALIDATION_FAILED' || e.extensions?.code === 'BAD_REQUEST');
      return { statusCode: refused ? 400 : 200, response: { data: execution.data ?? null, errors } };
    },
  });

  // Before any resolver runs, so that no service can forget it: every string argument,
  // literal or variable, of whatever type (an ID too), is safe text of a sane length.
  const inputIssues = createInputGuard(options.maxStringLength ?? DEFAULT_MAX_STRING_LENGTH);
  app.graphql.addHook('preExecution', async (_schema, document, _context, variables) => {
    const issues = inputIssues(document, variables);
    if (issues.length > 0) throw badInput(issues);
  });

  const registry = options.registry ?? createRegistry(options.name);
  observeHttp(app, registry);
  // Counted per request so that load tests can tell how many subgraph calls an operation costs.
  const graphqlRequests = new Counter({ name: 'portal_graphql_requests_total', help: 'GraphQL requests received', registers: [registry] });
  app.addHook('onResponse', async (request) => {
    if (request.routeOptions.url === '/graphql') graphqlRequests.inc();
  });
  serveMetrics(app, registry);

  app.get('/health', async () => ({ status: 'ok', service: options.name }));
  app.get('/ready', async (request, reply) => {
    const { statusCode, report, error } = await checkReadiness({ database: options.ready, events: options.events });
    if (error) request.log.warn({ err: error }, 'not ready: the database does not answer');
    return reply.code(statusCode).send({ ...report, service: options.name });
  });

  return app;
}
