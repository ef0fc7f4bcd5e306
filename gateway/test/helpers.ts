import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll } from 'vitest';
import { TEST_IDENTITY_SECRET, useTestDatabase } from '@portal/platform/testing';
import { buildApp as buildCoordinators, migrationsFolder } from '../../services/coordinators/src/app';
import { SUPERGRAPH_PATH } from '../../scripts/lib/compose';
import { SUBGRAPHS } from '../../scripts/lib/subgraphs';
import { DEV_AUDIENCE, DEV_ISSUER, generateKeyPair, mintToken, type TokenClaims } from '../../scripts/lib/tokens';
import { buildGateway, type GatewayOptions } from '../src/app';
import { DEFAULT_LIMITS } from '../src/limits';
import { DEFAULT_TRUSTED_DOCUMENTS_PATH } from '../src/env';
import { fileURLToPath } from 'node:url';

export const TEST_LIMITS = { ...DEFAULT_LIMITS, bodyBytes: 16_384 };
/** Where the other subgraphs are said to be: a port nothing listens on, even while `npm start` runs. */
const CLOSED = 'http://127.0.0.1:1/graphql';

/** The gateway over HTTP in front of a real coordinators subgraph, both on free ports. */
export function useGateway(overrides: Partial<GatewayOptions> = {}) {
  const database = useTestDatabase(migrationsFolder);
  const keys = generateKeyPair();
  const state = {} as { gateway: FastifyInstance; subgraph: FastifyInstance; url: string; subgraphUrl: string };

  beforeAll(async () => {
    state.subgraph = await buildCoordinators({ databaseUrl: database().url, identitySecret: TEST_IDENTITY_SECRET });
    state.subgraphUrl = `${await state.subgraph.listen({ port: 0, host: '127.0.0.1' })}/graphql`;
    state.gateway = await buildGateway({
      supergraphPath: fileURLToPath(SUPERGRAPH_PATH),
      identitySecret: TEST_IDENTITY_SECRET,
      jwt: { publicKeyPem: keys.publicKeyPem, issuer: DEV_ISSUER, audience: DEV_AUDIENCE },
      limits: TEST_LIMITS,
      // Most gateway tests send documents of their own; trusted documents have their tests.
      trustedDocuments: { mode: 'off', manifestPath: DEFAULT_TRUSTED_DOCUMENTS_PATH },
      log: { level: 'silent' },
      dev: false,
      ...overrides,
      // Other subgraphs where a test points them, else a port nothing listens on; coordinators is the one started here.
      subgraphUrls: new Map([...SUBGRAPHS.map(({ name }) => [name, CLOSED] as const), ...(overrides.subgraphUrls ?? []), ['coordinators', state.subgraphUrl]]),
    });
    state.url = `${await state.gateway.listen({ port: 0, host: '127.0.0.1' })}/graphql`;
  });
  afterAll(async () => {
    await state.gateway?.close();
    await state.subgraph?.close();
  });

  const token = (claims: TokenClaims, expiresIn?: string | number) => mintToken(keys.privateKey, claims, expiresIn);
  return {
    keys,
    token,
    get url() {
      return state.url;
    },
    get subgraphUrl() {
      return state.subgraphUrl;
    },
    /** The coordinators subgraph's database. */
    get databaseUrl() {
      return database().url;
    },
    /** POSTs an operation; `auth` is a token, a raw Authorization value (`Basic …`), or nothing. */
    async post(body: unknown, options: { token?: string; headers?: Record<string, string> } = {}) {
      const response = await fetch(state.url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
          ...options.headers,
        },
        body: typeof body === 'string' ? body : JSON.stringify(body),
      });
      const text = await response.text();
      let json: any;
      try {
        json = JSON.parse(text);
      } catch {
        json = { raw: text };
      }
      return { status: response.status, headers: response.headers, body: json };
    },
  };
}
