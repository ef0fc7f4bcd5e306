import fastifyStatic from '@fastify/static';
import Fastify, { type FastifyInstance } from 'fastify';
import { baseServerOptions, type ServerLogOptions } from '@portal/platform';

export interface DashboardServerOptions {
  /** The built files (dist/). */
  root: string;
  gatewayUrl: string;
  oidc: { authority: string; clientId: string; resource: string };
  log: ServerLogOptions;
}

/**
 * Serves the built dashboard and its configuration. The page may talk to the gateway and
 * the OpenID provider only (Content-Security-Policy); everything else is its own files.
 */
export async function buildDashboardServer(options: DashboardServerOptions): Promise<FastifyInstance> {
  const app = Fastify(baseServerOptions(options.log));
  const connect = [new URL(options.gatewayUrl).origin, new URL(options.oidc.authority).origin].join(' ');
  const csp = `default-src 'self'; connect-src 'self' ${connect}; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; form-action ${new URL(options.oidc.authority).origin}; frame-ancestors 'none'; base-uri 'self'`;
  app.addHook('onSend', async (_request, reply) => {
    reply.header('content-security-policy', csp);
    reply.header('x-content-type-options', 'nosniff');
    reply.header('referrer-policy', 'no-referrer');
  });
  app.get('/config.json', async () => ({ gatewayUrl: options.gatewayUrl, oidc: options.oidc }));
  app.get('/health', async () => ({ status: 'ok' }));
  app.get('/ready', async () => ({ status: 'ready' }));
  await app.register(fastifyStatic, { root: options.root, index: 'index.html' });
  return app;
}
