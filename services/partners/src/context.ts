import type { Identity, RequestContext } from '@portal/platform';
import { groupLoader, rowLoader } from '@portal/platform';
import type { Store } from './store';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Per-request loaders: every key asked for in one tick (a page, an _entities call) is one statement. */
export function createContext(store: Store, identity: Identity) {
  const partners = rowLoader((ids: readonly string[]) => store.findByIds(ids), (row) => row.id);
  const endorsements = groupLoader((ids: readonly string[]) => store.endorsementsOf(ids), (row) => row.partnerId);
  const endorsedPartners = groupLoader((accountIds: readonly string[]) => store.endorsedPartnersOf(accountIds), (row) => row.accountId);
  const history = groupLoader((ids: readonly string[]) => store.changesOf(ids), (row) => row.partnerId);
  return {
    store,
    identity,
    // A representation with an id that is no uuid has no partner, and must not break the batch's statement.
    loadPartner: async (id: string) => (UUID.test(id) ? partners.load(id) : null),
    loadEndorsements: (partnerId: string) => endorsements.load(partnerId),
    loadEndorsedPartners: async (accountId: string) => (await endorsedPartners.load(accountId)).map((row) => row.partner),
    loadHistory: (partnerId: string) => history.load(partnerId),
  };
}

export type Context = RequestContext<ReturnType<typeof createContext>>;
