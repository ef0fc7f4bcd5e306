import { createPrivateKey, randomBytes, type KeyObject } from 'node:crypto';
import { afterAll, beforeAll, inject } from 'vitest';
import { jetstream } from '@nats-io/jetstream';
import { connect } from '@nats-io/transport-node';
import postgres from 'postgres';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import * as documents from '@portal/client';
import { createPortalClient } from '@portal/client';
import { databaseUrl, dropDatabases } from '@portal/platform';
import { eventStream, subjectOf, type EventEnvelope } from '@portal/platform/events';
import { eventually } from '@portal/platform/testing';
import type { TrustedDocumentsMode } from '../../gateway/src/trusted-documents';
import { startMailSink, type MailSink, type SinkMessage } from '../../services/notifications/src/mail-sink';
import { startThrowawayStack, type Stack } from '../lib/stack';
import { SUBGRAPHS, type Subgraph } from '../lib/subgraphs';
import { generateKeyPair, mintToken, type TokenClaims } from '../lib/tokens';
import { consumersIdle, deleteStream, purgeStream } from './stream';

export interface GraphQLResult {
  status: number;
  data: any;
  errors?: { message: string; extensions?: Record<string, any> }[];
}

/**
 * The whole portal as every end-to-end file shares it (started once by e2e-setup.ts): the
 * file finds it as new, with empty databases and an empty stream, and has it to itself
 * until it ends. The gateway enforces trusted documents, as in production, unless a file
 * that must send documents of its own asks for `log`.
 */
export function useStack({ trustedDocuments = 'enforce' }: { trustedDocuments?: Exclude<TrustedDocumentsMode, 'off'> } = {}) {
  const shared = inject('portal');
  let turn: postgres.Sql | undefined;
  beforeAll(async () => {
    turn = await takeTurn();
    await resetPortal(shared.databaseUrls, shared.streamName);
  }, 120_000);
  afterAll(async () => {
    await turn?.end();
  });
  return portalClient({
    gatewayUrl: () => shared.gatewayUrls[trustedDocuments],
    privateKey: createPrivateKey(shared.privateKeyPem),
    streamName: shared.streamName,
    databaseUrl: (subgraph) => shared.databaseUrls[subgraph.name]!,
  });
}

/**
 * A portal of the file's own — every subgraph and the gateway as processes from the build,
 * on free ports, with fresh databases — torn down after the file: for a file that stops or
 * pauses a service, or runs the gateway with settings of its own (`env`).
 */
export function useOwnStack({
  trustedDocuments = 'enforce',
  env = {},
  moreGateways = [],
}: {
  trustedDocuments?: TrustedDocumentsMode;
  env?: Record<string, string>;
  /** Further gateways over the same subgraphs, each with settings of its own; their URLs are in `gatewayUrls`. */
  moreGateways?: { name: string; env: Record<string, string> }[];
} = {}) {
  const keys = generateKeyPair();
  const run = randomBytes(4).toString('hex');
  const databaseName = (subgraph: Subgraph) => `test_e2e_${run}_${subgraph.name.replace(/-/g, '_')}`;
  const streamName = `E2E_${run.toUpperCase()}`;
  let stack: Stack | undefined;
  // The run's own SMTP server: what the portal mails arrives here, not in another run's.
  let sink: MailSink | undefined;
  const mails: SinkMessage[] = [];

  beforeAll(async () => {
    sink = await startMailSink((message) => void mails.push(message));
    stack = await startThrowawayStack({
      databaseServerUrl: inject('databaseUrl'),
      databaseName,
      natsUrl: inject('natsUrl'),
      jwtPublicKeyPem: keys.publicKeyPem,
      built: true,
      logLevel: 'warn',
      moreGateways,
      // A stream of its own: other runs' events on the shared server stay out of this one.
      env: { NODE_ENV: 'production', EVENTS_STREAM: streamName, TRUSTED_DOCUMENTS: trustedDocuments, SMTP_URL: `smtp://127.0.0.1:${sink!.port}`, ...env },
    });
  }, 120_000);

  afterAll(async () => {
    await stack?.stop();
    await sink?.close();
    await dropDatabases(inject('databaseUrl'), SUBGRAPHS.map(databaseName));
    await deleteStream(inject('natsUrl'), streamName);
  });

  const client = portalClient({
    gatewayUrl: () => stack!.gatewayUrl,
    privateKey: keys.privateKey,
    streamName,
    databaseUrl: (subgraph) => databaseUrl(inject('databaseUrl'), databaseName(subgraph)),
  });
  const own = {
    get processes() {
      return stack!.processes;
    },
    /** Every gateway's GraphQL endpoint by name (`gateway` and those of `moreGateways`). */
    get gatewayUrls() {
      return stack!.gatewayUrls;
    },
    /** Every mail the portal sent, as it arrived at the file's own SMTP server. */
    mails,
    /** Starts a stopped subgraph again. */
    restart: (subgraph: string) => stack!.restart(subgraph),
  };
  // Getters stay getters (a spread would read the gateway's address before the stack runs).
  return Object.defineProperties(client, Object.getOwnPropertyDescriptors(own)) as typeof client & typeof own;
}

// Any fixed number: only end-to-end files take it, on the test server's default database.
const SHARED_PORTAL_LOCK = 727_100;

/**
 * Waits until no other file has the shared portal, and holds it until the returned
 * connection ends: the e2e project's two workers run a file with a portal of its own
 * beside the shared portal's files, which take turns here, so that a file never finds
 * another's data.
 */
async function takeTurn(): Promise<postgres.Sql> {
  const sql = postgres(inject('databaseUrl'), { max: 1, onnotice: () => {} });
  await sql`select pg_advisory_lock(${SHARED_PORTAL_LOCK})`;
  return sql;
}

/**
 * Makes the shared portal as new: once every event the last file caused has been relayed
 * and applied (nothing of it may arrive later), every table of every service is emptied
 * and so is the stream. The services' durable consumers stay and go on from the next event.
 */
async function resetPortal(databaseUrls: Record<string, string>, streamName: string): Promise<void> {
  await eventsSettled(databaseUrls, streamName, 'the last file’s events relayed and applied');
  const databases = Object.values(databaseUrls).map((url) => postgres(url, { max: 1, onnotice: () => {} }));
  try {
    for (const sql of databases) {
      const tables = await sql<{ name: string }[]>`select format('%I.%I', schemaname, tablename) as name from pg_tables where schemaname = 'public'`;
      if (tables.length > 0) await sql.unsafe(`truncate ${tables.map((t) => t.name).join(', ')} restart identity cascade`);
    }
    await purgeStream(inject('natsUrl'), streamName);
  } finally {
    await Promise.all(databases.map((sql) => sql.end()));
  }
}

/** Waits until every event in the services' outboxes has been relayed and every consumer has applied every event of the stream. */
export async function eventsSettled(databaseUrls: Record<string, string>, streamName: string, what: string, timeoutMs = 60_000): Promise<void> {
  const natsUrl = inject('natsUrl');
  const databases = Object.values(databaseUrls).map((url) => postgres(url, { max: 1, onnotice: () => {} }));
  try {
    await eventually(async () => (await outboxesEmpty(databases)) && (await consumersIdle(natsUrl, streamName)), what, timeoutMs);
  } finally {
    await Promise.all(databases.map((sql) => sql.end()));
  }
}

/** True when every event the services have written is on the stream (reporting publishes nothing: it has no outbox). */
async function outboxesEmpty(databases: postgres.Sql[]): Promise<boolean> {
  for (const sql of databases) {
    const [table] = await sql<{ exists: boolean }[]>`select to_regclass('public.outbox') is not null as exists`;
    if (!table!.exists) continue;
    const [pending] = await sql<{ n: number }[]>`select count(*)::int as n from outbox where published_at is null`;
    if (pending!.n > 0) return false;
  }
  return true;
}

interface PortalAccess {
  gatewayUrl: () => string;
  privateKey: KeyObject;
  streamName: string;
  databaseUrl: (subgraph: Subgraph) => string;
}

/** What a file does with a portal: sends the contract's operations as any caller, publishes events, looks into a database. */
function portalClient({ gatewayUrl, privateKey, streamName, databaseUrl: databaseUrlOf }: PortalAccess) {
  return {
    token: (claims: TokenClaims) => mintToken(privateKey, claims),
    /** The gateway's GraphQL endpoint (a function: the portal starts after the file is read). */
    gatewayUrl,
    streamName,
    /**
     * Publishes events straight to this portal's stream, as a relay would: for what no request
     * can make now, such as reports of past months.
     */
    async publish(...events: EventEnvelope[]) {
      const nc = await connect({ servers: inject('natsUrl') });
      try {
        const js = jetstream(nc);
        for (const event of events) await js.publish(subjectOf(eventStream(streamName), event.type), JSON.stringify(event), { msgID: event.id });
      } finally {
        await nc.close();
      }
    },
    /**
     * Waits until every event so far is applied everywhere: what a test published, and what its
     * requests wrote to the outboxes. A figure read before then may count only some of them.
     */
    eventsApplied(what: string): Promise<void> {
      return eventsSettled(Object.fromEntries(SUBGRAPHS.map((s) => [s.name, databaseUrlOf(s)])), streamName, what);
    },
    /** The database of a subgraph of this portal, e.g. to look for what it holds. */
    databaseUrl: databaseUrlOf,
    /** Sends a generated document of the contract through the gateway with the portal's client, as `caller` (anonymous when null). */
    async send(caller: TokenClaims | null, document: TypedDocumentNode<any, any>, variables?: Record<string, unknown>): Promise<GraphQLResult> {
      const token = caller ? await mintToken(privateKey, caller) : undefined;
      const client = createPortalClient({ url: gatewayUrl(), token });
      return client.execute(document as TypedDocumentNode<any, Record<string, unknown>>, variables);
    },
    /** Sends the contract's operation of this name (`CoordinatorProfile`) with the portal's client. */
    sendOperation(caller: TokenClaims | null, name: string, variables?: Record<string, unknown>): Promise<GraphQLResult> {
      const document = (documents as Record<string, unknown>)[`${name}Document`] as TypedDocumentNode<any, any> | undefined;
      if (!document) throw new Error(`no operation ${name} in schema/operations`);
      return this.send(caller, document, variables);
    },
    /** Sends a document of the test's own as text: served only when trusted documents are not enforced. */
    async sendText(caller: TokenClaims | null, query: string, variables?: Record<string, unknown>): Promise<GraphQLResult> {
      const token = caller ? await mintToken(privateKey, caller) : undefined;
      const response = await fetch(gatewayUrl(), {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await response.json()) as { data?: unknown; errors?: GraphQLResult['errors'] };
      return { status: response.status, data: body.data ?? null, errors: body.errors };
    },
  };
}
