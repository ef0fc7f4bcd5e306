import type { FastifyInstance } from 'fastify';
import { IDENTITY_HEADER, signIdentity, type Identity } from '../src/identity';
import type { Role } from '../src/vocabulary';

export const TEST_IDENTITY_SECRET = 'test-identity-secret-of-at-least-32-chars';

export interface TestCaller {
  sub: string;
  roles: Role[];
  prefectureCodes?: string[];
}

export const signedIdentityHeader = (caller: TestCaller, secret = TEST_IDENTITY_SECRET) =>
  signIdentity({ prefectureCodes: [], ...caller } satisfies Identity, secret);

export interface GraphQLResponse<T = Record<string, any>> {
  status: number;
  data: T | null;
  errors?: { message: string; extensions?: Record<string, any>; path?: (string | number)[] }[];
}

/** Sends an operation to a subgraph in-process, as the gateway would for `caller`. */
export async function execute<T = Record<string, any>>(
  app: FastifyInstance,
  caller: TestCaller | null,
  query: string,
  variables?: Record<string, unknown>,
): Promise<GraphQLResponse<T>> {
  const response = await app.inject({
    method: 'POST',
    url: '/graphql',
    headers: { 'content-type': 'application/json', ...(caller ? { [IDENTITY_HEADER]: signedIdentityHeader(caller) } : {}) },
    payload: { query, variables },
  });
  const body = response.json();
  return { status: response.statusCode, data: body.data ?? null, errors: body.errors };
}

/** The error codes of a response, in order. */
export const errorCodes = (response: GraphQLResponse) => (response.errors ?? []).map((e) => e.extensions?.code);
