import { mkdtempSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { eventually } from '@portal/platform/testing';
import { SUPERGRAPH_PATH } from '../../scripts/lib/compose';
import { supergraphSource } from '../src/supergraph-source';
import { useGateway } from './helpers';

const ME_FIELD = '  me: Coordinator @join__field(graph: COORDINATORS)\n';
const full = readFileSync(fileURLToPath(SUPERGRAPH_PATH), 'utf8');
const ME_DESCRIPTION = `  """\n  The caller's own profile; null when the caller has none (also once they have been erased).\n  """\n`;
const withoutMe = full.replace(ME_DESCRIPTION + ME_FIELD, '');

// The gateway starts on a supergraph without `me`, as a deployment would before the
// directory's new field is composed in.
const folder = mkdtempSync(join(tmpdir(), 'supergraph-'));
const file = join(folder, 'supergraph.graphql');
writeFileSync(file, withoutMe);

/** Replaces the file at once, as Kubernetes swaps a mounted ConfigMap: a reader never sees half a file. */
function publish(sdl: string) {
  const next = `${file}.${Date.now()}`;
  writeFileSync(next, sdl);
  renameSync(next, file);
}

const logLines: string[] = [];
const gateway = useGateway({
  supergraphPath: file,
  supergraphPollIntervalMs: 20,
  log: { level: 'info', stream: { write: (line) => void logLines.push(line) } },
});

const member = { sub: 'idp|c-0001', roles: ['COORDINATOR'] as never };
const logged = (message: string) => logLines.some((line) => JSON.parse(line).msg === message);

/** Sends `query` from `workers` clients in a loop until stopped; every answer is kept. */
function load(token: string, query: string, workers = 4) {
  const answers: { status: number; errors: unknown }[] = [];
  let running = true;
  const loops = Array.from({ length: workers }, async () => {
    while (running) {
      const response = await gateway.post({ query }, { token });
      answers.push({ status: response.status, errors: response.body.errors });
    }
  });
  return {
    async stop() {
      running = false;
      await Promise.all(loops);
      return answers;
    },
  };
}

describe('the supergraph is swapped under a running gateway', () => {
  it('serves a field added to the supergraph file without a restart, and no request fails meanwhile', async () => {
    expect(withoutMe).not.toContain(ME_FIELD);
    const token = await gateway.token(member);
    const before = await gateway.post({ query: '{ me { id } }' }, { token });
    expect(before.status).toBe(400);
    expect(before.body.errors[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');

    const traffic = load(token, '{ coordinators(first: 1) { totalCount } }');
    publish(full);
    await eventually(async () => (await gateway.post({ query: '{ me { id } }' }, { token })).status === 200, 'the new field served');
    const after = await gateway.post({ query: '{ me { id } }' }, { token });
    expect(after.body).toEqual({ data: { me: null } });

    const answers = await traffic.stop();
    expect(answers.length).toBeGreaterThan(0);
    expect(answers.filter((answer) => answer.status !== 200 || answer.errors)).toEqual([]);
    expect(logged('supergraph updated')).toBe(true);
  });

  it('refuses a supergraph that does not validate, keeps serving the previous one, and logs the refusal once', async () => {
    const token = await gateway.token(member);
    const traffic = load(token, '{ me { id } }');
    // Names a subgraph that no join__Graph declares: composition metadata is broken.
    publish(full.replace(ME_FIELD, '  me: Coordinator @join__field(graph: NOWHERE)\n'));
    await eventually(() => logged('new supergraph refused; serving the previous one'), 'the refusal logged');
    // Several more polls of the same refused file go by.
    await new Promise((resolve) => setTimeout(resolve, 200));

    const answers = await traffic.stop();
    expect(answers.length).toBeGreaterThan(0);
    expect(answers.filter((answer) => answer.status !== 200 || answer.errors)).toEqual([]);
    expect(logLines.filter((line) => JSON.parse(line).msg.startsWith('new supergraph refused'))).toHaveLength(1);
  });

  it('takes the next good supergraph after a refused one', async () => {
    const token = await gateway.token(member);
    publish(withoutMe);
    await eventually(async () => (await gateway.post({ query: '{ me { id } }' }, { token })).status === 400, 'the field withdrawn');
    const answer = await gateway.post({ query: '{ coordinators(first: 1) { totalCount } }' }, { token });
    expect(answer.body).toEqual({ data: { coordinators: { totalCount: 0 } } });
  });
});

describe('a supergraph served from a URL', () => {
  it('is read at start, swapped when it changes, and kept while the URL fails, which is logged once', async () => {
    let answer = { status: 200, body: withoutMe };
    let polls = 0;
    const server: Server = createServer((_request, response) => {
      polls++;
      response.writeHead(answer.status).end(answer.body);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const messages: string[] = [];
    const log = Object.fromEntries(['info', 'warn', 'error'].map((level) => [level, (_details: unknown, message: string) => void messages.push(message)]));
    const updates: string[] = [];
    const source = supergraphSource({ location: `http://127.0.0.1:${(server.address() as AddressInfo).port}/supergraph`, pollIntervalMs: 10, log: log as never });
    const { supergraphSdl, cleanup } = await source.initialize({ update: (sdl) => void updates.push(sdl), healthCheck: async () => {}, getDataSource: () => undefined as never });
    try {
      expect(supergraphSdl).toBe(withoutMe);
      answer = { status: 503, body: 'maintenance' };
      await eventually(() => messages.includes('supergraph not readable; serving the previous one'), 'the failure logged');
      // Several more polls of the failing URL, however slowly they come.
      const failing = polls;
      await eventually(() => polls >= failing + 5, 'more polls of the failing URL');
      answer = { status: 200, body: full };
      await eventually(() => updates.length === 1, 'the new supergraph');
      expect(updates).toEqual([full]);
      expect(messages).toEqual(['supergraph not readable; serving the previous one', 'supergraph updated']);
    } finally {
      await cleanup!();
      server.close();
    }
  });
});
