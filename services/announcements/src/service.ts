import { fileURLToPath } from 'node:url';
import type { ServiceDefinition } from '@portal/platform';
import { COORDINATOR_EVENTS } from '@portal/platform/events';
import { createContext } from './context';
import * as schema from './db/schema';
import { applyCoordinatorEvents } from './erasure';
import { resolvers } from './resolvers';
import { createStore, type Store } from './store';
import { typeDefs } from './typeDefs';

/** Announcements (国からのお知らせ, 法令や制度の改正): publishing, targeting, read receipts. */
export const service = {
  name: 'announcements',
  defaultPort: 4004,
  schema,
  migrationsFolder: fileURLToPath(new URL('../drizzle', import.meta.url)),
  typeDefs,
  resolvers,
  store: (database) => createStore(database.db),
  context: createContext,
  publishesEvents: true,
  // Targeting follows the coordinators' activity prefectures, as their events tell them.
  consumers: (database) => [
    { name: 'announcements-coordinators', filter: COORDINATOR_EVENTS, db: database.db, apply: applyCoordinatorEvents },
  ],
} satisfies ServiceDefinition<typeof schema, Store, ReturnType<typeof createContext>>;
