import { z } from 'zod';
import type { ServiceDefinition } from '@portal/platform';
import { DEFAULT_SMALL_CELL_K } from '@portal/platform/privacy';
import { createContext } from './context';
import * as schema from './db/schema';
import { applyReportingEvents, REPORTING_CONSUMER, REPORTING_EVENTS } from './projection';
import { rebuild } from './rebuild';
import { resolvers } from './resolvers';
import { createStore, type Store } from './store';
import { typeDefs } from './typeDefs';

const settings = {
  /** Counts from 1 to k−1 are withheld from every report. */
  SMALL_CELL_K: z.coerce.number().int().min(2, 'must be at least 2').max(1000).default(DEFAULT_SMALL_CELL_K),
};

/** Privacy-safe dashboards (reporting) for ministries and local governments, fed by every portal event. */
export const service = {
  name: 'reporting',
  port: 4006,
  settings,
  schema,
  typeDefs,
  resolvers,
  store: createStore,
  context: (store, identity, { SMALL_CELL_K }) => createContext(store, identity, SMALL_CELL_K),
  consumers: [
    {
      name: REPORTING_CONSUMER,
      filter: REPORTING_EVENTS,
      applyBatch: applyReportingEvents,
      // A few statements per batch whatever its size: a backlog (after a stop) is caught up 500 at a time.
      batchSize: 500,
      // A message that fails five times (the consumer waits up to 30 s between tries) becomes a dead letter.
      maxDeliver: 5,
      ackWaitMs: 30_000,
    },
  ],
  // Replays the whole event stream into fresh aggregate tables and swaps them in; the service may keep running meanwhile.
  commands: { rebuild },
} satisfies ServiceDefinition<typeof schema, Store, ReturnType<typeof createContext>, typeof settings>;
