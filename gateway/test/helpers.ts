import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll } from 'vitest';
import { TEST_IDENTITY_SECRET, useTestDatabase } from '@portal/platform/testing';
import { buildApp as buildCoordinators, migrationsFolder } from '../../services/coordinators/src/app';
import { SUPERGRAPH_PATH } from '../../scripts/lib/compose';
import { DEV_AUDIENCE, DEV_ISSUER, generateKeyPair, mintToken, type TokenClaims } from '../../scripts/lib/tokens';
import { buildGateway, type GatewayOptions } from '../src/app';
import { DEFAULT_TRUSTED_DOCUMENTS_PATH } from '../src/env';
import { fileURLToPath } from 'node:url';

export const TEST_LIMITS = { depth: 4, aliases: 20, tokens: 1000, bodyBytes: 16_384 };

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
      subgraphUrls: new Map([['coordinators', state.subgraphUrl]]),
      limits: TEST_LIMITS,
      // Most gateway tests send documents of their own; trusted documents have their tests.
      trustedDocuments: { mode: 'off', manifestPath: DEFAULT_TRUSTED_DOCUMENTS_PATH },
      log: { level: 'silent' },
      dev: false,
      ...overrides,
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
