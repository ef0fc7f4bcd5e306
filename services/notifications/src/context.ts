import type { Identity, RequestContext } from '@portal/platform';
import type { Runtime } from './runtime';
import type { Store } from './store';

export function createContext(runtime: Runtime) {
  return (store: Store, identity: Identity) => ({ store, identity, now: runtime.clock });
}

export type Context = RequestContext<ReturnType<ReturnType<typeof createContext>>>;
