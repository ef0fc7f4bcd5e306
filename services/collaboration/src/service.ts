import { fileURLToPath } from 'node:url';
import type { ServiceDefinition } from '@portal/platform';
import { applyPartnerEvent, COORDINATOR_EVENTS, PARTNER_EVENTS } from '@portal/platform/events';
import { createContext } from './context';
import * as schema from './db/schema';
import { applyCoordinatorEvents, COORDINATOR_CONSUMER, PARTNER_CONSUMER } from './erasure';
import { resolvers } from './resolvers';
import { createStore, type Store } from './store';
import { typeDefs } from './typeDefs';

/** Collaboration across regions: referrals (広域連携) and the peer consultation board (相談掲示板). */
export const service = {
  name: 'collaboration',
  defaultPort: 4007,
  schema,
  migrationsFolder: fileURLToPath(new URL('../drizzle', import.meta.url)),
  typeDefs,
  resolvers,
  store: (database) => createStore(database.db),
  context: createContext,
  publishesEvents: true,
  // Suggestions rank the directory as coordinator and partner events describe it.
  consumers: (database) => [
    { name: COORDINATOR_CONSUMER, filter: COORDINATOR_EVENTS, db: database.db, apply: applyCoordinatorEvents },
    { name: PARTNER_CONSUMER, filter: PARTNER_EVENTS, db: database.db, apply: applyPartnerEvent },
  ],
} satisfies ServiceDefinition<typeof schema, Store, ReturnType<typeof createContext>>;
