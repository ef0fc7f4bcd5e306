import { EventEmitter } from 'node:events';
import type { Store } from './store';

/**
 * What the parts of one notifications app share: the store, the clock (tests move it), and
 * a signal that new notifications were committed, which wakes the sender and the live streams.
 */
export interface Runtime {
  clock: () => Date;
  store: Store;
  changed: EventEmitter;
}

export function createRuntime(store: Store, clock: () => Date): Runtime {
  const changed = new EventEmitter();
  // One listener per open live stream.
  changed.setMaxListeners(0);
  return { clock, store, changed };
}
