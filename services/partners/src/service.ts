import { fileURLToPath } from 'node:url';
import type { ServiceDefinition } from '@portal/platform';
import { COORDINATOR_ERASURES } from '@portal/platform/events';
import { createContext } from './context';
import * as schema from './db/schema';
import { applyCoordinatorErasure, ERASURE_CONSUMER } from './erasure';
import { resolvers } from './resolvers';
import { createStore, type Store } from './store';
import { typeDefs } from './typeDefs';

/** The partner directory (連携先一覧): organisations modelled on Open Referral HSDS, review, endorsements. */
export const service = {
  name: 'partners',
  defaultPort: 4002,
  schema,
  migrationsFolder: fileURLToPath(new URL('../drizzle', import.meta.url)),
  typeDefs,
  resolvers,
  store: (database) => createStore(database.db),
  context: createContext,
  publishesEvents: true,
  consumers: (database) => [{ name: ERASURE_CONSUMER, filter: COORDINATOR_ERASURES, db: database.db, apply: applyCoordinatorErasure }],
} satisfies ServiceDefinition<typeof schema, Store, ReturnType<typeof createContext>>;
