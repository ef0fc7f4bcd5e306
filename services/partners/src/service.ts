import type { ServiceDefinition } from '@portal/platform';
import { COORDINATOR_ERASURES } from '@portal/platform/events';
import { createContext } from './context';
import * as schema from './db/schema';
import { applyCoordinatorErasure, ERASURE_CONSUMER } from './erasure';
import { seedDemoData } from './demo/seed-database';
import { resolvers } from './resolvers';
import { createStore, type Store } from './store';
import { typeDefs } from './typeDefs';

/** The partner directory (連携先一覧): organisations modelled on Open Referral HSDS, review, endorsements. */
export const service = {
  name: 'partners',
  port: 4002,
  schema,
  typeDefs,
  resolvers,
  store: createStore,
  context: createContext,
  publishesEvents: true,
  consumers: [{ name: ERASURE_CONSUMER, filter: COORDINATOR_ERASURES, apply: applyCoordinatorErasure }],
  seed: seedDemoData,
} satisfies ServiceDefinition<typeof schema, Store, ReturnType<typeof createContext>>;
