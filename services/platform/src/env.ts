import { z } from 'zod';
import { DEFAULT_MAX_STRING_LENGTH } from './safe-text';

export type EnvResult<T> = { ok: true; env: T } | { ok: false; problems: string[] };

/** Parses the environment, collecting every problem rather than stopping at the first. */
export function parseEnv<S extends z.ZodRawShape>(
  shape: S,
  source: Record<string, string | undefined> = process.env,
): EnvResult<z.infer<z.ZodObject<S>>> {
  const result = z.object(shape).safeParse(source);
  if (result.success) return { ok: true, env: result.data };
  return { ok: false, problems: result.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`) };
}

/** Like parseEnv, but a misconfigured process lists what is wrong and exits non-zero. */
export function loadEnv<S extends z.ZodRawShape>(
  shape: S,
  source: Record<string, string | undefined> = process.env,
): z.infer<z.ZodObject<S>> {
  const result = parseEnv(shape, source);
  if (result.ok) return result.env;
  process.stderr.write(`Invalid environment:\n${result.problems.map((p) => `  - ${p}`).join('\n')}\n`);
  process.exit(1);
}

const port = (fallback: number) => z.coerce.number().int().min(1).max(65535).default(fallback);

/** What every subgraph service reads; services spread it into their own shape. */
export const serviceEnv = (defaultPort: number) => ({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('production'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  HOST: z.string().default('0.0.0.0'),
  PORT: port(defaultPort),
  DATABASE_URL: z.url({ protocol: /^postgres(ql)?$/, error: 'must be a postgres:// URL' }),
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(100).default(10),
  IDENTITY_SECRET: z.string().min(32, 'must be at least 32 characters'),
  /** During a rotation of IDENTITY_SECRET: the old secret, accepted too until the gateways sign with the new one. */
  IDENTITY_SECRET_PREVIOUS: z.string().min(32, 'must be at least 32 characters').optional(),
  IDENTITY_MAX_AGE_SECONDS: z.coerce.number().int().min(1).max(3600).default(30),
  MAX_STRING_LENGTH: z.coerce.number().int().min(1000).max(1_000_000).default(DEFAULT_MAX_STRING_LENGTH),
});

/** What a service that publishes or consumes events reads in addition. */
export const eventsEnv = {
  /** One server, or the servers of a cluster separated by commas. */
  NATS_URL: z.string().default('nats://127.0.0.1:4222'),
  /** Copies of the stream: 3 on a three-node cluster, so that losing a node loses no event. */
  EVENTS_REPLICAS: z.coerce.number().int().min(1).max(5).default(1),
  EVENTS_STREAM: z
    .string()
    .regex(/^[A-Z][A-Z0-9_]*$/, 'must be an upper-case stream name')
    .default('PORTAL'),
};
