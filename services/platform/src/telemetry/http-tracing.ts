import type { IncomingMessage } from 'node:http';
import { context, SpanKind, SpanStatusCode, trace, type Context, type Span } from '@opentelemetry/api';
import type { FastifyBaseLogger, FastifyInstance, FastifyServerOptions } from 'fastify';
import { isTraceparent, newTraceparent } from '../events/envelope';
import { contextOf, traceparentOf, tracingEnabled } from './tracing';

declare module 'fastify' {
  interface FastifyRequest {
    /** The request's W3C trace context: its server span's when tracing, else the caller's, else a new one. */
    traceparent: string;
  }
}

interface RequestTrace {
  traceparent: string;
  /** Traced: the server span, and the context in which the handler runs. */
  span?: Span;
  context?: Context;
}

// Keyed by the raw request: the trace begins when fastify makes the request's logger,
// before the request object exists, so that every log line of the request carries it.
const traces = new WeakMap<IncomingMessage, RequestTrace>();

function beginTrace(raw: IncomingMessage): RequestTrace {
  const given = raw.headers.traceparent;
  const header = isTraceparent(given) ? given : undefined;
  if (!tracingEnabled()) return { traceparent: header ?? newTraceparent() };
  const parent = contextOf(header);
  // Named by its route once the route is known (onRequest); never by its URL.
  const span = trace.getTracer('@portal/platform').startSpan(raw.method ?? 'HTTP', { kind: SpanKind.SERVER }, parent);
  const spanContext = trace.setSpan(parent, span);
  return { traceparent: traceparentOf(spanContext)!, span, context: spanContext };
}

/**
 * fastify's childLoggerFactory: the request's logger carries its trace id beside its request
 * id (reqId), on every line from "incoming request" to "request completed".
 */
export const tracedRequestLogger: NonNullable<FastifyServerOptions['childLoggerFactory']> = function (logger, bindings, options, raw) {
  const begun = beginTrace(raw as IncomingMessage);
  traces.set(raw as IncomingMessage, begun);
  return (logger as FastifyBaseLogger).child({ ...bindings, traceId: begun.traceparent.split('-')[1] }, options);
};

/**
 * Every request's trace context (request.traceparent). Traced, a server span per request,
 * continuing the caller's trace (its `traceparent`), named by route pattern and method;
 * handlers run inside it, so that the spans they start (resolvers, statements, the gateway's
 * plan and fetches) are its children. Must be called before the routes are added; the
 * server's options must have `childLoggerFactory: tracedRequestLogger`.
 */
export function traceHttp(app: FastifyInstance): void {
  app.decorateRequest('traceparent', '');
  app.addHook('onRequest', async (request) => {
    const begun = traces.get(request.raw) ?? beginTrace(request.raw);
    request.traceparent = begun.traceparent;
    if (!begun.span) return;
    const route = request.routeOptions.url ?? 'unmatched';
    begun.span.updateName(`${request.method} ${route}`);
    begun.span.setAttributes({ 'http.request.method': request.method, 'http.route': route, 'portal.request_id': request.id });
  });
  app.addHook('onRoute', (route) => {
    const handler = route.handler;
    route.handler = function (request, reply) {
      const within = traces.get(request.raw)?.context;
      return within ? context.with(within, () => handler.call(this, request, reply)) : handler.call(this, request, reply);
    };
  });
  app.addHook('onResponse', async (request, reply) => {
    const span = traces.get(request.raw)?.span;
    if (!span) return;
    span.setAttribute('http.response.status_code', reply.statusCode);
    if (reply.statusCode >= 500) span.setStatus({ code: SpanStatusCode.ERROR });
    span.end();
  });
}
