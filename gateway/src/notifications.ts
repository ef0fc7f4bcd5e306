import { Readable } from 'node:stream';
import type { FastifyInstance, onRequestHookHandler } from 'fastify';
import { IDENTITY_HEADER, PortalError, signIdentity } from '@portal/platform';
import type { Authenticate } from './authentication';

/**
 * The notifications service's routes beside GraphQL, which the gateway cannot federate: the
 * live stream (server-sent events) and the unsubscribe link of every mail. The stream is
 * authenticated here, with the same token verification as GraphQL, and reaches the service
 * with a signed identity as any subgraph call does; the service never sees a token. The
 * token goes in the Authorization header (a fetch-based event-source client), never in the
 * URL, which logs and proxies keep.
 */
export function proxyNotifications(
  app: FastifyInstance,
  options: { serviceUrl: string; authenticate: Authenticate; identitySecret: string; perIp: onRequestHookHandler },
) {
  const target = (path: string, query = '') => new URL(`/notifications/${path}${query}`, options.serviceUrl);

  app.get('/notifications/stream', { onRequest: options.perIp }, async (request, reply) => {
    let identity;
    try {
      identity = await options.authenticate(request.headers.authorization);
    } catch (error) {
      if (!(error instanceof PortalError)) throw error;
      return reply.code(401).send({ errors: [{ message: error.message, extensions: { code: error.code } }] });
    }
    const lastEventId = request.headers['last-event-id'];
    const aborted = new AbortController();
    reply.raw.on('close', () => aborted.abort());
    const upstream = await fetch(target('stream'), {
      headers: { [IDENTITY_HEADER]: signIdentity(identity, options.identitySecret), ...(typeof lastEventId === 'string' ? { 'last-event-id': lastEventId } : {}) },
      signal: aborted.signal,
    }).catch(() => null);
    if (!upstream || !upstream.body) return reply.code(503).send({ errors: [{ message: 'Notifications are unavailable', extensions: { code: 'SUBGRAPH_UNAVAILABLE' } }] });
    reply.hijack();
    reply.raw.writeHead(upstream.status, { 'content-type': upstream.headers.get('content-type') ?? 'text/event-stream', 'cache-control': 'no-store', 'x-accel-buffering': 'no' });
    Readable.fromWeb(upstream.body as never)
      .on('error', () => reply.raw.end())
      .pipe(reply.raw);
  });

  // No sign-in: the link carries its own signed token, checked by the service.
  app.route({
    url: '/notifications/unsubscribe',
    method: ['GET', 'POST'],
    onRequest: options.perIp,
    handler: async (request, reply) => {
      const query = request.url.includes('?') ? request.url.slice(request.url.indexOf('?')) : '';
      const upstream = await fetch(target('unsubscribe', query), { method: request.method }).catch(() => null);
      if (!upstream) return reply.code(503).type('text/plain; charset=utf-8').send('しばらくしてからもう一度お試しください。');
      return reply.code(upstream.status).type(upstream.headers.get('content-type') ?? 'text/html; charset=utf-8').send(await upstream.text());
    },
  });
}
