import type { ServiceDefinition } from '@portal/platform';
import { COORDINATOR_ERASURES } from '@portal/platform/events';
import { createContext } from './context';
import * as schema from './db/schema';
import { applyOwnErasure, ERASURE_CONSUMER } from './erasure';
import { seedDemoData } from './demo/seed-database';
import { resolvers } from './resolvers';
import { createStore, type Store } from './store';
import { typeDefs } from './typeDefs';

/** The coordinator directory (修了者データベース): profiles, certification, search. */
export const service = {
  name: 'coordinators',
  port: 4001,
  schema,
  typeDefs,
  resolvers,
  store: createStore,
  context: createContext,
  publishesEvents: true,
  // Its own coordinator.erased, back from the stream: then the outbox may let go of it.
  consumers: [{ name: ERASURE_CONSUMER, filter: COORDINATOR_ERASURES, apply: applyOwnErasure }],
  seed: seedDemoData,
} satisfies ServiceDefinition<typeof schema, Store, ReturnType<typeof createContext>>;
