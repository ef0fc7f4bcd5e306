import { fileURLToPath } from 'node:url';
import type { ServiceDefinition } from '@portal/platform';
import { createContext } from './context';
import * as schema from './db/schema';
import { resolvers } from './resolvers';
import { createStore } from './store';
import { typeDefs } from './typeDefs';

/** Case studies (事例) with their posting guideline, and study meetings (事例研究会). */
export const service = {
  name: 'case-studies',
  defaultPort: 4003,
  schema,
  migrationsFolder: fileURLToPath(new URL('../drizzle', import.meta.url)),
  typeDefs,
  resolvers,
  context: (database) => {
    const store = createStore(database.db);
    return (identity) => createContext(store, identity);
  },
  publishesEvents: true,
} satisfies ServiceDefinition<typeof schema, ReturnType<typeof createContext>>;
