import { EventEmitter } from 'node:events';
import { fileURLToPath } from 'node:url';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import type { PostgresJsDatabase } from 'drizzle-orm/postgres-js';
import type { FastifyInstance } from 'fastify';
import { Counter } from 'prom-client';
import { z } from 'zod';
import { connectDatabase, runMigrations } from './db';
import { eventsEnv, loadEnv, serviceEnv } from './env';
import type { Consumer, ConsumerSettings, EventApplication } from './events/consumer';
import { attachConsumer, attachRelay, type EventsConfig } from './events/lifecycle';
import { attachPeriodicTask, type PeriodicTask } from './events/periodic';
import type { Identity } from './identity';
import { serve } from './runtime';
import { createSubgraphServer, type RequestContext, type ServerLogOptions } from './server';
import type { Relay } from './events/relay';
import { registerEventMetrics } from './telemetry/event-metrics';
import { createRegistry } from './telemetry/registry';
import { registerStatementMetrics } from './telemetry/statement-metrics';
import { startTracing } from './telemetry/tracing';

/** A service's own settings, as read from the environment. */
export type SettingsOf<Shape extends z.ZodRawShape> = z.infer<z.ZodObject<Shape>>;

/** A projection a service keeps of events: the platform runs it in the service's database. */
export type ServiceConsumer = Omit<ConsumerSettings, 'stream' | 'connect' | 'log' | 'db'> & EventApplication;

/**
 * What a subgraph service is: the one place it describes itself. The rest is found by
 * convention from its name: its folder `services/<name>`, its migrations in
 * `services/<name>/drizzle`, its database `portal_<name>` (dashes as underscores).
 * `npm start`, the end-to-end stack, the build, the compose file and the database list
 * all read the definitions (scripts/lib/subgraphs.ts).
 */
export interface ServiceDefinition<TSchema extends Record<string, unknown>, Store, Ctx extends object, Shape extends z.ZodRawShape = {}> {
  name: string;
  /** Where it listens, locally and in its container (PORT overrides). */
  port: number;
  /** Settings of its own, read once from the environment with those every service reads. */
  settings?: Shape;
  /** Its drizzle tables. */
  schema: TSchema;
  typeDefs: string;
  resolvers: GraphQLResolverMap<RequestContext<Ctx>>;
  /** The service's store (its only SQL), built once over the database. */
  store: (db: PostgresJsDatabase<TSchema>) => Store;
  /** Each request's context: the store, the caller and the loaders that live for one request; `clock` is the time (a test may set it). */
  context: (store: Store, identity: Identity, settings: SettingsOf<Shape>, clock: () => Date) => Ctx;
  /** Relays the events its outbox records to NATS. */
  publishesEvents?: boolean;
  /** Projections it keeps of events, its own or other services'. */
  consumers?: ServiceConsumer[];
  /** Work it repeats on its own, run wherever its events are relayed (not in service tests). */
  periodicTasks?: (store: Store) => PeriodicTask[];
  /**
   * Demo data for local runs, added only to an empty (migrated) database; `size` (rows of
   * its main kind) from SEED_<NAME> when set.
   */
  seed?: (databaseUrl: string, size?: number) => Promise<{ inserted: number }>;
  /** Further commands of its process besides serving and `seed` (`node dist/main.js <command>`). */
  commands?: Record<string, () => Promise<void>>;
  /**
   * What it runs beside its subgraph in the same app, once the app is built: routes (those
   * that need the caller declare `config: { signedIdentity: true }`) and periodic work, which
   * stops in the app's `preClose`/`onClose` hooks.
   */
  attach?: (app: FastifyInstance, parts: ServiceParts<Store, SettingsOf<Shape>>) => void | Promise<void>;
}

/** What a service's own work beside its subgraph gets of its app. */
export interface ServiceParts<Store, Settings> {
  store: Store;
  settings: Settings;
  identitySecret: string;
  /** The time: the system clock, or the one a test sets. */
  clock: () => Date;
  /** Calls `listener` after each batch of events one of its consumers committed. */
  onConsumed: (listener: () => void) => void;
}

/** What code that handles every service alike (start, build, deployment files) reads of a definition. */
export type AnyServiceDefinition = Pick<
  ServiceDefinition<Record<string, unknown>, unknown, object, z.ZodRawShape>,
  'name' | 'port' | 'settings' | 'typeDefs' | 'publishesEvents' | 'consumers' | 'seed' | 'commands'
>;

/**
 * `services/<name>/drizzle`. Found from this module's place, two folders below `services/`
 * both here and in the build (scripts/lib/build.ts puts shared code at the same depth).
 */
export const migrationsFolderOf = (name: string): string => fileURLToPath(new URL(`../../${name}/drizzle/`, import.meta.url));

/** How one instance runs: from the environment in production, from tests otherwise. */
export interface ServiceOptions<Shape extends z.ZodRawShape = z.ZodRawShape> {
  databaseUrl: string;
  databasePoolSize?: number;
  identitySecret: string;
  /** The secret being replaced, accepted until every gateway signs with the new one. */
  identityPreviousSecret?: string;
  identityMaxAgeSeconds?: number;
  /** The longest string any argument or variable may carry (MAX_STRING_LENGTH). */
  maxStringLength?: number;
  log?: ServerLogOptions;
  dev?: boolean;
  /** NATS for the relay and consumers; without it, events wait in the outbox (service tests). */
  events?: EventsConfig;
  /** Sees every SQL statement; tests count statements per request with it. */
  onQuery?: (query: string, parameters: readonly unknown[]) => void;
  /** The service's own settings; any left out take their defaults. */
  settings?: Partial<z.input<z.ZodObject<Shape>>>;
  /** Tests move time; otherwise the system clock. */
  clock?: () => Date;
}

/** The service's app, ready to listen (migrations are the caller's step). */
export async function buildService<TSchema extends Record<string, unknown>, Store, Ctx extends object, Shape extends z.ZodRawShape>(
  definition: ServiceDefinition<TSchema, Store, Ctx, Shape>,
  options: ServiceOptions<Shape>,
): Promise<FastifyInstance> {
  const settings = z.object(definition.settings ?? ({} as Shape)).parse(options.settings ?? {});
  const registry = createRegistry(definition.name);
  const sqlStatements = new Counter({ name: 'portal_sql_statements_total', help: 'SQL statements sent', registers: [registry] });
  const database = connectDatabase({
    url: options.databaseUrl,
    schema: definition.schema,
    poolSize: options.databasePoolSize,
    onQuery: (query, parameters) => {
      sqlStatements.inc();
      options.onQuery?.(query, parameters);
    },
  });
  const store = definition.store(database.db);
  let relay: Relay | undefined;
  const consumers: Consumer[] = [];
  const clock = options.clock ?? (() => new Date());
  const app = await createSubgraphServer({
    name: definition.name,
    typeDefs: definition.typeDefs,
    resolvers: definition.resolvers,
    identity: { secret: options.identitySecret, previousSecret: options.identityPreviousSecret, maxAgeSeconds: options.identityMaxAgeSeconds ?? 30 },
    ready: database.ping,
    events: options.events
      ? () => Object.fromEntries([...(relay ? [['relay', relay.state]] : []), ...consumers.map((c) => [c.name, c.state])])
      : undefined,
    context: (identity) => definition.context(store, identity, settings, clock),
    log: options.log ?? { level: 'silent' },
    dev: options.dev ?? false,
    maxStringLength: options.maxStringLength,
    registry,
  });
  const consumed = new EventEmitter();
  if (options.events) {
    if (definition.publishesEvents) relay = attachRelay(app, options.events, { sql: database.sql, producer: definition.name });
    for (const consumer of definition.consumers ?? [])
      consumers.push(
        attachConsumer(app, options.events, {
          ...consumer,
          service: definition.name,
          db: database.db,
          onBatch: (events) => {
            consumer.onBatch?.(events);
            consumed.emit('batch');
          },
        }),
      );
    registerEventMetrics(registry, { service: definition.name, sql: database.sql, relay, consumers });
    for (const task of definition.periodicTasks?.(store) ?? []) attachPeriodicTask(app, task);
  }
  await definition.attach?.(app, {
    store,
    settings,
    identitySecret: options.identitySecret,
    clock,
    onConsumed: (listener) => consumed.on('batch', listener),
  });
  const stopObserving = registerStatementMetrics(registry, definition.name);
  app.addHook('onClose', () => {
    stopObserving();
    return database.close();
  });
  return app;
}

/** Everything a service's process reads from the environment: what every service reads, then its own settings. */
export const environmentOf = <Shape extends z.ZodRawShape>(definition: { port: number; settings?: Shape }) => ({
  ...serviceEnv(definition.port),
  ...eventsEnv,
  ...(definition.settings ?? ({} as Shape)),
});

type CommonEnv = z.infer<z.ZodObject<ReturnType<typeof serviceEnv> & typeof eventsEnv>>;

/** The environment variable that sizes a service's demo data: SEED_CASE_STUDIES. */
export const seedSizeVariable = (name: string) => `SEED_${name.toUpperCase().replace(/-/g, '_')}`;

/** Migrates the service's database and adds its demo data when it is empty. */
export async function seedService(definition: Pick<AnyServiceDefinition, 'name' | 'seed'>, databaseUrl: string, size?: number): Promise<{ inserted: number }> {
  await runMigrations(databaseUrl, migrationsFolderOf(definition.name));
  return definition.seed ? definition.seed(databaseUrl, size) : { inserted: 0 };
}

/**
 * A service's process (`services/<name>/src/main.ts`): with no argument, reads the
 * environment once (exiting with every problem listed), migrates, and serves until a
 * signal; `seed` adds the demo data; any other argument runs that command of the definition.
 */
export async function runService<TSchema extends Record<string, unknown>, Store, Ctx extends object, Shape extends z.ZodRawShape>(
  definition: ServiceDefinition<TSchema, Store, Ctx, Shape>,
  command = process.argv[2],
): Promise<void> {
  if (command === 'seed' && definition.seed) {
    const sizeVariable = seedSizeVariable(definition.name);
    const env = loadEnv({ DATABASE_URL: serviceEnv(definition.port).DATABASE_URL, [sizeVariable]: z.coerce.number().int().min(1).max(1_000_000).optional() }) as {
      DATABASE_URL: string;
    } & Record<string, number | undefined>;
    const { inserted } = await seedService(definition, env.DATABASE_URL, env[sizeVariable]);
    console.log(`${definition.name}: ${inserted > 0 ? `seeded ${inserted} rows of demo data` : 'demo data already present'}`);
    return;
  }
  if (command !== undefined) {
    const run = definition.commands?.[command];
    if (!run) {
      const commands = [...(definition.seed ? ['seed'] : []), ...Object.keys(definition.commands ?? {})];
      process.stderr.write(`${definition.name}: no command "${command}"${commands.length ? ` (it has: ${commands.join(', ')})` : ''}\n`);
      process.exit(2);
    }
    return run();
  }
  // Every setting at once, so that a misconfigured process lists every problem.
  const env = loadEnv(environmentOf(definition)) as CommonEnv & Partial<z.input<z.ZodObject<Shape>>>;
  // Before the app is built: its resolvers are wrapped in spans only when tracing is on.
  const stopTracing = startTracing(definition.name);
  await runMigrations(env.DATABASE_URL, migrationsFolderOf(definition.name));
  const app = await buildService(definition, {
    databaseUrl: env.DATABASE_URL,
    databasePoolSize: env.DATABASE_POOL_SIZE,
    identitySecret: env.IDENTITY_SECRET,
    identityPreviousSecret: env.IDENTITY_SECRET_PREVIOUS,
    identityMaxAgeSeconds: env.IDENTITY_MAX_AGE_SECONDS,
    maxStringLength: env.MAX_STRING_LENGTH,
    log: { level: env.LOG_LEVEL },
    dev: env.NODE_ENV === 'development',
    events: { natsUrl: env.NATS_URL, streamName: env.EVENTS_STREAM, replicas: env.EVENTS_REPLICAS },
    settings: env,
  });
  if (stopTracing) app.addHook('onClose', stopTracing);
  await serve(app, { host: env.HOST, port: env.PORT });
}
