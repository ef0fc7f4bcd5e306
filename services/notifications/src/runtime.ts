import { EventEmitter } from 'node:events';
import type { Store } from './store';

/**
 * What the parts of one notifications process share: the clock (tests move it), the store
 * once the service has built it, and a signal that new notifications were committed, which
 * wakes the sender and the live streams.
 */
export interface Runtime {
  clock: () => Date;
  store: Store | undefined;
  changed: EventEmitter;
}

export function createRuntime(clock: () => Date = () => new Date()): Runtime {
  const changed = new EventEmitter();
  // One listener per open live stream.
  changed.setMaxListeners(0);
  return { clock, store: undefined, changed };
}
