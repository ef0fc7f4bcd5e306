import type { ServiceDefinition } from '@portal/platform';
import { COORDINATOR_EVENTS } from '@portal/platform/events';
import { createContext } from './context';
import * as schema from './db/schema';
import { applyCoordinatorEvents } from './erasure';
import { seedDemoData } from './demo/seed-database';
import { resolvers } from './resolvers';
import { createStore, type Store } from './store';
import { typeDefs } from './typeDefs';

/** The durable consumer that keeps this service's copy of coordinators' prefectures. */
export const COORDINATOR_CONSUMER = 'surveys-coordinators';

/** Surveys (アンケート) and field issue reports (現場の課題のフィードバック). */
export const service = {
  name: 'surveys',
  port: 4005,
  schema,
  typeDefs,
  resolvers,
  store: createStore,
  context: createContext,
  publishesEvents: true,
  // A response records its respondent's primary prefecture as coordinator events tell it.
  consumers: [{ name: COORDINATOR_CONSUMER, filter: COORDINATOR_EVENTS, apply: applyCoordinatorEvents }],
  seed: seedDemoData,
} satisfies ServiceDefinition<typeof schema, Store, ReturnType<typeof createContext>>;
