import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect } from 'vitest';
import type { z } from 'zod';
import { buildService, migrationsFolderOf, type ServiceDefinition, type ServiceOptions } from '../src/service';
import { takeTestDatabase, type HeldTestDatabase } from './database';
import { execute, TEST_IDENTITY_SECRET, type GraphQLResponse, type TestCaller } from './graphql';

type AnyDefinition = ServiceDefinition<any, any, any, any>;

/**
 * One service instance on a database of its own, kept by the test worker for the files
 * after the one that made it: building a subgraph and taking its database cost more than
 * most files' tests. A file takes it emptied (takeTestDatabase), so it finds what a fresh
 * clone of the migrated template holds; one whose schema a file changed is not reused.
 */
interface Instance {
  key: string;
  app: FastifyInstance;
  /** Held while the worker keeps the instance; emptied for each file after the first. */
  database: HeldTestDatabase;
  /** The file's clock and statement log, which the instance calls through. */
  clock?: () => Date;
  onQuery?: (query: string, parameters: readonly unknown[]) => void;
  busy: boolean;
  /** Closed by a file (one that stops its relay before its stream): nothing left to share. */
  closed: boolean;
}

// The worker's instances (files of a worker share its modules: vitest.config.ts, isolate: false).
const instances: Instance[] = [];
/** Idle instances a worker keeps; its files come grouped by service (vitest.config.ts). */
const MAX_IDLE = 1;

/** Options a shared instance takes per file (through itself); every other one is part of the key. */
const PER_FILE = new Set(['clock', 'onQuery']);
/** Options an instance cannot share: its own stream (relays, consumers) or log. */
const OWN_INSTANCE = new Set(['events', 'log']);

/**
 * The key of instances that `options` can share, or undefined when the file needs one of its
 * own: for the options above, and for one given as a getter, whose value the file makes in
 * its own beforeAll (the address of its own SMTP server, say), to be given up with the file.
 */
function sharingKey(name: string, options: Record<string, unknown>): string | undefined {
  const kept: Record<string, unknown> = {};
  for (const key of Object.keys(options).sort()) {
    if (Object.getOwnPropertyDescriptor(options, key)?.get) return undefined;
    if (PER_FILE.has(key) || options[key] === undefined) continue;
    if (OWN_INSTANCE.has(key)) return undefined;
    kept[key] = options[key];
  }
  let opaque = false;
  const text = JSON.stringify(kept, (_key, value) => {
    if (typeof value === 'function') opaque = true;
    return value;
  });
  return opaque ? undefined : `${name} ${text}`;
}

async function buildInstance(definition: AnyDefinition, options: Partial<ServiceOptions>, key: string): Promise<Instance> {
  const database = await takeTestDatabase(migrationsFolderOf(definition.name));
  const instance: Instance = { key, database, busy: true, closed: false, app: undefined as unknown as FastifyInstance };
  instance.clock = options.clock;
  instance.onQuery = options.onQuery;
  instance.app = await buildService(definition, {
    databaseUrl: database.url,
    identitySecret: TEST_IDENTITY_SECRET,
    ...options,
    clock: () => (instance.clock ?? (() => new Date()))(),
    onQuery: (query, parameters) => instance.onQuery?.(query, parameters),
  });
  instance.app.addHook('onClose', () => void (instance.closed = true));
  return instance;
}

async function discard(instance: Instance): Promise<void> {
  instances.splice(instances.indexOf(instance), 1);
  if (!instance.closed) await instance.app.close();
  await instance.database.release();
}

/** A free instance of `key`, emptied, or a new one; marked busy for the file. */
async function acquire(definition: AnyDefinition, given: Partial<ServiceOptions>, onQuery: ServiceOptions['onQuery']): Promise<Instance> {
  const key = sharingKey(definition.name, given as Record<string, unknown>);
  const options = { onQuery, ...given };
  const free = key === undefined ? undefined : instances.find((i) => i.key === key && !i.busy);
  if (free) {
    free.busy = true;
    if (await free.database.empty()) {
      free.clock = options.clock;
      free.onQuery = options.onQuery;
      return free;
    }
    await discard(free);
  }
  const instance = await buildInstance(definition, options, key ?? '');
  instances.push(instance);
  return instance;
}

/** After the file: the instance waits for the next file of its key, unless it serves one file only or the file closed it. */
async function release(instance: Instance): Promise<void> {
  instance.clock = undefined;
  instance.onQuery = undefined;
  if (!instance.key || instance.closed) return discard(instance);
  instance.busy = false;
  // The most recently used last; beyond a few, idle instances give their connections back
  // (Postgres' max_connections is shared by every worker and whatever else uses the server).
  instances.splice(instances.indexOf(instance), 1);
  instances.push(instance);
  const idle = instances.filter((i) => !i.busy);
  for (const stale of idle.slice(0, Math.max(0, idle.length - MAX_IDLE))) await discard(stale);
}

/**
 * A subgraph under test: the service of this definition on a database of its own, called
 * in-process with signed identities, with a log of the SQL statements it sends. The file
 * finds the database as the migrations leave it; the instance and its database may have
 * served an earlier file of the worker (see Instance), unless the file asks for its own
 * relays and consumers (`events`) or log.
 */
export function useSubgraph<TSchema extends Record<string, unknown>, Store, Ctx extends object, Shape extends z.ZodRawShape>(
  definition: ServiceDefinition<TSchema, Store, Ctx, Shape>,
  options: Partial<ServiceOptions<Shape>> = {},
) {
  const state = { instance: undefined as Instance | undefined, statements: [] as string[] };
  const instance = () => {
    if (!state.instance) throw new Error('the subgraph is built in beforeAll');
    return state.instance;
  };
  beforeAll(async () => {
    state.instance = await acquire(definition as AnyDefinition, options as Partial<ServiceOptions>, (query) => state.statements.push(query));
  });
  afterAll(async () => {
    if (state.instance) await release(state.instance);
  });
  const run = <T = Record<string, any>>(caller: TestCaller | null, query: string, variables?: Record<string, unknown>) =>
    execute<T>(instance().app, caller, query, variables);
  return {
    get app() {
      return instance().app;
    },
    get databaseUrl() {
      return instance().database.url;
    },
    run,
    /** Runs an operation that must succeed and returns its data. */
    async ok<T = Record<string, any>>(caller: TestCaller | null, query: string, variables?: Record<string, unknown>): Promise<T> {
      const res: GraphQLResponse<T> = await run<T>(caller, query, variables);
      expect(res.errors).toBeUndefined();
      return res.data!;
    },
    /**
     * Runs `work` and returns the SQL statements it sent, without the catalog query that
     * postgres.js sends once on a new connection to learn the array types.
     */
    async countStatements(work: () => Promise<unknown>): Promise<string[]> {
      state.statements.length = 0;
      await work();
      return state.statements.filter((query) => !query.includes('pg_catalog.pg_type'));
    },
  };
}

export const admin: TestCaller = { sub: 'idp|admin', roles: ['AGENCY_ADMIN'] };
export const analyst: TestCaller = { sub: 'idp|analyst', roles: ['MINISTRY_ANALYST'] };
export const localGovernment: TestCaller = { sub: 'idp|tochigi', roles: ['LOCAL_GOVERNMENT'], prefectureCodes: ['09'] };
export const coordinator = (sub: string): TestCaller => ({ sub, roles: ['COORDINATOR'] });
