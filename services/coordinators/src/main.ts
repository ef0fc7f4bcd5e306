import { runMigrations, serve } from '@portal/platform';
import { buildApp, migrationsFolder } from './app';
import { readEnv } from './env';

const env = readEnv();
await runMigrations(env.DATABASE_URL, migrationsFolder);
const app = await buildApp({
  databaseUrl: env.DATABASE_URL,
  databasePoolSize: env.DATABASE_POOL_SIZE,
  identitySecret: env.IDENTITY_SECRET,
  identityMaxAgeSeconds: env.IDENTITY_MAX_AGE_SECONDS,
  log: { level: env.LOG_LEVEL },
  dev: env.NODE_ENV === 'development',
  events: { natsUrl: env.NATS_URL, streamName: env.EVENTS_STREAM },
});
await serve(app, { host: env.HOST, port: env.PORT });
