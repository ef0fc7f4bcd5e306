import { z } from 'zod';
import { DASHBOARD_AUDIENCE, DASHBOARD_PORT, dashboardSettings, OIDC_PORT } from './dashboard';
import { GATEWAY_PORT, portalDatabaseName, SUBGRAPHS, type Subgraph } from './subgraphs';

// The deployment files written from the services' definitions by `npm run generate`;
// a test fails when a committed one differs from what this writes.

export const GENERATED_FILES = {
  'docker-compose.yml': composeFile,
  'infra/postgres/init.sql': databasesSql,
} as const;

const GENERATED = 'Written by `npm run generate` from the services\' definitions (services/<name>/src/service.ts): edit those, not this.';

/** One database per service, created when the Postgres container first starts. */
function databasesSql(): string {
  return [`-- ${GENERATED}`, "-- One database per service: no service reads another's tables.", ...SUBGRAPHS.map((s) => `CREATE DATABASE ${portalDatabaseName(s)};`), ''].join('\n');
}

/** A service's own settings with their defaults, so that the compose file shows what can be set. */
function settingsOf(subgraph: Subgraph): [string, string][] {
  return Object.entries(subgraph.definition.settings ?? {}).flatMap(([key, type]) => {
    const fallback = z.safeParse(type, undefined);
    return fallback.success && fallback.data !== undefined ? [[key, String(fallback.data)] as [string, string]] : [];
  });
}

const serviceBlock = (subgraph: Subgraph) =>
  [
    `  ${subgraph.name}:`,
    '    <<: *service',
    `    build: { context: ., args: { SERVICE: ${subgraph.name}, PORT: "${subgraph.port}" } }`,
    '    environment:',
    '      <<: *service-env',
    `      PORT: "${subgraph.port}"`,
    `      DATABASE_URL: postgres://postgres:postgres@postgres:5432/${portalDatabaseName(subgraph)}`,
    ...settingsOf(subgraph).map(([key, value]) => `      ${key}: "${value}"`),
    '',
  ].join('\n');

const subgraphUrlVariable = (subgraph: Subgraph) => `SUBGRAPH_${subgraph.name.toUpperCase().replace(/-/g, '_')}_URL`;

function composeFile(): string {
  const seeded = SUBGRAPHS.filter((s) => s.definition.seed);
  // The browser's URLs: the ports are published on the host as they are.
  const { issuer: OIDC_ISSUER, dashboardUrl: DASHBOARD_ORIGIN } = dashboardSettings({ gateway: GATEWAY_PORT, dashboard: DASHBOARD_PORT, oidc: OIDC_PORT });
  return `# ${GENERATED}
#
# The portal in containers: Postgres (one database per service), NATS with JetStream,
# every service, the gateway, the reporting dashboard and its local OpenID provider, each from
# the one Dockerfile. Published: the gateway (${GATEWAY_PORT}), the dashboard (${DASHBOARD_PORT}) and the provider
# (${OIDC_PORT}), whose URLs are the browser's; the gateway fetches the provider's keys inside the network.
#
#   npm run token -- --role COORDINATOR --sub 'demo|c-0001'   # creates .data/dev-keys once
#   IDENTITY_SECRET=$(openssl rand -base64 32) docker compose up --build
#   open http://localhost:${DASHBOARD_PORT} and sign in as analyst / demo
#
${seeded.map((s, i) => `${i === 0 ? '# Demo data:' : `#${' '.repeat(11)}`} docker compose run --rm ${s.name} node main.js seed`).join('\n')}

x-service: &service
  restart: unless-stopped
  depends_on:
    postgres: { condition: service_healthy }
    nats: { condition: service_started }
  environment: &service-env
    NODE_ENV: production
    LOG_LEVEL: info
    IDENTITY_SECRET: \${IDENTITY_SECRET:?set IDENTITY_SECRET to a random string of 32+ characters}
    NATS_URL: nats://nats:4222

services:
  postgres:
    image: postgres:16-alpine
    environment:
      POSTGRES_PASSWORD: postgres
    volumes:
      - ./infra/postgres/init.sql:/docker-entrypoint-initdb.d/init.sql:ro
      - postgres-data:/var/lib/postgresql/data
    healthcheck:
      test: ["CMD", "pg_isready", "-U", "postgres"]
      interval: 5s
      retries: 20

  nats:
    image: nats:2.12-alpine
    command: ["-js", "-sd", "/data"]
    volumes:
      - nats-data:/data

${SUBGRAPHS.map(serviceBlock).join('\n')}
  gateway:
    build: { context: ., args: { SERVICE: gateway } }
    restart: unless-stopped
    depends_on: [nats, identity-provider, ${SUBGRAPHS.map((s) => s.name).join(', ')}]
    ports:
      - "${GATEWAY_PORT}:${GATEWAY_PORT}"
    environment:
      NODE_ENV: production
      LOG_LEVEL: info
      PORT: "${GATEWAY_PORT}"
      # The certification events: a member whose certification lapsed is signed as such.
      NATS_URL: nats://nats:4222
      # Only the generated client's documents (services/client): see README, Trusted documents.
      TRUSTED_DOCUMENTS: enforce
      IDENTITY_SECRET: \${IDENTITY_SECRET:?set IDENTITY_SECRET to a random string of 32+ characters}
      JWT_PUBLIC_KEY_FILE: /run/secrets/jwt-public-key.pem
      JWT_ISSUER: portal-dev
      JWT_AUDIENCE: coordinator-portal
${SUBGRAPHS.map((s) => `      ${subgraphUrlVariable(s)}: http://${s.name}:${s.port}/graphql`).join('\n')}
      # The dashboard's tokens, from the provider below, and its origin.
      OIDC_ISSUER: ${OIDC_ISSUER}
      OIDC_JWKS_URL: http://identity-provider:${OIDC_PORT}/jwks
      OIDC_AUDIENCE: ${DASHBOARD_AUDIENCE}
      CORS_ORIGINS: ${DASHBOARD_ORIGIN}
    volumes:
      - ./.data/dev-keys/public.pem:/run/secrets/jwt-public-key.pem:ro

  identity-provider:
    build: { context: ., args: { SERVICE: identity-provider, PORT: "${OIDC_PORT}" } }
    restart: unless-stopped
    ports:
      - "${OIDC_PORT}:${OIDC_PORT}"
    environment:
      NODE_ENV: production
      HOST: 0.0.0.0
      PORT: "${OIDC_PORT}"
      IDENTITY_SECRET: \${IDENTITY_SECRET:?set IDENTITY_SECRET to a random string of 32+ characters}
      OIDC_ISSUER: ${OIDC_ISSUER}
      OIDC_AUDIENCE: ${DASHBOARD_AUDIENCE}
      DASHBOARD_ORIGINS: ${DASHBOARD_ORIGIN}

  dashboard:
    build: { context: ., args: { SERVICE: dashboard, PORT: "${DASHBOARD_PORT}" } }
    restart: unless-stopped
    depends_on: [gateway, identity-provider]
    ports:
      - "${DASHBOARD_PORT}:${DASHBOARD_PORT}"
    environment:
      NODE_ENV: production
      LOG_LEVEL: info
      PORT: "${DASHBOARD_PORT}"
      GATEWAY_URL: http://localhost:${GATEWAY_PORT}/graphql
      OIDC_ISSUER: ${OIDC_ISSUER}
      OIDC_AUDIENCE: ${DASHBOARD_AUDIENCE}

volumes:
  postgres-data:
  nats-data:
`;
}
