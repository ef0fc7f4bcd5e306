import type { FastifyInstance, FastifyRequest } from 'fastify';
import { Histogram, type Registry } from 'prom-client';
import { exposition, METRICS_CONTENT_TYPE } from './registry';

/**
 * Times every HTTP request by route pattern (a bounded set: the routes registered, or
 * `unmatched`), method and status class: never a URL, which could carry ids or a search.
 */
export function observeHttp(app: FastifyInstance, registry: Registry): void {
  const duration = new Histogram({
    name: 'portal_http_request_duration_seconds',
    help: 'HTTP requests served, by route pattern, method and status class',
    labelNames: ['route', 'method', 'status'],
    registers: [registry],
  });
  app.addHook('onResponse', async (request, reply) => {
    const route = request.routeOptions.url ?? 'unmatched';
    const method = ['GET', 'POST', 'OPTIONS', 'HEAD'].includes(request.method) ? request.method : 'OTHER';
    duration.observe({ route, method, status: `${Math.floor(reply.statusCode / 100)}xx` }, reply.elapsedTime / 1000);
  });
}

/** Serves the registry's metrics, and the process's, at /metrics; `allowed` decides who may read them. */
export function serveMetrics(app: FastifyInstance, registry: Registry, allowed: (request: FastifyRequest) => boolean = () => true): void {
  app.get('/metrics', async (request, reply) => {
    if (!allowed(request)) return reply.code(404).send({ message: 'Not found' });
    return reply.type(METRICS_CONTENT_TYPE).send(await exposition(registry));
  });
}
