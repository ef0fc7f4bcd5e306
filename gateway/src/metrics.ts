import { timingSafeEqual } from 'node:crypto';
import type { ApolloServerPlugin } from '@apollo/server';
import type { FastifyRequest } from 'fastify';
import { Counter, Gauge, Histogram, type Registry } from 'prom-client';
import ipaddr from 'ipaddr.js';
import { parse } from 'graphql';
import { createRegistry } from '@portal/platform';
import type { GatewayContext } from './context';
import { rateLimitRefusals, type Budget } from './rate-limits';
import type { DropReason, ResponseStore } from './response-cache';
import type { BreakerState } from './subgraph-policy';
import { loadManifest } from './trusted-documents';

const SECONDS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

// Codes that mean the caller asked for something it may not have or sent something wrong:
// the portal answered as it should. Every other code is the portal's failure.
const REFUSALS = new Set([
  'BAD_USER_INPUT',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'RATE_LIMITED',
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'OPERATION_NOT_TRUSTED',
  'OPERATION_RESOLUTION_FAILURE',
]);
const FAILURES = new Set(['INTERNAL_SERVER_ERROR', 'SUBGRAPH_UNAVAILABLE', 'SERVICE_UNAVAILABLE']);

/** A code as a label: one of the portal's codes, else OTHER (a label value never comes from a caller). */
const codeLabel = (code: unknown) => (typeof code === 'string' && (REFUSALS.has(code) || FAILURES.has(code)) ? code : 'OTHER');

export type Outcome = 'ok' | 'refused' | 'failed';

/** How an operation ended: no error, only errors that are the caller's, or at least one failure of the portal. */
export function outcomeOf(codes: unknown[]): Outcome {
  if (codes.length === 0) return 'ok';
  return codes.every((code) => typeof code === 'string' && REFUSALS.has(code)) ? 'refused' : 'failed';
}

export interface GatewayMetrics {
  registry: Registry;
  /** Times and counts every operation Apollo handles, by operation name (a trusted document's, else `unknown`). */
  operations: ApolloServerPlugin<GatewayContext>;
  subgraphCall(subgraph: string, seconds: number, outcome: 'ok' | 'failed' | 'timeout' | 'breaker_open'): void;
  breaker(subgraph: string, state: BreakerState): void;
  /** Exposes what the response cache did and holds (only a gateway with one has these series). */
  responseCache(store: ResponseStore): void;
}

const DROP_REASONS: DropReason[] = ['event', 'mutation', 'ttl', 'evicted'];

/** The gateway's metrics; `operationNames` bounds the operation label (the trusted documents' names). */
export function createGatewayMetrics(operationNames: ReadonlySet<string>): GatewayMetrics {
  const registry = createRegistry('gateway');
  const registers = [registry];
  const seconds = (name: string, help: string, labelNames: string[]) => new Histogram({ name, help, labelNames, buckets: SECONDS, registers });
  const operationDuration = seconds(
    'portal_gateway_operation_duration_seconds',
    "GraphQL operations the gateway answered, by operation name and outcome (ok, refused: the caller's error, failed: the portal's)",
    ['operation', 'outcome'],
  );
  const operationErrors = new Counter({
    name: 'portal_gateway_operation_errors_total',
    help: 'Errors in GraphQL responses, by operation name and error code',
    labelNames: ['operation', 'code'],
    registers,
  });
  const subgraphDuration = seconds('portal_gateway_subgraph_request_duration_seconds', 'Calls of the gateway to a subgraph, by subgraph and outcome', [
    'subgraph',
    'outcome',
  ]);
  const breakerState = new Gauge({
    name: 'portal_gateway_subgraph_breaker_state',
    help: 'The circuit breaker of each subgraph: 1 for its current state (closed, open, half-open), 0 for the others',
    labelNames: ['subgraph', 'state'],
    registers,
  });
  new Counter({
    name: 'portal_gateway_rate_limit_refusals_total',
    help: 'Requests refused by a rate limit, by budget (ip, queries, writes)',
    labelNames: ['budget'],
    registers,
    collect() {
      this.reset();
      for (const [budget, count] of Object.entries(rateLimitRefusals) as [Budget, number][]) this.inc({ budget }, count);
    },
  });

  const operations: ApolloServerPlugin<GatewayContext> = {
    async requestDidStart({ request }) {
      const started = process.hrtime.bigint();
      return {
        async willSendResponse({ response, operationName }) {
          const name = operationName ?? request.operationName;
          const operation = name && operationNames.has(name) ? name : 'unknown';
          const errors = response.body.kind === 'single' ? (response.body.singleResult.errors ?? []) : [];
          const codes = errors.map((error) => error.extensions?.code);
          for (const code of codes) operationErrors.inc({ operation, code: codeLabel(code) });
          operationDuration.observe({ operation, outcome: outcomeOf(codes) }, Number(process.hrtime.bigint() - started) / 1e9);
        },
      };
    },
  };

  function responseCache(store: ResponseStore) {
    const counts = store.counts;
    const counter = (name: string, help: string, read: () => number) =>
      new Counter({
        name,
        help,
        registers,
        collect() {
          this.reset();
          this.inc(read());
        },
      });
    counter('portal_gateway_response_cache_hits_total', 'Cacheable queries the response cache answered', () => counts.hits);
    counter('portal_gateway_response_cache_misses_total', 'Cacheable queries the response cache had no answer for', () => counts.misses);
    counter('portal_gateway_response_cache_stores_total', 'Answers the response cache kept', () => counts.stores);
    new Counter({
      name: 'portal_gateway_response_cache_invalidations_total',
      help: 'Entries the response cache dropped, by reason (event, mutation, ttl, evicted)',
      labelNames: ['reason'],
      registers,
      collect() {
        this.reset();
        for (const reason of DROP_REASONS) this.inc({ reason }, counts.dropped[reason]);
      },
    });
    new Gauge({
      name: 'portal_gateway_response_cache_entries',
      help: 'Entries the response cache holds',
      registers,
      collect() {
        this.set(store.size);
      },
    });
  }

  return {
    registry,
    operations,
    responseCache,
    subgraphCall: (subgraph, seconds, outcome) => subgraphDuration.observe({ subgraph, outcome }, seconds),
    breaker: (subgraph, state) => {
      for (const each of ['closed', 'open', 'half-open'] as const) breakerState.set({ subgraph, state: each }, each === state ? 1 : 0);
    },
  };
}

/**
 * Who may read the gateway's /metrics (the gateway faces the internet): a scraper with the
 * bearer token METRICS_TOKEN when one is set, otherwise only this machine (development).
 */
export function metricsReaders(token: string | undefined): (request: FastifyRequest) => boolean {
  if (token) {
    const expected = Buffer.from(`Bearer ${token}`);
    return (request) => {
      const given = Buffer.from(request.headers.authorization ?? '');
      return given.length === expected.length && timingSafeEqual(given, expected);
    };
  }
  return (request) => ipaddr.isValid(request.ip) && ipaddr.process(request.ip).range() === 'loopback';
}

/** The operation names of the trusted documents: the only names a label may carry. None when the manifest cannot be read. */
export function trustedOperationNames(manifestPath: string): Set<string> {
  let manifest: Map<string, string>;
  try {
    manifest = loadManifest(manifestPath);
  } catch {
    return new Set();
  }
  return new Set([...manifest.values()].flatMap((text) => parse(text).definitions.flatMap((d) => (d.kind === 'OperationDefinition' && d.name ? [d.name.value] : []))));
}
