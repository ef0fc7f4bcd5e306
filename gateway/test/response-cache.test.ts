import { readFileSync } from 'node:fs';
import { buildSchema, Kind, parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { EVENT_SCHEMAS } from '@portal/platform/events';
import { parseExposition } from '@portal/platform/testing';
import { createGatewayMetrics } from '../src/metrics';
import { analyze, createResponseCache, eventTags, ResponseStore, type ResponseCache } from '../src/response-cache';

const schema = buildSchema(`
  type Query { coordinators: CoordinatorConnection, coordinator(id: ID!): Coordinator, me: Coordinator, unreadAnnouncementCount: Int, reportingFreshness: Freshness, myNotifications: [Notification] }
  type Mutation { updateMyProfile: Coordinator }
  type CoordinatorConnection { totalCount: Int, edges: [CoordinatorEdge] }
  type CoordinatorEdge { node: Coordinator }
  type Coordinator { id: ID!, name: String, contact: ContactDetails, trainingHistory: [Training] }
  type ContactDetails { email: String }
  type Training { completed: Boolean }
  type Freshness { lastEventAt: String }
  type Notification { id: ID! }
`);
const analysed = (text: string) => analyze(schema, parse(text), undefined);

const id = '0b6f2a52-8d0e-4a55-9f1b-3c2d8e7a9b10';
const entry = (tags: string[]) => ({ data: { n: 1 }, tags, ids: new Set<string>() });

describe('what an event invalidates', () => {
  it('names the ids in its data and the lists of its domain', () => {
    expect(eventTags({ type: 'coordinator.profile_updated', data: { coordinatorId: id, accountId: 'idp|x', prefectureCodes: ['13'] } })).toEqual([
      'list:Coordinator',
      'list:TrainingSession',
      `id:${id}`,
    ]);
    expect(eventTags({ type: 'notification_address.changed', data: { accountId: 'idp|x' } })).toEqual([]);
  });

  it('knows every event of the catalogue, each naming entity types of the supergraph', () => {
    const supergraph = readFileSync(new URL('../../schema/supergraph.graphql', import.meta.url), 'utf8');
    const entityTypes = new Set(
      parse(supergraph)
        .definitions.filter((d) => d.kind === Kind.OBJECT_TYPE_DEFINITION && d.fields?.some((field) => field.name.value === 'id'))
        .map((d) => (d as { name: { value: string } }).name.value),
    );
    for (const type of Object.keys(EVENT_SCHEMAS).filter((type) => type !== 'coordinator.erased')) {
      const tags = eventTags({ type, data: {} });
      expect({ type, known: tags !== null }).toEqual({ type, known: true });
      for (const tag of tags!) expect({ type, tag, entity: entityTypes.has(tag.slice('list:'.length)) }).toEqual({ type, tag, entity: true });
    }
  });

  it('clears everything for an erasure or a domain it does not know', () => {
    expect(eventTags({ type: 'coordinator.erased', data: { coordinatorId: id, accountId: 'idp|x' } })).toBeNull();
    expect(eventTags({ type: 'invoice.sent', data: {} })).toBeNull();
  });
});

describe('the response store', () => {
  it('drops the entries of an invalidated tag and keeps the others', () => {
    const store = new ResponseStore({ ttlMs: 1000, maxEntries: 10 });
    store.set('a', entry(['id:1', 'list:X']), store.currentEpoch);
    store.set('b', entry(['id:2']), store.currentEpoch);
    store.invalidate(['list:X'], 'event');
    expect([store.get('a'), store.get('b')?.data]).toEqual([undefined, { n: 1 }]);
  });

  it('does not keep an answer read before an invalidation of one of its tags', () => {
    const store = new ResponseStore({ ttlMs: 1000, maxEntries: 10 });
    const readAt = store.currentEpoch;
    store.invalidate(['id:1'], 'mutation');
    expect(store.set('a', entry(['id:1']), readAt)).toBe(false);
    expect(store.set('b', entry(['id:2']), readAt)).toBe(true);
    store.clear('event');
    expect(store.set('c', entry(['id:3']), readAt)).toBe(false);
  });

  it('serves an entry until its TTL and keeps at most maxEntries, the least recently used going first', () => {
    let now = 0;
    const store = new ResponseStore({ ttlMs: 1000, maxEntries: 2, now: () => now });
    store.set('a', entry([]), 0);
    store.set('b', entry([]), 0);
    store.get('a');
    store.set('c', entry([]), 0);
    expect([store.get('a') !== undefined, store.get('b'), store.get('c') !== undefined]).toEqual([true, undefined, true]);
    now = 1000;
    expect(store.get('a')).toBeUndefined();
    expect(store.size).toBe(1);
  });
});

describe('what an operation is to the cache', () => {
  it('shares the directory and a profile between callers, lists and all', () => {
    expect(analysed('{ coordinators { totalCount edges { node { id name contact { email } } } } }')).toMatchObject({
      kind: 'query',
      cacheable: true,
      shared: true,
      listTags: ['list:Coordinator'],
    });
    expect(analysed('query($id: ID!) { coordinator(id: $id) { id name } }')).toMatchObject({ shared: true, listTags: [] });
  });

  it('keeps per caller whatever selects a field outside the shared ones, wherever it is', () => {
    expect(analysed('{ me { id name } }')).toMatchObject({ cacheable: true, shared: false });
    expect(analysed('query($id: ID!) { coordinator(id: $id) { id trainingHistory { completed } } }')).toMatchObject({ shared: false });
    expect(analysed('fragment F on Coordinator { trainingHistory { completed } } query($id: ID!) { coordinator(id: $id) { id ...F } }')).toMatchObject({ shared: false });
  });

  it('follows an entity shown without its id as a list of its type', () => {
    expect(analysed('{ me { name } }')).toMatchObject({ listTags: ['list:Coordinator'] });
  });

  it('caches no root field that shows no entity, unless it follows one, and no notification', () => {
    expect(analysed('{ reportingFreshness { lastEventAt } }')).toMatchObject({ cacheable: false });
    expect(analysed('{ me { id } reportingFreshness { lastEventAt } }')).toMatchObject({ cacheable: false });
    expect(analysed('{ unreadAnnouncementCount }')).toMatchObject({ cacheable: true, listTags: ['list:Announcement'] });
    expect(analysed('{ myNotifications { id } }')).toMatchObject({ cacheable: false });
  });

  it('gives a mutation every entity type it returns to invalidate', () => {
    expect(analysed('mutation { updateMyProfile { id name } }')).toMatchObject({ kind: 'mutation', typeTags: ['list:Coordinator'] });
  });
});

describe("the response cache's metrics", () => {
  const other = '5d1c9e0a-3b7f-4c2e-8a61-0f4b2d9c7e35';
  /** One request through the cache's plugin, answered with `data` when the cache has nothing. */
  async function ask(cache: ResponseCache, sub: string, text: string, data: Record<string, unknown>): Promise<'hit' | 'miss' | 'uncached'> {
    const rc = {
      document: parse(text),
      schema,
      queryHash: text,
      request: { variables: {} },
      contextValue: { identity: { sub, roles: ['COORDINATOR'] } },
      response: { body: { kind: 'single', singleResult: { data } }, http: { headers: new Map() } },
    } as never;
    const hooks = (await cache.plugin.requestDidStart!(rc))!;
    if (await hooks.responseForOperation!(rc)) return 'hit';
    await hooks.willSendResponse!(rc);
    return (rc as { response: { http: { headers: Map<string, string> } } }).response.http.headers.get('x-portal-cache') === 'miss' ? 'miss' : 'uncached';
  }
  const scrape = async (metrics: ReturnType<typeof createGatewayMetrics>) => {
    const exposition = parseExposition(await metrics.registry.metrics());
    const value = (name: string, labels: Record<string, string> = {}) => exposition.value(`portal_gateway_response_cache_${name}`, { service: 'gateway', ...labels });
    return {
      exposition,
      counts: {
        hits: value('hits_total'),
        misses: value('misses_total'),
        stores: value('stores_total'),
        entries: value('entries'),
        ...Object.fromEntries(['event', 'mutation', 'ttl', 'evicted'].map((reason) => [reason, value('invalidations_total', { reason })])),
      },
    };
  };
  const profile = [`{ coordinator(id: "${id}") { id name } }`, { coordinator: { id, name: 'x' } }] as const;
  const me = ['{ me { id name } }', { me: { id: other, name: 'y' } }] as const;
  const list = ['{ coordinators { edges { node { id } } } }', { coordinators: { edges: [{ node: { id } }] } }] as const;

  it('counts hits, misses, stores, entries and what dropped entries, by reason', async () => {
    const metrics = createGatewayMetrics(new Set());
    const cache = createResponseCache({ ttlMs: 60_000, maxEntries: 2, coordinatorIdOf: () => undefined });
    metrics.responseCache(cache.store);
    try {
      expect(await ask(cache, 'idp|a', ...profile)).toBe('miss');
      expect(await ask(cache, 'idp|b', ...profile)).toBe('hit');
      expect(await ask(cache, 'idp|a', ...me)).toBe('miss');
      // A figure no event follows: neither a hit nor a miss.
      expect(await ask(cache, 'idp|a', '{ unreadAnnouncementCount reportingFreshness { lastEventAt } }', { unreadAnnouncementCount: 1, reportingFreshness: null })).toBe('uncached');
      // A third entry: the least recently used (the profile) makes room.
      expect(await ask(cache, 'idp|a', ...list)).toBe('miss');
      expect((await scrape(metrics)).counts).toEqual({ hits: 1, misses: 3, stores: 3, entries: 2, event: 0, mutation: 0, ttl: 0, evicted: 1 });

      // The caller's own entry and every list of what the mutation returns.
      expect(await ask(cache, 'idp|a', 'mutation { updateMyProfile { id } }', { updateMyProfile: { id: other } })).toBe('uncached');
      expect(await ask(cache, 'idp|a', ...profile)).toBe('miss');
      cache.apply({ type: 'coordinator.profile_updated', data: { coordinatorId: id } });
      expect((await scrape(metrics)).counts).toEqual({ hits: 1, misses: 4, stores: 4, entries: 0, event: 1, mutation: 2, ttl: 0, evicted: 1 });
      // An erasure clears everything: each entry counts.
      expect(await ask(cache, 'idp|a', ...profile)).toBe('miss');
      expect(await ask(cache, 'idp|a', ...me)).toBe('miss');
      cache.apply({ type: 'coordinator.erased', data: { coordinatorId: id } });
      expect((await scrape(metrics)).counts).toMatchObject({ entries: 0, event: 3 });
    } finally {
      cache.stop();
    }
  });

  it('counts an entry found past its TTL, and are counters and a gauge of bounded labels, absent without a cache', async () => {
    let now = 0;
    const store = new ResponseStore({ ttlMs: 1000, maxEntries: 10, now: () => now });
    const metrics = createGatewayMetrics(new Set());
    metrics.responseCache(store);
    store.set('a', entry([]), 0);
    now = 1000;
    expect(store.get('a')).toBeUndefined();
    const { exposition, counts } = await scrape(metrics);
    expect(counts).toEqual({ hits: 0, misses: 0, stores: 1, entries: 0, event: 0, mutation: 0, ttl: 1, evicted: 0 });
    const cacheTypes = [...exposition.types].filter(([name]) => name.startsWith('portal_gateway_response_cache_'));
    expect(Object.fromEntries(cacheTypes)).toEqual({
      portal_gateway_response_cache_hits_total: 'counter',
      portal_gateway_response_cache_misses_total: 'counter',
      portal_gateway_response_cache_stores_total: 'counter',
      portal_gateway_response_cache_invalidations_total: 'counter',
      portal_gateway_response_cache_entries: 'gauge',
    });
    expect(exposition.samples.filter((sample) => sample.name.startsWith('portal_gateway_response_cache_')).flatMap((sample) => Object.keys(sample.labels)).sort()).toEqual([
      ...Array(4).fill('reason'),
      ...Array(8).fill('service'),
    ]);
    const without = parseExposition(await createGatewayMetrics(new Set()).registry.metrics());
    expect(without.samples.some((sample) => sample.name.startsWith('portal_gateway_response_cache_'))).toBe(false);
  });
});
