import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { printExecutableGraphQLDocument } from '@graphql-tools/documents';
import type { FastifyBaseLogger, FastifyReply, FastifyRequest } from 'fastify';
import { getOperationAST, parse } from 'graphql';
import { z } from 'zod';

/**
 * Trusted documents: the operations of the portal's generated client (@portal/client), by
 * id. A client sends `documentId` ("sha256:<hex>", GraphQL over HTTP, persisted documents)
 * instead of `query`; the gateway puts the document's text in its place before Apollo sees
 * the request. Texts are checked too: by the hash of the text as written (one hash) and,
 * only when that misses, by the hash of the normalised printed document, the form the
 * manifest holds (parse and print, the same printer the client preset uses). That printer
 * also reduces white space inside string literals: trusted documents take their strings
 * as variables (the contract's all do), so no literal can be varied that way.
 */
export const TRUSTED_DOCUMENTS_MODES = ['enforce', 'log', 'off'] as const;
export type TrustedDocumentsMode = (typeof TRUSTED_DOCUMENTS_MODES)[number];

/** In development operations are written and tried before they are generated: log them there. */
export const defaultTrustedDocumentsMode = (nodeEnv: string): TrustedDocumentsMode => (nodeEnv === 'development' ? 'log' : 'enforce');

export interface TrustedDocumentsOptions {
  /** enforce: only trusted documents; log: serve any, log each unknown once; off: serve any. */
  mode: TrustedDocumentsMode;
  /** The generated manifest, document id → text (services/client/src/generated/persisted-documents.json). */
  manifestPath: string;
}

export const documentIdOf = (text: string): string => `sha256:${createHash('sha256').update(text).digest('hex')}`;

/** Reads the manifest; refuses one whose ids are not the hashes of their texts (edited or corrupted). */
export function loadManifest(path: string): Map<string, string> {
  let entries: [string, string][];
  try {
    entries = Object.entries(z.record(z.string(), z.string()).parse(JSON.parse(readFileSync(path, 'utf8'))));
  } catch (error) {
    throw new Error(`${path}: not a manifest of trusted documents (TRUSTED_DOCUMENTS_PATH): ${(error as Error).message}`);
  }
  const wrong = entries.filter(([id, text]) => documentIdOf(text) !== id).map(([id]) => id);
  if (wrong.length) {
    throw new Error(`${path}: ${wrong.length} document ids do not match their texts (${wrong.slice(0, 3).join(', ')}); regenerate it with npm run codegen`);
  }
  return new Map(entries);
}

type TextVerdict = { trusted: true } | { trusted: false; id: string };

const TRUSTED: TextVerdict = { trusted: true };
// Texts remembered by the hash as written, and unknown documents remembered as logged:
// enough for every text clients repeat; a flood of one-off texts only evicts the oldest.
const REMEMBERED_TEXTS = 1_000;
const REMEMBERED_UNKNOWN = 10_000;
const LOGGED_NAME_LENGTH = 100;

function remember<K, V>(map: Map<K, V>, key: K, value: V, size: number) {
  if (map.size >= size) map.delete(map.keys().next().value!);
  map.set(key, value);
}

function refuse(reply: FastifyReply, code: string, message: string) {
  return reply.code(400).send({ errors: [{ message, extensions: { code } }] });
}

/** The GraphQL parameters as Apollo will read them, and how to put a document's text in. */
interface GraphQLParameters {
  documentId: unknown;
  /** Undefined when Apollo would not execute it (missing, not a string, given twice). */
  query: string | undefined;
  operationName: unknown;
  useText(text: string): void;
}

function parametersOf(request: FastifyRequest): GraphQLParameters | undefined {
  if (request.method === 'POST') {
    const body = request.body;
    // Anything but a JSON object (a batch, a text body) is refused by Apollo itself.
    if (!body || typeof body !== 'object' || Array.isArray(body)) return undefined;
    const fields = body as Record<string, unknown>;
    return {
      documentId: fields.documentId,
      query: typeof fields.query === 'string' ? fields.query : undefined,
      operationName: fields.operationName,
      useText(text) {
        delete fields.documentId;
        fields.query = text;
      },
    };
  }
  if (request.method === 'GET') {
    // Read the query string exactly as Apollo does (URLSearchParams, each parameter once),
    // so that the text checked is the text executed.
    const url = new URL(request.url, 'http://gateway');
    const single = (name: string) => {
      const values = url.searchParams.getAll(name);
      return values.length === 1 ? values[0] : values.length === 0 ? undefined : values;
    };
    const query = single('query');
    return {
      documentId: single('documentId'),
      query: typeof query === 'string' ? query : undefined,
      operationName: single('operationName'),
      useText(text) {
        url.searchParams.delete('documentId');
        url.searchParams.set('query', text);
        request.raw.url = `${url.pathname}${url.search}`;
      },
    };
  }
  return undefined;
}

/**
 * The gateway's check of every GraphQL request (a route preHandler): resolves documentIds
 * in every mode, and checks texts in `enforce` (refuse) and `log` (serve, log once).
 */
export function trustedDocuments(options: TrustedDocumentsOptions & { maxTokens: number; log: FastifyBaseLogger }) {
  const manifest = loadManifest(options.manifestPath);
  const parseOptions = { maxTokens: options.maxTokens, noLocation: true };
  // Hash as written → id of the normalised document (unparseable: its own): a text sent
  // again costs one hash, as an exact match does.
  const normalisedIds = new Map<string, string>();
  const logged = new Map<string, true>();

  const normalisedId = (text: string, written: string): string => {
    try {
      return documentIdOf(printExecutableGraphQLDocument(parse(text, parseOptions)));
    } catch {
      // Not a document: Apollo answers it with GRAPHQL_PARSE_FAILED where it is served.
      return written;
    }
  };

  const textVerdict = (text: string): TextVerdict => {
    const written = documentIdOf(text);
    if (manifest.has(written)) return TRUSTED;
    let id = normalisedIds.get(written);
    if (id === undefined) {
      id = normalisedId(text, written);
      remember(normalisedIds, written, id, REMEMBERED_TEXTS);
    }
    return manifest.has(id) ? TRUSTED : { trusted: false, id };
  };

  const logOnce = (id: string, text: string, operationName: unknown) => {
    if (logged.has(id)) return;
    remember(logged, id, true, REMEMBERED_UNKNOWN);
    // Only the document's id and its operation's name (a GraphQL name, cut short): never
    // variables, which hold what members typed. Parsed again, once per unknown document.
    let name: string | undefined;
    try {
      name = getOperationAST(parse(text, parseOptions), typeof operationName === 'string' ? operationName : undefined)?.name?.value;
    } catch {
      // unparseable: no name
    }
    options.log.warn({ documentId: id, operationName: name?.slice(0, LOGGED_NAME_LENGTH) ?? null }, 'served a document that is not trusted (TRUSTED_DOCUMENTS=log)');
  };

  return async function checkTrustedDocument(request: FastifyRequest, reply: FastifyReply) {
    const parameters = parametersOf(request);
    if (!parameters) return;
    const { documentId, query } = parameters;
    // A null documentId is how some clients write "none".
    if (documentId !== undefined && documentId !== null) {
      if (query !== undefined) return refuse(reply, 'BAD_REQUEST', 'Send either documentId or query, not both');
      if (typeof documentId !== 'string') return refuse(reply, 'BAD_REQUEST', 'documentId must be given once, as a string');
      const text = manifest.get(documentId);
      if (text === undefined) {
        return refuse(reply, 'PERSISTED_QUERY_NOT_FOUND', 'Unknown documentId: the gateway knows the documents of the portal\'s generated client only');
      }
      parameters.useText(text);
      return;
    }
    if (query === undefined || options.mode === 'off') return;
    const verdict = textVerdict(query);
    if (verdict.trusted) return;
    if (options.mode === 'enforce') {
      return refuse(reply, 'OPERATION_NOT_TRUSTED', 'This operation is not one of the portal\'s trusted documents: send the documentId of a generated document');
    }
    logOnce(verdict.id, query, parameters.operationName);
  };
}
