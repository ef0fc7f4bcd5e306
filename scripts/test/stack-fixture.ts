import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, inject } from 'vitest';
import { jetstream, jetstreamManager } from '@nats-io/jetstream';
import { connect } from '@nats-io/transport-node';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import * as documents from '@portal/client';
import { createPortalClient } from '@portal/client';
import { databaseUrl, dropDatabases } from '@portal/platform';
import { eventStream, subjectOf, type EventEnvelope } from '@portal/platform/events';
import type { TrustedDocumentsMode } from '../../gateway/src/trusted-documents';
import { startMailSink, type MailSink, type SinkMessage } from '../../services/notifications/src/mail-sink';
import { freePort } from '../lib/processes';
import { startStack, type Stack } from '../lib/stack';
import { SUBGRAPHS, type Subgraph } from '../lib/subgraphs';
import { DEV_AUDIENCE, DEV_ISSUER, generateKeyPair, mintToken, type TokenClaims } from '../lib/tokens';

export interface GraphQLResult {
  status: number;
  data: any;
  errors?: { message: string; extensions?: Record<string, any> }[];
}

/**
 * The whole portal as processes — every subgraph and the gateway — on free ports, with
 * fresh databases on the test server; torn down after the file. The gateway enforces
 * trusted documents, as in production, unless a file that must send documents of its own
 * asks for `log`.
 */
export function useStack({ trustedDocuments = 'enforce', env = {} }: { trustedDocuments?: TrustedDocumentsMode; env?: Record<string, string> } = {}) {
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
    const ports = new Map<string, number>();
    for (const subgraph of SUBGRAPHS) ports.set(subgraph.name, await freePort());
    stack = await startStack({
      databaseServerUrl: inject('databaseUrl'),
      databaseName,
      natsUrl: inject('natsUrl'),
      identitySecret: randomBytes(32).toString('base64url'),
      jwtPublicKeyPem: keys.publicKeyPem,
      jwtIssuer: DEV_ISSUER,
      jwtAudience: DEV_AUDIENCE,
      gatewayPort: await freePort(),
      portOf: (subgraph) => ports.get(subgraph.name)!,
      logLevel: 'warn',
      // A stream of its own: other runs' events on the shared server stay out of this one.
      env: { NODE_ENV: 'production', EVENTS_STREAM: streamName, TRUSTED_DOCUMENTS: trustedDocuments, SMTP_URL: `smtp://127.0.0.1:${sink.port}`, ...env },
    });
  }, 120_000);

  afterAll(async () => {
    await stack?.stop();
    await sink?.close();
    await dropDatabases(inject('databaseUrl'), SUBGRAPHS.map(databaseName));
    await deleteStream(inject('natsUrl'), streamName);
  });

  return {
    token: (claims: TokenClaims) => mintToken(keys.privateKey, claims),
    get processes() {
      return stack!.processes;
    },
    /** The gateway's GraphQL endpoint; other routes beside it. */
    get gatewayUrl() {
      return stack!.gatewayUrl;
    },
    /** Starts a stopped subgraph again. */
    restart: (subgraph: string) => stack!.restart(subgraph),
    streamName,
    /** Every mail the portal sent, as it arrived. */
    mails,
    /**
     * Publishes events straight to this run's stream, as a relay would: for what no request
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
    /** The database of a subgraph in this run, e.g. to look for what it holds. */
    databaseUrl: (subgraph: Subgraph) => databaseUrl(inject('databaseUrl'), databaseName(subgraph)),
    /** Sends a generated document of the contract through the gateway with the portal's client, as `caller` (anonymous when null). */
    async send(caller: TokenClaims | null, document: TypedDocumentNode<any, any>, variables?: Record<string, unknown>): Promise<GraphQLResult> {
      const token = caller ? await mintToken(keys.privateKey, caller) : undefined;
      const client = createPortalClient({ url: stack!.gatewayUrl, token });
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
      const token = caller ? await mintToken(keys.privateKey, caller) : undefined;
      const response = await fetch(stack!.gatewayUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await response.json()) as { data?: unknown; errors?: GraphQLResult['errors'] };
      return { status: response.status, data: body.data ?? null, errors: body.errors };
    },
  };
}

async function deleteStream(natsUrl: string, name: string) {
  const nc = await connect({ servers: natsUrl });
  try {
    await (await jetstreamManager(nc)).streams.delete(name).catch(() => {});
  } finally {
    await nc.close();
  }
}
