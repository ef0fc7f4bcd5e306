import { fileURLToPath } from 'node:url';
import type { ServiceDefinition } from '@portal/platform';
import { createContext } from './context';
import * as schema from './db/schema';
import { resolvers } from './resolvers';
import { createStore, type Store } from './store';
import { typeDefs } from './typeDefs';

/** The coordinator directory (修了者データベース): profiles, certification, search. */
export const service = {
  name: 'coordinators',
  defaultPort: 4001,
  schema,
  migrationsFolder: fileURLToPath(new URL('../drizzle', import.meta.url)),
  typeDefs,
  resolvers,
  store: (database) => createStore(database.db),
  context: createContext,
  publishesEvents: true,
} satisfies ServiceDefinition<typeof schema, Store, ReturnType<typeof createContext>>;
