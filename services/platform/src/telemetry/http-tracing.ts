import { context, SpanKind, SpanStatusCode, trace, type Context, type Span } from '@opentelemetry/api';
import type { FastifyInstance } from 'fastify';
import { contextOf, tracingEnabled } from './tracing';

declare module 'fastify' {
  interface FastifyRequest {
    traceContext?: Context;
  }
}

const spans = new WeakMap<object, Span>();

/**
 * A server span for every request, continuing the caller's trace (its `traceparent`), named
 * by route pattern and method, never by URL; handlers run inside it, so that the spans they
 * start (resolvers, statements, the gateway's plan and fetches) are its children. Must be
 * called before the routes are added.
 */
export function traceHttp(app: FastifyInstance): void {
  app.addHook('onRequest', async (request) => {
    if (!tracingEnabled()) return;
    const header = request.headers.traceparent;
    const parent = contextOf(typeof header === 'string' ? header : undefined);
    const route = request.routeOptions.url ?? 'unmatched';
    const span = trace.getTracer('@portal/platform').startSpan(
      `${request.method} ${route}`,
      { kind: SpanKind.SERVER, attributes: { 'http.request.method': request.method, 'http.route': route, 'portal.request_id': request.id } },
      parent,
    );
    spans.set(request, span);
    request.traceContext = trace.setSpan(parent, span);
  });
  app.addHook('onRoute', (route) => {
    const handler = route.handler;
    route.handler = function (request, reply) {
      return request.traceContext ? context.with(request.traceContext, () => handler.call(this, request, reply)) : handler.call(this, request, reply);
    };
  });
  app.addHook('onResponse', async (request, reply) => {
    const span = spans.get(request);
    if (!span) return;
    span.setAttribute('http.response.status_code', reply.statusCode);
    if (reply.statusCode >= 500) span.setStatus({ code: SpanStatusCode.ERROR });
    span.end();
  });
}
