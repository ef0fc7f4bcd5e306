import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect } from 'vitest';
import type { z } from 'zod';
import { buildService, migrationsFolderOf, type ServiceDefinition, type ServiceOptions } from '../src/service';
import { useTestDatabase } from './database';
import { execute, TEST_IDENTITY_SECRET, type GraphQLResponse, type TestCaller } from './graphql';

/**
 * A subgraph under test: the service of this definition on a fresh database of its own,
 * called in-process with signed identities, with a log of the SQL statements it sends.
 */
export function useSubgraph<TSchema extends Record<string, unknown>, Store, Ctx extends object, Shape extends z.ZodRawShape>(
  definition: ServiceDefinition<TSchema, Store, Ctx, Shape>,
  options: Partial<ServiceOptions<Shape>> = {},
) {
  const database = useTestDatabase(migrationsFolderOf(definition.name));
  const state = { app: undefined as unknown as FastifyInstance, statements: [] as string[] };
  beforeAll(async () => {
    state.app = await buildService(definition, {
      databaseUrl: database().url,
      identitySecret: TEST_IDENTITY_SECRET,
      onQuery: (query) => state.statements.push(query),
      ...options,
    });
  });
  afterAll(async () => {
    await state.app?.close();
  });
  const run = <T = Record<string, any>>(caller: TestCaller | null, query: string, variables?: Record<string, unknown>) =>
    execute<T>(state.app, caller, query, variables);
  return {
    get app() {
      return state.app;
    },
    get databaseUrl() {
      return database().url;
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
