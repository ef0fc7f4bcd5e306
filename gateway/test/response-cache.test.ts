import { readFileSync } from 'node:fs';
import { buildSchema, Kind, parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { EVENT_SCHEMAS } from '@portal/platform/events';
import { analyze, eventTags, ResponseStore } from '../src/response-cache';

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
    store.invalidate(['list:X']);
    expect([store.get('a'), store.get('b')?.data]).toEqual([undefined, { n: 1 }]);
  });

  it('does not keep an answer read before an invalidation of one of its tags', () => {
    const store = new ResponseStore({ ttlMs: 1000, maxEntries: 10 });
    const readAt = store.currentEpoch;
    store.invalidate(['id:1']);
    expect(store.set('a', entry(['id:1']), readAt)).toBe(false);
    expect(store.set('b', entry(['id:2']), readAt)).toBe(true);
    store.clear();
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
