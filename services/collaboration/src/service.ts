import type { ServiceDefinition } from '@portal/platform';
import { applyPartnerEvent, COORDINATOR_EVENTS, PARTNER_EVENTS } from '@portal/platform/events';
import { createContext } from './context';
import * as schema from './db/schema';
import { seedDemoData } from './demo/seed-database';
import { applyCoordinatorEvents, COORDINATOR_CONSUMER, PARTNER_CONSUMER } from './erasure';
import { resolvers } from './resolvers';
import { createStore, type Store } from './store';
import { typeDefs } from './typeDefs';

/** Collaboration across regions: referrals (広域連携) and the peer consultation board (相談掲示板). */
export const service = {
  name: 'collaboration',
  port: 4007,
  schema,
  typeDefs,
  resolvers,
  store: createStore,
  context: createContext,
  publishesEvents: true,
  // Suggestions rank the directory as coordinator and partner events describe it.
  consumers: [
    { name: COORDINATOR_CONSUMER, filter: COORDINATOR_EVENTS, apply: applyCoordinatorEvents },
    { name: PARTNER_CONSUMER, filter: PARTNER_EVENTS, apply: applyPartnerEvent },
  ],
  seed: seedDemoData,
} satisfies ServiceDefinition<typeof schema, Store, ReturnType<typeof createContext>>;
