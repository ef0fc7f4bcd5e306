import type { FastifyInstance } from 'fastify';
import type { ServiceParts, SettingsOf } from '@portal/platform';
import type { NotificationKind } from './kinds';
import { registerLiveStream } from './live';
import { createRuntime } from './runtime';
import { createSender } from './sender';
import type { notificationSettings } from './settings';
import type { Store } from './store';
import { registerUnsubscribe } from './unsubscribe-route';
import { unsubscribeToken } from './unsubscribe';
import { startWorkers } from './workers';

export type NotificationsApp = FastifyInstance & {
  notifications: {
    runOnce: () => Promise<void>;
    /** What the consumer does after each batch: wakes the sender and the live streams. */
    committed: () => void;
  };
};

/** Beside the subgraph: the sender, the scheduler, the live stream and the unsubscribe links. */
export function attachNotifications(app: FastifyInstance, { store, settings, identitySecret, clock, onConsumed }: ServiceParts<Store, SettingsOf<typeof notificationSettings>>) {
  const runtime = createRuntime(store, clock);
  const unsubscribeUrl = (accountId: string, kind: NotificationKind) =>
    `${settings.PORTAL_URL}/notifications/unsubscribe?token=${unsubscribeToken(identitySecret, accountId, kind)}`;
  const sender = createSender(store, { smtpUrl: settings.SMTP_URL, from: settings.MAIL_FROM, portalUrl: settings.PORTAL_URL, unsubscribeUrl });
  const workers = startWorkers(app, runtime, sender, settings.WORK_INTERVAL_MS);
  registerLiveStream(app, runtime);
  registerUnsubscribe(app, runtime, identitySecret);
  const committed = () => runtime.changed.emit('changed');
  onConsumed(committed);
  app.decorate('notifications', { runOnce: workers.runOnce, committed });
}
