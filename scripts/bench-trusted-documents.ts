// npx tsx scripts/bench-trusted-documents.ts [--iterations 20000] [--rounds 5]
//
// What the gateway's trusted-document check (gateway/src/trusted-documents.ts) costs per
// request, in process, for each kind of request: a documentId (a map lookup), the exact
// text of a trusted document (one SHA-256), a text sent before (one SHA-256, then the
// remembered verdict), and a text seen for the first time, trusted once normalised or
// unknown (parse, normalised print, two SHA-256). Median of the rounds, microseconds per
// request. Prints a table and, last, one JSON line.
import { parseArgs } from 'node:util';
import { DirectorySearchDocument, documentIdOf } from '@portal/client';
import { persistedDocuments } from '@portal/client/persisted-documents';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { DEFAULT_TRUSTED_DOCUMENTS_PATH } from '../gateway/src/env';
import { trustedDocuments, type TrustedDocumentsMode } from '../gateway/src/trusted-documents';
import { operationText } from './lib/operations';

const { values } = parseArgs({ options: { iterations: { type: 'string', default: '20000' }, rounds: { type: 'string', default: '5' } } });
const iterations = Number(values.iterations);
const rounds = Number(values.rounds);

const id = documentIdOf(DirectorySearchDocument);
const reformatted = operationText('DirectorySearch');
const unknown = (n: number | string) => `query Mine_${n}($first: Int) { coordinators(first: $first) { totalCount edges { node { id name } } } }`;
let run = 0;
// Each kind gives the body of request i of a round; "first time" texts differ in every request of the run.
const kinds: [string, TrustedDocumentsMode, (i: number) => Record<string, unknown>][] = [
  ['documentId', 'enforce', () => ({ documentId: id })],
  ['exact text', 'enforce', () => ({ query: persistedDocuments[id] })],
  ['reformatted text, again', 'enforce', () => ({ query: reformatted })],
  ['reformatted text, first time', 'enforce', (i) => ({ query: `${reformatted}\n# ${run}-${i}` })],
  ['unknown text, again (enforce)', 'enforce', () => ({ query: unknown('again') })],
  ['unknown text, first time (enforce)', 'enforce', (i) => ({ query: unknown(`${run}_${i}`) })],
  ['unknown text, first time (log)', 'log', (i) => ({ query: unknown(`${run}_${i}`) })],
];

// The check needs only these parts of fastify's request and reply.
const reply = { code: () => reply, send: () => reply } as unknown as FastifyReply;
const silent = { warn: () => {} } as never;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const results: Record<string, number> = {};
for (const [name, mode, body] of kinds) {
  const check = trustedDocuments({ mode, manifestPath: DEFAULT_TRUSTED_DOCUMENTS_PATH, maxTokens: 3000, log: silent });
  const perRound: number[] = [];
  for (let round = 0; round <= rounds; round++) {
    run++;
    const requests = Array.from({ length: iterations }, (_, i) => ({ method: 'POST', body: body(i) }) as unknown as FastifyRequest);
    const started = performance.now();
    for (const request of requests) await check(request, reply);
    // Round 0 warms up.
    if (round > 0) perRound.push(((performance.now() - started) * 1000) / iterations);
  }
  results[name] = Number(median(perRound).toFixed(2));
  console.log(`${name.padEnd(36)} ${results[name]!.toFixed(2).padStart(8)} µs per request`);
}
console.log(JSON.stringify({ iterations, rounds, microsecondsPerRequest: results }));
