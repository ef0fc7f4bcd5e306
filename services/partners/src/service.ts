import { fileURLToPath } from 'node:url';
import type { ServiceDefinition } from '@portal/platform';
import { createContext } from './context';
import * as schema from './db/schema';
import { resolvers } from './resolvers';
import { createStore } from './store';
import { typeDefs } from './typeDefs';

/** The partner directory (連携先一覧): organisations modelled on Open Referral HSDS, review, endorsements. */
export const service = {
  name: 'partners',
  defaultPort: 4002,
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
