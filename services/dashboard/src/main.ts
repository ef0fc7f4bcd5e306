import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { loadEnv, serve } from '@portal/platform';
import { ASSETS } from './assets';
import { buildDashboardServer } from './server';

const env = loadEnv({
  PORT: z.coerce.number().int().min(1).max(65535).default(4010),
  HOST: z.string().default('0.0.0.0'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** The gateway's GraphQL endpoint as browsers reach it. */
  GATEWAY_URL: z.url(),
  OIDC_ISSUER: z.url(),
  OIDC_CLIENT_ID: z.string().min(1).default('portal-dashboard'),
  /** The access tokens' audience: the gateway's OIDC_AUDIENCE. */
  OIDC_AUDIENCE: z.string().min(1),
});

// Built beforehand (npm run build, or npm start): an image's file system is read-only.
if (!existsSync(join(ASSETS, 'index.html'))) {
  console.error(`dashboard: no built web app in ${ASSETS}; run npm run build`);
  process.exit(1);
}
const app = await buildDashboardServer({
  root: ASSETS,
  gatewayUrl: env.GATEWAY_URL,
  oidc: { authority: env.OIDC_ISSUER, clientId: env.OIDC_CLIENT_ID, resource: env.OIDC_AUDIENCE },
  log: { level: env.LOG_LEVEL },
});
await serve(app, { host: env.HOST, port: env.PORT });
