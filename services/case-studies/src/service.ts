import { fileURLToPath } from 'node:url';
import type { ServiceDefinition } from '@portal/platform';
import { COORDINATOR_ERASURES } from '@portal/platform/events';
import { createContext } from './context';
import * as schema from './db/schema';
import { applyCaseStudyRequest, BOARD_DRAFT_EVENTS, BOARD_DRAFTS_CONSUMER } from './board-drafts';
import { applyCoordinatorErasure, ERASURE_CONSUMER } from './erasure';
import { resolvers } from './resolvers';
import { createStore, type Store } from './store';
import { typeDefs } from './typeDefs';

/** Case studies (事例) with their posting guideline, and study meetings (事例研究会). */
export const service = {
  name: 'case-studies',
  defaultPort: 4003,
  schema,
  migrationsFolder: fileURLToPath(new URL('../drizzle', import.meta.url)),
  typeDefs,
  resolvers,
  store: (database) => createStore(database.db),
  context: createContext,
  publishesEvents: true,
  consumers: (database) => [
    { name: ERASURE_CONSUMER, filter: COORDINATOR_ERASURES, db: database.db, apply: applyCoordinatorErasure },
    // A solved board thread becomes its asker's draft.
    { name: BOARD_DRAFTS_CONSUMER, filter: BOARD_DRAFT_EVENTS, db: database.db, apply: applyCaseStudyRequest },
  ],
} satisfies ServiceDefinition<typeof schema, Store, ReturnType<typeof createContext>>;
