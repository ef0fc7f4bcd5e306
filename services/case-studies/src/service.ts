import type { ServiceDefinition } from '@portal/platform';
import { COORDINATOR_ERASURES } from '@portal/platform/events';
import { createContext } from './context';
import * as schema from './db/schema';
import { applyCaseStudyRequest, BOARD_DRAFT_EVENTS, BOARD_DRAFTS_CONSUMER } from './board-drafts';
import { applyCoordinatorErasure, ERASURE_CONSUMER } from './erasure';
import { seedDemoData } from './demo/seed-database';
import { resolvers } from './resolvers';
import { createStore, type Store } from './store';
import { typeDefs } from './typeDefs';

/** Case studies (事例) with their posting guideline, and study meetings (事例研究会). */
export const service = {
  name: 'case-studies',
  port: 4003,
  schema,
  typeDefs,
  resolvers,
  store: createStore,
  context: createContext,
  publishesEvents: true,
  consumers: [
    { name: ERASURE_CONSUMER, filter: COORDINATOR_ERASURES, apply: applyCoordinatorErasure },
    // A solved board thread becomes its asker's draft.
    { name: BOARD_DRAFTS_CONSUMER, filter: BOARD_DRAFT_EVENTS, apply: applyCaseStudyRequest },
  ],
  seed: seedDemoData,
} satisfies ServiceDefinition<typeof schema, Store, ReturnType<typeof createContext>>;
