import type { PgDatabase } from 'drizzle-orm/pg-core';
import { drizzle, type PostgresJsDatabase, type PostgresJsQueryResultHKT } from 'drizzle-orm/postgres-js';
import { migrate } from 'drizzle-orm/postgres-js/migrator';
import postgres, { type Sql } from 'postgres';
import { namedStatements, runStatement, type NamedStatements } from './statements';

export interface DatabaseOptions<TSchema extends Record<string, unknown>> {
  url: string;
  schema: TSchema;
  poolSize?: number;
  /** Called for every statement sent; tests count statements per request with it. */
  onQuery?: (query: string, parameters: readonly unknown[]) => void;
}

export interface Database<TSchema extends Record<string, unknown>> {
  db: PostgresJsDatabase<TSchema>;
  sql: Sql;
  /** Resolves when the server answers; rejects otherwise. */
  ping(): Promise<void>;
  close(): Promise<void>;
}

export function connectDatabase<TSchema extends Record<string, unknown>>(
  options: DatabaseOptions<TSchema>,
): Database<TSchema> {
  const sql = postgres(options.url, {
    max: options.poolSize ?? 10,
    onnotice: () => {},
    // Statements are prepared per connection and reused: the directory's queries repeat.
    prepare: true,
    connection: { application_name: 'portal' },
    debug: options.onQuery ? (_connection, query, parameters) => options.onQuery!(query, parameters) : undefined,
  });
  return {
    db: drizzle(sql, { schema: options.schema }),
    sql,
    async ping() {
      await sql`select 1`;
    },
    async close() {
      await sql.end({ timeout: 5 });
    },
  };
}

// Any fixed number shared by all services works: each service has its own database.
const MIGRATION_LOCK = 727_001;

/**
 * Applies the service's migrations. An advisory lock makes concurrent starts of several
 * instances wait for each other instead of racing on the same DDL.
 */
export async function runMigrations(url: string, migrationsFolder: string): Promise<void> {
  const sql = postgres(url, { max: 1, onnotice: () => {} });
  try {
    await sql`select pg_advisory_lock(${MIGRATION_LOCK})`;
    await migrate(drizzle(sql), { migrationsFolder });
  } finally {
    await sql.end({ timeout: 5 });
  }
}

/**
 * The database or a transaction in it, of any service: a store's statements run on either,
 * and either can start a (nested) transaction. Statements are built from tables, never from
 * drizzle's relational schema, so one type serves every service's database and the
 * platform's own tables in it (outbox, inbox, projections) alike.
 */
export type Executor = PgDatabase<PostgresJsQueryResultHKT, Record<string, unknown>>;

/** A store whose `transaction` gives the same store over one transaction. */
export type Transactional<Queries> = NamedStatements<Queries> & {
  /** Runs `work` in one transaction: its writes (and the events it records) commit together. */
  transaction<T>(work: (store: Transactional<Queries>) => Promise<T>): Promise<T>;
};

/**
 * Builds a service's store from its queries over an executor (the database, or a
 * transaction), adding `transaction` so that business code can group writes. Every query
 * is a named statement `<name>.<key>` (see namedStatements); `name` is the service's.
 */
export function transactional<Queries extends object>(
  name: string,
  executor: Executor,
  queries: (executor: Executor) => Queries,
): Transactional<Queries> {
  return {
    ...namedStatements(name, queries(executor)),
    transaction: <T>(work: (store: Transactional<Queries>) => Promise<T>) =>
      runStatement(`${name}.transaction`, () => executor.transaction((tx) => work(transactional(name, tx, queries)))) as Promise<T>,
  };
}
