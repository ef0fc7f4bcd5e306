import type { Identity, RequestContext } from '@portal/platform';
import type { Store } from './store';

export function createContext(store: Store, identity: Identity, _settings: unknown, clock: () => Date) {
  return { store, identity, now: clock };
}

export type Context = RequestContext<ReturnType<typeof createContext>>;
