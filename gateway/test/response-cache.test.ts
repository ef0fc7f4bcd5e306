import { describe, expect, it } from 'vitest';
import { eventTags, ResponseStore } from '../src/response-cache';

const id = '0b6f2a52-8d0e-4a55-9f1b-3c2d8e7a9b10';
const entry = (tags: string[]) => ({ data: { n: 1 }, tags, ids: new Set<string>() });

describe('what an event invalidates', () => {
  it('names the ids in its data and the lists of its domain', () => {
    expect(eventTags({ type: 'coordinator.profile_updated', data: { coordinatorId: id, accountId: 'idp|x', prefectureCodes: ['13'] } })).toEqual([
      'list:Coordinator',
      'list:ErasureRequest',
      'list:TrainingSession',
      `id:${id}`,
    ]);
    expect(eventTags({ type: 'notification_address.changed', data: { accountId: 'idp|x' } })).toEqual([]);
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
