import type { FastifyInstance } from 'fastify';
import { buildService, type ServiceOptions } from '@portal/platform';
import type { NotificationKind } from './kinds';
import { registerLiveStream } from './live';
import { createRuntime } from './runtime';
import { createSender } from './sender';
import { migrationsFolder, notificationsService } from './service';
import { registerUnsubscribe } from './unsubscribe-route';
import { unsubscribeToken } from './unsubscribe';
import { startWorkers } from './workers';

export { migrationsFolder };

export interface NotificationOptions {
  smtpUrl: string;
  mailFrom: string;
  /** The portal's public address: links in mails, and the unsubscribe link below it. */
  portalUrl: string;
  /** Tests move time; otherwise the system clock. */
  clock?: () => Date;
  /** How often reminders and mails are looked at (0: only when a test calls runOnce). */
  workIntervalMs?: number;
}

export type NotificationsApp = FastifyInstance & {
  notifications: {
    runOnce: () => Promise<void>;
    /** What the consumer does after each batch: wakes the sender and the live streams. */
    committed: () => void;
  };
};

/** The notifications subgraph with its sender, scheduler and live stream (migrations are the caller's step). */
export async function buildApp(options: ServiceOptions & NotificationOptions): Promise<NotificationsApp> {
  const runtime = createRuntime(options.clock);
  const app = await buildService(notificationsService(runtime), options);
  const unsubscribeUrl = (accountId: string, kind: NotificationKind) =>
    `${options.portalUrl}/notifications/unsubscribe?token=${unsubscribeToken(options.identitySecret, accountId, kind)}`;
  const sender = createSender(runtime.store!, { smtpUrl: options.smtpUrl, from: options.mailFrom, portalUrl: options.portalUrl, unsubscribeUrl });
  const workers = startWorkers(app, runtime, sender, options.workIntervalMs ?? 1000);
  registerLiveStream(app, runtime);
  registerUnsubscribe(app, runtime, options.identitySecret);
  return Object.assign(app, { notifications: { runOnce: workers.runOnce, committed: () => runtime.changed.emit('changed') } });
}
