import { describe, expect, it, vi } from 'vitest';
import { groupLoader, rowLoader } from '../src';

interface Coordinator {
  id: string;
  name: string;
}
interface Language {
  coordinatorId: string;
  code: string;
}

const coordinators: Coordinator[] = [
  { id: 'c-1', name: 'グエン' },
  { id: 'c-2', name: '佐藤' },
  { id: 'c-3', name: 'マリア' },
];
const languages: Language[] = [
  { coordinatorId: 'c-1', code: 'vi' },
  { coordinatorId: 'c-3', code: 'pt-BR' },
  { coordinatorId: 'c-1', code: 'ja' },
];

/** A fetch that answers like SQL `where id in (...)`: any order, missing keys left out. */
const fetchCoordinators = vi.fn(async (ids: readonly string[]) => [...coordinators].reverse().filter((c) => ids.includes(c.id)));
const fetchLanguages = vi.fn(async (ids: readonly string[]) => languages.filter((l) => ids.includes(l.coordinatorId)));

describe('rowLoader', () => {
  it('batches the loads of one tick into one fetch, preserving the order of the keys', async () => {
    fetchCoordinators.mockClear();
    const loader = rowLoader(fetchCoordinators, (c) => c.id);
    const names = await Promise.all(['c-2', 'c-1', 'c-3'].map(async (id) => (await loader.load(id))?.name));
    expect(names).toEqual(['佐藤', 'グエン', 'マリア']);
    expect(fetchCoordinators).toHaveBeenCalledExactlyOnceWith(['c-2', 'c-1', 'c-3']);
  });

  it('resolves a key without a row to null', async () => {
    const loader = rowLoader(fetchCoordinators, (c) => c.id);
    expect(await loader.loadMany(['c-9', 'c-1'])).toEqual([null, { id: 'c-1', name: 'グエン' }]);
  });

  it('fetches a repeated key once and loads made in later ticks separately', async () => {
    fetchCoordinators.mockClear();
    const loader = rowLoader(fetchCoordinators, (c) => c.id);
    await Promise.all([loader.load('c-1'), loader.load('c-1')]);
    await loader.load('c-2');
    expect(fetchCoordinators.mock.calls).toEqual([[['c-1']], [['c-2']]]);
  });
});

describe('groupLoader', () => {
  it('gives each key its rows in one fetch, and [] for keys without rows', async () => {
    fetchLanguages.mockClear();
    const loader = groupLoader(fetchLanguages, (l) => l.coordinatorId);
    const codes = await Promise.all(['c-1', 'c-2', 'c-3'].map(async (id) => (await loader.load(id)).map((l) => l.code)));
    expect(codes).toEqual([['vi', 'ja'], [], ['pt-BR']]);
    expect(fetchLanguages).toHaveBeenCalledExactlyOnceWith(['c-1', 'c-2', 'c-3']);
  });
});
