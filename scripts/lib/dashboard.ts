import { join } from 'node:path';
import { buildDashboard } from '../../services/dashboard/src/build';
import { ROOT } from './paths';
import { spawnTs, waitUntilReady, type RestartPolicy, type SupervisedProcess } from './processes';

/** The audience of the OpenID provider's access tokens: the gateway as a resource server. */
export const DASHBOARD_AUDIENCE = 'urn:coordinator-portal:gateway';
export const DASHBOARD_PORT = 4010;
export const OIDC_PORT = 4011;

export interface DashboardPorts {
  gateway: number;
  dashboard: number;
  oidc: number;
}

/** Where the dashboard, the provider and the gateway meet, as a browser on this machine sees them. */
export function dashboardSettings(ports: DashboardPorts) {
  const dashboardUrl = `http://localhost:${ports.dashboard}`;
  const issuer = `http://localhost:${ports.oidc}`;
  return {
    dashboardUrl,
    issuer,
    gatewayUrl: `http://localhost:${ports.gateway}/graphql`,
    /** What the gateway needs: the provider as a second issuer, and the dashboard's origin. */
    gatewayEnv: { OIDC_ISSUER: issuer, OIDC_JWKS_URL: `http://127.0.0.1:${ports.oidc}/jwks`, OIDC_AUDIENCE: DASHBOARD_AUDIENCE, CORS_ORIGINS: dashboardUrl },
    ports,
  };
}

export interface DashboardOptions {
  identitySecret: string;
  /** Keeps the provider's signing key across restarts (npm start); unset: a key per run. */
  keysFile?: string;
  logLevel?: string;
  onLine?: (process: string, line: string) => void;
  restart?: RestartPolicy;
}

/** Builds the dashboard, then starts the local OpenID provider and the dashboard's server; resolves when both are ready. */
export async function startDashboard(settings: ReturnType<typeof dashboardSettings>, options: DashboardOptions) {
  await buildDashboard();
  const processes: SupervisedProcess[] = [];
  const stop = async () => {
    for (const process of processes) process.restartOnExit(null);
    for (const process of processes.reverse()) await process.stop();
  };
  try {
    const provider = spawnTs({
      name: 'identity-provider',
      cwd: join(ROOT, 'services/identity-provider'),
      entry: 'src/main.ts',
      env: {
        PORT: String(settings.ports.oidc),
        HOST: '127.0.0.1',
        OIDC_ISSUER: settings.issuer,
        OIDC_AUDIENCE: DASHBOARD_AUDIENCE,
        DASHBOARD_ORIGINS: settings.dashboardUrl,
        IDENTITY_SECRET: options.identitySecret,
        ...(options.keysFile ? { OIDC_KEYS_FILE: options.keysFile } : {}),
      },
      onLine: (line) => options.onLine?.('identity-provider', line),
    });
    processes.push(provider);
    await waitUntilReady(`http://127.0.0.1:${settings.ports.oidc}/.well-known/openid-configuration`, provider);
    const server = spawnTs({
      name: 'dashboard',
      cwd: join(ROOT, 'services/dashboard'),
      entry: 'src/main.ts',
      env: {
        PORT: String(settings.ports.dashboard),
        HOST: '127.0.0.1',
        LOG_LEVEL: options.logLevel ?? 'warn',
        GATEWAY_URL: settings.gatewayUrl,
        OIDC_ISSUER: settings.issuer,
        OIDC_AUDIENCE: DASHBOARD_AUDIENCE,
      },
      onLine: (line) => options.onLine?.('dashboard', line),
    });
    processes.push(server);
    await waitUntilReady(`http://127.0.0.1:${settings.ports.dashboard}/ready`, server);
    if (options.restart) for (const process of processes) process.restartOnExit(options.restart);
  } catch (error) {
    await stop();
    throw error;
  }
  return { processes, stop };
}
