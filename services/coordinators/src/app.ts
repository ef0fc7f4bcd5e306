import { fileURLToPath } from 'node:url';
import { connectDatabase, createSubgraphServer, type ServerLogOptions } from '@portal/platform';
import { attachRelay, type EventsConfig } from '@portal/platform/events';
import { createContext } from './context';
import * as schema from './db/schema';
import { resolvers } from './resolvers';
import { createStore } from './store';
import { typeDefs } from './typeDefs';
import { SERVICE_NAME } from './env';

export const migrationsFolder = fileURLToPath(new URL('../drizzle', import.meta.url));

export interface AppOptions {
  databaseUrl: string;
  databasePoolSize?: number;
  identitySecret: string;
  identityMaxAgeSeconds?: number;
  log?: ServerLogOptions;
  dev?: boolean;
  /** Where the outbox relay publishes; without it events wait in the outbox (service tests). */
  events?: EventsConfig;
  /** Sees every SQL statement; tests count statements per request with it. */
  onQuery?: (query: string) => void;
}

/** The coordinators subgraph, ready to listen (migrations are the caller's step). */
export async function buildApp(options: AppOptions) {
  const database = connectDatabase({ url: options.databaseUrl, schema, poolSize: options.databasePoolSize, onQuery: options.onQuery });
  const store = createStore(database.db);
  const app = await createSubgraphServer({
    name: SERVICE_NAME,
    typeDefs,
    resolvers,
    identity: { secret: options.identitySecret, maxAgeSeconds: options.identityMaxAgeSeconds ?? 30 },
    ready: database.ping,
    context: (identity) => createContext(store, identity),
    log: options.log ?? { level: 'silent' },
    dev: options.dev ?? false,
  });
  if (options.events) attachRelay(app, options.events, { sql: database.sql, producer: SERVICE_NAME });
  app.addHook('onClose', () => database.close());
  return app;
}
