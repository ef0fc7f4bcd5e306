import type { ServiceDefinition } from '@portal/platform';
import { attachNotifications } from './attach';
import { applyEvent } from './consumer';
import { createContext } from './context';
import * as schema from './db/schema';
import { resolvers } from './resolvers';
import { notificationSettings } from './settings';
import { createStore, type Store } from './store';
import { typeDefs } from './typeDefs';

/** Notifications: what members are told of events, by e-mail, in the inbox and live. */
export const service = {
  name: 'notifications',
  port: 4008,
  settings: notificationSettings,
  schema,
  typeDefs,
  resolvers,
  store: createStore,
  context: createContext,
  // Every event: each rule is one entry in rules.ts (nats-server 2.9 takes one filter).
  // Events are placed in time when they arrive.
  consumers: [{ name: 'notifications', filter: '>', apply: applyEvent(() => new Date()) }],
  attach: attachNotifications,
} satisfies ServiceDefinition<typeof schema, Store, ReturnType<typeof createContext>, typeof notificationSettings>;
