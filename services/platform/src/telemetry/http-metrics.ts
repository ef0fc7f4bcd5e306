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

const METRIC_NAME = /^[a-zA-Z_:][a-zA-Z0-9_:]{0,199}$/;

/**
 * Serves the registry's metrics, and the process's, at /metrics; `allowed` decides who may
 * read them. `?name=a&name=b` serves only those of the server's own metrics.
 */
export function serveMetrics(app: FastifyInstance, registry: Registry, allowed: (request: FastifyRequest) => boolean = () => true): void {
  app.get<{ Querystring: { name?: string | string[] } }>('/metrics', async (request, reply) => {
    if (!allowed(request)) return reply.code(404).send({ message: 'Not found' });
    const { name } = request.query;
    const names = name === undefined ? undefined : [name].flat();
    if (names && (names.length > 50 || !names.every((n) => METRIC_NAME.test(n)))) return reply.code(400).send({ message: 'name must be up to 50 metric names' });
    return reply.type(METRICS_CONTENT_TYPE).send(await exposition(registry, names));
  });
}
