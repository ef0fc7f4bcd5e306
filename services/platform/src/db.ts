import postgres, { type Sql } from 'postgres';
import { drizzle, type PostgresJsDatabase } from 'drizzle-orm/postgres-js';
import { migrate } from 'drizzle-orm/postgres-js/migrator';

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

interface CanTransact {
  // drizzle types its database and its transactions differently; both can start one.
  transaction: (work: (tx: any) => Promise<any>) => Promise<any>;
}

/** A store whose `transaction` gives the same store over one transaction. */
export type Transactional<Queries> = Queries & {
  /** Runs `work` in one transaction: its writes (and the events it records) commit together. */
  transaction<T>(work: (store: Transactional<Queries>) => Promise<T>): Promise<T>;
};

/**
 * Builds a service's store from its queries over an executor (the database, or a
 * transaction), adding `transaction` so that business code can group writes.
 */
export function transactional<Executor extends CanTransact, Queries>(
  executor: Executor,
  queries: (executor: Executor) => Queries,
): Transactional<Queries> {
  return {
    ...queries(executor),
    transaction: <T>(work: (store: Transactional<Queries>) => Promise<T>) =>
      executor.transaction(((tx: Executor) => work(transactional(tx, queries))) as never) as Promise<T>,
  };
}
