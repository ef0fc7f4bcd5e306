import { rowLoader, type Identity, type RequestContext } from '@portal/platform';
import { lookupReader } from './authorization';
import type { Store } from './store';

export function createContext(store: Store, identity: Identity) {
  const reader = lookupReader(identity);
  // Every id asked for in one tick is fetched by one statement, with the caller's receipts.
  const announcements = rowLoader((ids: readonly string[]) => store.findVisible(reader, ids), (row) => row.id);
  return {
    store,
    identity,
    /** The announcement if the caller can see it, else null. */
    loadAnnouncement: (id: string) => announcements.load(id),
  };
}

export type Context = RequestContext<ReturnType<typeof createContext>>;
