import { fileURLToPath } from 'node:url';
import type { ServiceDefinition } from '@portal/platform';
import { createContext } from './context';
import * as schema from './db/schema';
import { applyReportingEvent, REPORTING_CONSUMER, REPORTING_EVENTS } from './projection';
import { resolvers } from './resolvers';
import { createStore, type Store } from './store';
import { typeDefs } from './typeDefs';

export interface ReportingSettings {
  /** Counts from 1 to k−1 are withheld from every report. */
  smallCellK: number;
}

/** Privacy-safe dashboards (reporting) for ministries and local governments, fed by every portal event. */
export const reportingService = (settings: ReportingSettings) =>
  ({
    name: 'reporting',
    defaultPort: 4006,
    schema,
    migrationsFolder: fileURLToPath(new URL('../drizzle', import.meta.url)),
    typeDefs,
    resolvers,
    store: (database) => createStore(database.db),
    context: (store, identity) => createContext(store, identity, settings.smallCellK),
    consumers: (database) => [
      {
        name: REPORTING_CONSUMER,
        filter: REPORTING_EVENTS,
        db: database.db,
        apply: applyReportingEvent,
        // A message that fails five times (the consumer waits up to 30 s between tries) becomes a dead letter.
        maxDeliver: 5,
        ackWaitMs: 30_000,
      },
    ],
  }) satisfies ServiceDefinition<typeof schema, Store, ReturnType<typeof createContext>>;
