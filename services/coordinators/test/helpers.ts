import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll } from 'vitest';
import { execute, TEST_IDENTITY_SECRET, useTestDatabase, type TestCaller } from '@portal/platform/testing';
import { buildApp, migrationsFolder } from '../src/app';

export const admin: TestCaller = { sub: 'idp|admin', roles: ['AGENCY_ADMIN'] };
export const analyst: TestCaller = { sub: 'idp|analyst', roles: ['MINISTRY_ANALYST'] };
export const localGovernment: TestCaller = { sub: 'idp|tochigi', roles: ['LOCAL_GOVERNMENT'], prefectureCodes: ['09'] };
export const coordinator = (sub: string): TestCaller => ({ sub, roles: ['COORDINATOR'] });

/** A coordinators subgraph on a fresh database of its own, with a counter of SQL statements. */
export function useCoordinatorsService() {
  const database = useTestDatabase(migrationsFolder);
  const state = { app: undefined as unknown as FastifyInstance, statements: [] as string[] };
  beforeAll(async () => {
    state.app = await buildApp({
      databaseUrl: database().url,
      identitySecret: TEST_IDENTITY_SECRET,
      onQuery: (query) => state.statements.push(query),
    });
  });
  afterAll(async () => {
    await state.app?.close();
  });
  return {
    get app() {
      return state.app;
    },
    get databaseUrl() {
      return database().url;
    },
    /** Runs `work` and returns the SQL statements it sent. */
    async countStatements(work: () => Promise<unknown>): Promise<string[]> {
      state.statements.length = 0;
      await work();
      return [...state.statements];
    },
    run: <T = Record<string, any>>(caller: TestCaller | null, query: string, variables?: Record<string, unknown>) =>
      execute<T>(state.app, caller, query, variables),
  };
}

export const REGISTER = /* GraphQL */ `
  mutation RegisterCoordinator($input: RegisterCoordinatorInput!) {
    registerCoordinator(input: $input) {
      id
      name
      certification { certificateNumber cohortYear status issuedAt validUntil }
    }
  }
`;

export const UPDATE_PROFILE = /* GraphQL */ `
  mutation UpdateMyProfile($input: UpdateProfileInput!) {
    updateMyProfile(input: $input) {
      id
      bio
      expertiseFields
      languages { code level }
      qualifications
      activityRegions { prefectureCode municipality }
      currentWorkplace { name prefectureCode }
      contact { email phone }
      contactVisibility
    }
  }
`;

export const SEARCH = /* GraphQL */ `
  query DirectorySearch($filter: CoordinatorFilter, $first: Int, $after: String) {
    coordinators(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { cursor node { id name contact { email phone } certification { status } } }
    }
  }
`;
