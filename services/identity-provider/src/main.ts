import { createServer } from 'node:http';
import { z } from 'zod';
import { loadEnv } from '@portal/platform';
import { loadSigningKeys } from './keys';
import { createProvider } from './provider';

const env = loadEnv({
  PORT: z.coerce.number().int().min(1).max(65535).default(4011),
  HOST: z.string().default('127.0.0.1'),
  /** The issuer URL as browsers and the gateway reach it. */
  OIDC_ISSUER: z.url().default('http://localhost:4011'),
  OIDC_AUDIENCE: z.string().min(1),
  /** The dashboards' origins, separated by commas. */
  DASHBOARD_ORIGINS: z.string().transform((value) => value.split(',').map((o) => o.trim()).filter(Boolean)),
  /** A file holding the signing keys (created when missing); unset: fresh keys for this process only. */
  OIDC_KEYS_FILE: z.string().optional(),
  IDENTITY_SECRET: z.string().min(32, 'must be at least 32 characters'),
});

const { jwks, cookieKeys } = await loadSigningKeys(env.OIDC_KEYS_FILE, env.IDENTITY_SECRET);
const provider = createProvider({ issuer: env.OIDC_ISSUER, dashboardOrigins: env.DASHBOARD_ORIGINS, audience: env.OIDC_AUDIENCE, jwks, cookieKeys });
// Errors by name and message only: no request content, no account.
provider.on('server_error', (_ctx, error: Error) => console.error(`server_error ${error.name}: ${error.message}`));
const answer = provider.callback();
// Liveness and readiness as every deployable of the portal answers them; the rest is the provider's.
const server = createServer((request, response) => {
  if (request.method === 'GET' && (request.url === '/health' || request.url === '/ready')) {
    response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ status: request.url === '/health' ? 'ok' : 'ready' }));
    return;
  }
  void answer(request, response);
});
server.listen(env.PORT, env.HOST, () => console.log(`OpenID provider ${env.OIDC_ISSUER} listening on ${env.HOST}:${env.PORT}`));
const stop = () => server.close(() => process.exit(0));
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
