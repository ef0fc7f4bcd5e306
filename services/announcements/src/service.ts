import type { ServiceDefinition } from '@portal/platform';
import { COORDINATOR_EVENTS } from '@portal/platform/events';
import { createContext } from './context';
import * as schema from './db/schema';
import { applyCoordinatorEvents } from './erasure';
import { seedDemoData } from './demo/seed-database';
import { resolvers } from './resolvers';
import { createStore, type Store } from './store';
import { typeDefs } from './typeDefs';

/** Announcements (国からのお知らせ, 法令や制度の改正): publishing, targeting, read receipts. */
export const service = {
  name: 'announcements',
  port: 4004,
  schema,
  typeDefs,
  resolvers,
  store: createStore,
  context: createContext,
  publishesEvents: true,
  // Targeting follows the coordinators' activity prefectures, as their events tell them.
  consumers: [{ name: 'announcements-coordinators', filter: COORDINATOR_EVENTS, apply: applyCoordinatorEvents }],
  seed: seedDemoData,
} satisfies ServiceDefinition<typeof schema, Store, ReturnType<typeof createContext>>;
