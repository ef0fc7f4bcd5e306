import { fileURLToPath } from 'node:url';
import type { ServiceDefinition } from '@portal/platform';
import { COORDINATOR_ERASURES } from '@portal/platform/events';
import { createContext } from './context';
import * as schema from './db/schema';
import { applyOwnErasure, ERASURE_CONSUMER } from './erasure';
import { expirySweep } from './expiry';
import { resolvers } from './resolvers';
import { createStore, type Store } from './store';
import { typeDefs } from './typeDefs';

/** The coordinator directory (修了者データベース): profiles, certification, search. */
export const service = {
  name: 'coordinators',
  defaultPort: 4001,
  schema,
  migrationsFolder: fileURLToPath(new URL('../drizzle', import.meta.url)),
  typeDefs,
  resolvers,
  store: (database) => createStore(database.db),
  context: createContext,
  publishesEvents: true,
  // Its own coordinator.erased, back from the stream: then the outbox may let go of it.
  consumers: (database) => [
    { name: ERASURE_CONSUMER, filter: COORDINATOR_ERASURES, db: database.db, apply: applyOwnErasure },
  ],
  periodicTasks: (store) => [expirySweep(store)],
} satisfies ServiceDefinition<typeof schema, Store, ReturnType<typeof createContext>>;
