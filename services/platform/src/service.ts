import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import type { FastifyInstance } from 'fastify';
import type { z } from 'zod';
import { connectDatabase, runMigrations, type Database } from './db';
import { eventsEnv, loadEnv, serviceEnv } from './env';
import type { ConsumerOptions } from './events/consumer';
import { attachConsumer, attachRelay, type EventsConfig } from './events/lifecycle';
import type { Identity } from './identity';
import { serve } from './runtime';
import { statementMetrics } from './metrics';
import { createSubgraphServer, type RequestContext, type ServerLogOptions } from './server';

/** What a subgraph service is: everything that differs from one service to the next. */
export interface ServiceDefinition<TSchema extends Record<string, unknown>, Store, Ctx extends object> {
  name: string;
  defaultPort: number;
  /** Its drizzle tables and the folder of its generated migrations. */
  schema: TSchema;
  migrationsFolder: string;
  typeDefs: string;
  resolvers: GraphQLResolverMap<RequestContext<Ctx>>;
  /** The service's store (its only SQL), built once over the database. */
  store: (database: Database<TSchema>) => Store;
  /** Each request's context: the store, the caller and the loaders that live for one request. */
  context: (store: Store, identity: Identity) => Ctx;
  /** Relays the events its outbox records to NATS. */
  publishesEvents?: boolean;
  /** Projections it keeps of other services' events. */
  consumers?: (database: Database<TSchema>) => Omit<ConsumerOptions, 'stream' | 'connect' | 'log'>[];
}

/** How one instance runs: from the environment in production, from tests otherwise. */
export interface ServiceOptions {
  databaseUrl: string;
  databasePoolSize?: number;
  identitySecret: string;
  identityMaxAgeSeconds?: number;
  /** The longest string any argument or variable may carry (MAX_STRING_LENGTH). */
  maxStringLength?: number;
  log?: ServerLogOptions;
  dev?: boolean;
  /** NATS for the relay and consumers; without it, events wait in the outbox (service tests). */
  events?: EventsConfig;
  /** Sees every SQL statement; tests count statements per request with it. */
  onQuery?: (query: string, parameters: readonly unknown[]) => void;
}

/** The service's app, ready to listen (migrations are the caller's step). */
export async function buildService<TSchema extends Record<string, unknown>, Store, Ctx extends object>(
  definition: ServiceDefinition<TSchema, Store, Ctx>,
  options: ServiceOptions,
): Promise<FastifyInstance> {
  let sqlStatements = 0;
  const database = connectDatabase({
    url: options.databaseUrl,
    schema: definition.schema,
    poolSize: options.databasePoolSize,
    onQuery: (query, parameters) => {
      sqlStatements++;
      options.onQuery?.(query, parameters);
    },
  });
  const app = await createSubgraphServer({
    name: definition.name,
    typeDefs: definition.typeDefs,
    resolvers: definition.resolvers,
    identity: { secret: options.identitySecret, maxAgeSeconds: options.identityMaxAgeSeconds ?? 30 },
    ready: database.ping,
    context: contextOf(definition, definition.store(database)),
    log: options.log ?? { level: 'silent' },
    dev: options.dev ?? false,
    maxStringLength: options.maxStringLength,
    metrics: () => [{ name: 'sql_statements_total', value: sqlStatements }, ...statementMetrics(definition.name)],
  });
  if (options.events) {
    if (definition.publishesEvents) attachRelay(app, options.events, { sql: database.sql, producer: definition.name });
    for (const consumer of definition.consumers?.(database) ?? []) attachConsumer(app, options.events, consumer);
  }
  app.addHook('onClose', () => database.close());
  return app;
}

/** What a service that does more than serve its subgraph adds: its own settings and how it builds its app. */
export interface ServiceExtension<E extends z.ZodRawShape> {
  env: E;
  build: (options: ServiceOptions, env: z.infer<z.ZodObject<E>>) => Promise<FastifyInstance>;
}

/** A service's main: reads the environment (exiting on any problem), migrates, serves until a signal. */
export async function runService<TSchema extends Record<string, unknown>, Store, Ctx extends object, E extends z.ZodRawShape = {}>(
  definition: ServiceDefinition<TSchema, Store, Ctx>,
  extension?: ServiceExtension<E>,
): Promise<FastifyInstance> {
  const env = loadEnv({ ...serviceEnv(definition.defaultPort), ...eventsEnv, ...extension?.env });
  await runMigrations(env.DATABASE_URL, definition.migrationsFolder);
  const options: ServiceOptions = {
    databaseUrl: env.DATABASE_URL,
    databasePoolSize: env.DATABASE_POOL_SIZE,
    identitySecret: env.IDENTITY_SECRET,
    identityMaxAgeSeconds: env.IDENTITY_MAX_AGE_SECONDS,
    maxStringLength: env.MAX_STRING_LENGTH,
    log: { level: env.LOG_LEVEL },
    dev: env.NODE_ENV === 'development',
    events: { natsUrl: env.NATS_URL, streamName: env.EVENTS_STREAM },
  };
  const app = extension ? await extension.build(options, env as unknown as z.infer<z.ZodObject<E>>) : await buildService(definition, options);
  await serve(app, { host: env.HOST, port: env.PORT });
  return app;
}

function contextOf<Store, Ctx extends object>(definition: { context: (store: Store, identity: Identity) => Ctx }, store: Store) {
  return (identity: Identity) => definition.context(store, identity);
}
