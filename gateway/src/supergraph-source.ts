import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { Supergraph } from '@apollo/federation-internals';
import type { SupergraphManager } from '@apollo/gateway';
import { QueryPlanner } from '@apollo/query-planner';
import type { FastifyBaseLogger } from 'fastify';

export interface SupergraphSourceOptions {
  /** A file (in Kubernetes a mounted ConfigMap) or an http(s) URL serving the supergraph SDL. */
  location: string;
  /** How often to look for a new supergraph; 0 reads it once. */
  pollIntervalMs: number;
  log: FastifyBaseLogger;
}

const FETCH_TIMEOUT_MS = 5_000;
const versionOf = (sdl: string) => createHash('sha256').update(sdl).digest('hex').slice(0, 12);

async function load(location: string): Promise<string> {
  if (!/^https?:\/\//.test(location)) return readFile(location, 'utf8');
  const response = await fetch(location, { signal: AbortSignal.timeout(FETCH_TIMEOUT_MS) });
  if (!response.ok) throw new Error(`supergraph URL answered ${response.status}`);
  return response.text();
}

/**
 * Everything the gateway will do with a supergraph, done first on the side: the gateway
 * would otherwise discover a bad one halfway through swapping it in. Throws what is wrong.
 */
export function validateSupergraph(sdl: string): void {
  const supergraph = Supergraph.build(sdl, { validateSupergraph: true });
  supergraph.apiSchema();
  new QueryPlanner(supergraph);
}

/**
 * The gateway's supergraph, read from a file or URL and read again every `pollIntervalMs`:
 * a changed one that validates replaces the served one without a restart (operations in
 * flight finish on the schema they started with); one that does not is logged once and
 * the previous one stays. At start a supergraph that cannot be read or validated stops
 * the gateway.
 */
export function supergraphSource({ location, pollIntervalMs, log }: SupergraphSourceOptions): SupergraphManager {
  return {
    async initialize({ update }) {
      let served = await load(location);
      validateSupergraph(served);
      let refused: string | undefined;
      let unreadable: string | undefined;
      let timer: NodeJS.Timeout | undefined;
      let stopped = false;

      const poll = async () => {
        try {
          const next = await load(location);
          if (stopped) return;
          if (next !== served && next !== refused) {
            try {
              validateSupergraph(next);
              update(next);
              log.info({ from: versionOf(served), to: versionOf(next) }, 'supergraph updated');
              served = next;
            } catch (error) {
              refused = next;
              log.error({ version: versionOf(next), reason: (error as Error).message }, 'new supergraph refused; serving the previous one');
            }
          }
          unreadable = undefined;
        } catch (error) {
          // Once per cause, not once per poll while the file or URL stays unreadable.
          const reason = (error as Error).message;
          if (reason !== unreadable) log.warn({ reason }, 'supergraph not readable; serving the previous one');
          unreadable = reason;
        }
        if (!stopped) timer = setTimeout(poll, pollIntervalMs).unref();
      };
      if (pollIntervalMs > 0) timer = setTimeout(poll, pollIntervalMs).unref();

      return {
        supergraphSdl: served,
        cleanup: async () => {
          stopped = true;
          clearTimeout(timer);
        },
      };
    },
  };
}
