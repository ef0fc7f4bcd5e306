import { fileURLToPath } from 'node:url';
import type { ServiceDefinition } from '@portal/platform';
import { applyEvent } from './consumer';
import { createContext } from './context';
import * as schema from './db/schema';
import { resolvers } from './resolvers';
import type { Runtime } from './runtime';
import { createStore, type Store } from './store';
import { typeDefs } from './typeDefs';

export const migrationsFolder = fileURLToPath(new URL('../drizzle', import.meta.url));

/** Notifications: what members are told of events, by e-mail, in the inbox and live. */
export const notificationsService = (runtime: Runtime) =>
  ({
    name: 'notifications',
    defaultPort: 4008,
    schema,
    migrationsFolder,
    typeDefs,
    resolvers,
    store: (database) => (runtime.store = createStore(database.db)),
    context: createContext(runtime),
    // Every event: each rule is one entry in rules.ts (nats-server 2.9 takes one filter).
    consumers: (database) => [
      { name: 'notifications', filter: '>', db: database.db, apply: applyEvent(runtime.clock), onBatch: () => runtime.changed.emit('changed') },
    ],
  }) satisfies ServiceDefinition<typeof schema, Store, ReturnType<ReturnType<typeof createContext>>>;
