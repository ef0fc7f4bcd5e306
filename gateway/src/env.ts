import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { DEFAULT_CERTIFICATION_GRACE_DAYS, eventsEnv, loadEnv } from '@portal/platform';
import { DEFAULT_CLOCK_TOLERANCE_SECONDS, DEFAULT_TOKEN_MAX_AGE_SECONDS } from './authentication';
import { DEFAULT_LIMITS } from './limits';
import { DEFAULT_RATE_LIMITS } from './rate-limits';
import { DEFAULT_SUBGRAPH_POLICY } from './subgraph-policy';
import { TRUSTED_DOCUMENTS_MODES } from './trusted-documents';

const defaultSupergraph = fileURLToPath(new URL('../../schema/supergraph.graphql', import.meta.url));
/** The generated client's manifest of trusted documents. */
export const DEFAULT_TRUSTED_DOCUMENTS_PATH = fileURLToPath(new URL('../../services/client/src/generated/persisted-documents.json', import.meta.url));
const positive = (fallback: number) => z.coerce.number().int().min(1).default(fallback);

export const gatewayEnvShape = {
  NODE_ENV: z.enum(['development', 'production', 'test']).default('production'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  HOST: z.string().default('0.0.0.0'),
  PORT: z.coerce.number().int().min(1).max(65535).default(4000),
  SUPERGRAPH_PATH: z.string().default(defaultSupergraph),
  /** Where to fetch the supergraph instead of SUPERGRAPH_PATH (a schema registry, an object store). */
  SUPERGRAPH_URL: z.url({ protocol: /^https?$/ }).optional(),
  /** How often the supergraph is read again and a changed one swapped in; 0 reads it once. */
  SUPERGRAPH_POLL_INTERVAL_MS: z.coerce.number().int().min(0).default(10_000),
  IDENTITY_SECRET: z.string().min(32, 'must be at least 32 characters'),
  JWT_PUBLIC_KEY: z.string().optional(),
  JWT_PUBLIC_KEY_FILE: z.string().optional(),
  JWKS_URL: z.url().optional(),
  JWT_ISSUER: z.string().min(1),
  JWT_AUDIENCE: z.string().min(1),
  JWT_MAX_AGE_SECONDS: positive(DEFAULT_TOKEN_MAX_AGE_SECONDS),
  JWT_CLOCK_TOLERANCE_SECONDS: z.coerce.number().int().min(0).max(300).default(DEFAULT_CLOCK_TOLERANCE_SECONDS),
  /** A second issuer, an OpenID provider whose access tokens the dashboards send: all three or none. */
  OIDC_ISSUER: z.string().min(1).optional(),
  OIDC_JWKS_URL: z.url().optional(),
  OIDC_AUDIENCE: z.string().min(1).optional(),
  /** Browser origins (scheme://host:port) allowed to call /graphql, separated by commas: the dashboards'. */
  CORS_ORIGINS: z
    .string()
    .default('')
    .transform((value) => value.split(',').map((origin) => origin.trim()).filter(Boolean))
    .pipe(z.array(z.url().regex(/^https?:\/\/[^/]+$/, 'origins are scheme://host[:port] without a path'))),
  MAX_DEPTH: positive(DEFAULT_LIMITS.depth),
  MAX_ALIASES: positive(DEFAULT_LIMITS.aliases),
  MAX_DIRECTIVES: positive(DEFAULT_LIMITS.directives),
  MAX_COST: positive(DEFAULT_LIMITS.cost),
  MAX_TOKENS: positive(DEFAULT_LIMITS.tokens),
  BODY_LIMIT_BYTES: positive(102_400),
  SUBGRAPH_CONNECTIONS: positive(64),
  QUERY_PLAN_CACHE_MIB: positive(8),
  DOCUMENT_CACHE_MIB: positive(8),
  /** Processes serving the gateway; more than one only pays off with spare cores. */
  GATEWAY_WORKERS: positive(1),
  /**
   * `off` drops the operation limits and the rate limits together: only for measuring what
   * they cost (npm run bench); the gateway warns at start when they are off.
   */
  GATEWAY_LIMITS: z.enum(['on', 'off']).default('on'),
  RATE_LIMIT_WINDOW_SECONDS: positive(DEFAULT_RATE_LIMITS.windowSeconds),
  RATE_LIMIT_PER_IP: positive(DEFAULT_RATE_LIMITS.perIp),
  RATE_LIMIT_QUERIES_PER_SUBJECT: positive(DEFAULT_RATE_LIMITS.queriesPerSubject),
  RATE_LIMIT_WRITES_PER_SUBJECT: positive(DEFAULT_RATE_LIMITS.writesPerSubject),
  /**
   * Proxies whose X-Forwarded-For names the client (fastify's trustProxy): `true`, a hop
   * count, or addresses/CIDRs separated by commas. Unset: the connection's address is the
   * client's, and X-Forwarded-For is ignored.
   */
  TRUST_PROXY: z
    .string()
    .optional()
    .transform((value) => {
      if (!value || value === 'false') return false;
      if (value === 'true') return true;
      if (/^\d+$/.test(value)) {
        const hops = Number(value);
        return (_address: string, hop: number) => hop < hops;
      }
      return value.split(',').map((entry) => entry.trim()).filter(Boolean);
    }),
  // Read by a scraper of /metrics as `authorization: Bearer …`; unset, only loopback may read them.
  METRICS_TOKEN: z.string().min(16).optional(),
  SUBGRAPH_TIMEOUT_MS: positive(DEFAULT_SUBGRAPH_POLICY.timeoutMs),
  SUBGRAPH_BREAKER_FAILURES: positive(DEFAULT_SUBGRAPH_POLICY.breakerFailures),
  SUBGRAPH_BREAKER_HALF_OPEN_MS: positive(DEFAULT_SUBGRAPH_POLICY.halfOpenAfterMs),
  /** enforce | log | off; unset: log in development, enforce otherwise (trusted-documents.ts). */
  TRUSTED_DOCUMENTS: z.enum(TRUSTED_DOCUMENTS_MODES).optional(),
  TRUSTED_DOCUMENTS_PATH: z.string().default(DEFAULT_TRUSTED_DOCUMENTS_PATH),
  /** Where the coordinators' certification events come from (NATS_URL, EVENTS_STREAM). */
  ...eventsEnv,
  /** Days after validUntil during which an expired certification still grants member access. */
  /** `off`: no response cache (response-cache.ts). */
  RESPONSE_CACHE: z.enum(['on', 'off']).default('on'),
  /** How long a cached response may be served when no event invalidates it first. */
  RESPONSE_CACHE_TTL_MS: z.coerce.number().int().min(100).max(600_000).default(10_000),
  RESPONSE_CACHE_MAX_ENTRIES: positive(10_000),
  CERTIFICATION_GRACE_DAYS: z.coerce.number().int().min(0).max(3650).default(DEFAULT_CERTIFICATION_GRACE_DAYS),
};

export type GatewayEnv = z.infer<z.ZodObject<typeof gatewayEnvShape>>;

export function readEnv(source = process.env): GatewayEnv {
  const env = loadEnv(gatewayEnvShape, source);
  if (!env.JWT_PUBLIC_KEY && !env.JWT_PUBLIC_KEY_FILE && !env.JWKS_URL) {
    process.stderr.write('Invalid environment:\n  - one of JWKS_URL, JWT_PUBLIC_KEY or JWT_PUBLIC_KEY_FILE is required\n');
    process.exit(1);
  }
  const oidc = [env.OIDC_ISSUER, env.OIDC_JWKS_URL, env.OIDC_AUDIENCE].filter(Boolean).length;
  if (oidc !== 0 && oidc !== 3) {
    process.stderr.write('Invalid environment:\n  - OIDC_ISSUER, OIDC_JWKS_URL and OIDC_AUDIENCE go together\n');
    process.exit(1);
  }
  return env;
}

/** SUBGRAPH_<NAME>_URL overrides the supergraph's URL of subgraph <name> (e.g. SUBGRAPH_CASE_STUDIES_URL). */
export function subgraphUrlOverrides(source: Record<string, string | undefined> = process.env): Map<string, string> {
  const overrides = new Map<string, string>();
  for (const [key, value] of Object.entries(source)) {
    const match = /^SUBGRAPH_(.+)_URL$/.exec(key);
    if (match && value) overrides.set(match[1]!.toLowerCase().replace(/_/g, '-'), value);
  }
  return overrides;
}
