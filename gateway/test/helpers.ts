import { createServer as createHttpServer, type Server as HttpServer } from 'node:http';
import { createServer as createTcpServer, type AddressInfo, type Server as TcpServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll } from 'vitest';
import { buildService, IDENTITY_HEADER, migrationsFolderOf, type ServiceOptions } from '@portal/platform';
import { TEST_IDENTITY_SECRET, useTestDatabase } from '@portal/platform/testing';
import { service as coordinators } from '../../services/coordinators/src/service';
import { SUPERGRAPH_PATH } from '../../scripts/lib/compose';
import { SUBGRAPHS } from '../../scripts/lib/subgraphs';
import { DEV_AUDIENCE, DEV_ISSUER, generateKeyPair, mintToken, type TokenClaims } from '../../scripts/lib/tokens';
import { buildGateway, type GatewayOptions } from '../src/app';
import { DEFAULT_TRUSTED_DOCUMENTS_PATH } from '../src/env';
import { DEFAULT_LIMITS } from '../src/limits';

export const TEST_LIMITS = { ...DEFAULT_LIMITS, bodyBytes: 16_384 };

/** A subgraph the gateway under test calls for real, besides coordinators: `{ name, build: (options) => buildService(definition, options) }`. */
export interface TestSubgraph {
  name: string;
  build: (options: ServiceOptions) => Promise<FastifyInstance>;
}

export interface GatewaySetup {
  /** More real subgraphs; every other one points at an address that refuses connections. */
  subgraphs?: TestSubgraph[];
  /** Put each real subgraph behind a proxy that records the identity headers the gateway sends. */
  recordIdentities?: boolean;
}

const listenAddress = { port: 0, host: '127.0.0.1' };
const closeServer = (server: HttpServer | TcpServer | undefined) => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));

/**
 * A port of the test's own where every connection is dropped at once: subgraphs that the
 * test does not run are unreachable there, whatever else listens on this machine (the
 * supergraph's localhost:4001-4006 may be a running portal).
 */
async function startUnreachable(): Promise<{ server: TcpServer; url: string }> {
  const server = createTcpServer((socket) => socket.destroy());
  await new Promise<void>((resolve) => server.listen(listenAddress, resolve));
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql` };
}

/** An HTTP proxy to `target` that records the identity header of every request it passes on. */
async function startRecordingProxy(name: string, target: string, recorded: { subgraph: string; header: string }[]) {
  const server = createHttpServer(async (request, response) => {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const header = request.headers[IDENTITY_HEADER];
    if (typeof header === 'string') recorded.push({ subgraph: name, header });
    const headers = Object.fromEntries(Object.entries(request.headers).filter(([key]) => !['host', 'connection', 'content-length'].includes(key))) as Record<string, string>;
    const answer = await fetch(new URL(request.url!, target), { method: request.method, headers, body: chunks.length ? Buffer.concat(chunks) : undefined });
    response.writeHead(answer.status, { 'content-type': answer.headers.get('content-type') ?? 'application/json' });
    response.end(Buffer.from(await answer.arrayBuffer()));
  });
  await new Promise<void>((resolve) => server.listen(listenAddress, resolve));
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql` };
}

/**
 * The gateway over HTTP in front of a real coordinators subgraph (and any others given),
 * all on free ports, with databases of their own.
 */
export function useGateway(overrides: Partial<GatewayOptions> = {}, setup: GatewaySetup = {}) {
  const real = [{ name: coordinators.name, build: (options: ServiceOptions) => buildService(coordinators, options) }, ...(setup.subgraphs ?? [])].map((subgraph) => ({
    ...subgraph,
    database: useTestDatabase(migrationsFolderOf(subgraph.name)),
  }));
  const keys = generateKeyPair();
  const identities: { subgraph: string; header: string }[] = [];
  const state = { apps: [] as FastifyInstance[], servers: [] as (HttpServer | TcpServer)[], urls: new Map<string, string> } as {
    gateway: FastifyInstance;
    apps: FastifyInstance[];
    servers: (HttpServer | TcpServer)[];
    urls: Map<string, string>;
    url: string;
  };

  beforeAll(async () => {
    const unreachable = await startUnreachable();
    state.servers.push(unreachable.server);
    const subgraphUrls = new Map(SUBGRAPHS.map((subgraph) => [subgraph.name, unreachable.url]));
    for (const subgraph of real) {
      const app = await subgraph.build({ databaseUrl: subgraph.database().url, identitySecret: TEST_IDENTITY_SECRET });
      state.apps.push(app);
      const url = `${await app.listen(listenAddress)}/graphql`;
      state.urls.set(subgraph.name, url);
      const proxy = setup.recordIdentities ? await startRecordingProxy(subgraph.name, url, identities) : undefined;
      if (proxy) state.servers.push(proxy.server);
      subgraphUrls.set(subgraph.name, proxy?.url ?? url);
    }
    state.gateway = await buildGateway({
      supergraphPath: fileURLToPath(SUPERGRAPH_PATH),
      identitySecret: TEST_IDENTITY_SECRET,
      jwt: { publicKeyPem: keys.publicKeyPem, issuer: DEV_ISSUER, audience: DEV_AUDIENCE },
      limits: TEST_LIMITS,
      // Tests send documents of their own; trusted documents have tests of their own.
      trustedDocuments: { mode: 'off', manifestPath: DEFAULT_TRUSTED_DOCUMENTS_PATH },
      log: { level: 'silent' },
      dev: false,
      ...overrides,
      // Where a test points a subgraph itself (a stand-in), unless it is one started here.
      subgraphUrls: new Map([...subgraphUrls, ...(overrides.subgraphUrls ?? [])].filter(([name]) => !state.urls.has(name)).concat([...state.urls].map(([name]) => [name, subgraphUrls.get(name)!]))),
    });
    state.url = `${await state.gateway.listen(listenAddress)}/graphql`;
  });
  afterAll(async () => {
    await state.gateway?.close();
    for (const app of state.apps) await app.close();
    for (const server of state.servers) await closeServer(server);
  });

  const token = (claims: TokenClaims, expiresIn?: string | number) => mintToken(keys.privateKey, claims, expiresIn);
  return {
    keys,
    token,
    get url() {
      return state.url;
    },
    /** The coordinators subgraph's own address. */
    get subgraphUrl() {
      return state.urls.get('coordinators')!;
    },
    /** The coordinators subgraph's database. */
    get databaseUrl() {
      return real[0]!.database().url;
    },
    /** A real subgraph's own address (not the proxy's). */
    subgraphUrlOf: (name: string) => state.urls.get(name)!,
    /** With recordIdentities: every identity header the gateway sent, in order. */
    identities,
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
