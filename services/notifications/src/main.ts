import { runService } from '@portal/platform';
import { buildApp } from './app';
import { notificationsEnv } from './env';
import { createRuntime } from './runtime';
import { notificationsService } from './service';

await runService(notificationsService(createRuntime()), {
  env: notificationsEnv,
  build: (options, env) => buildApp({ ...options, smtpUrl: env.SMTP_URL, mailFrom: env.MAIL_FROM, portalUrl: env.PORTAL_URL }),
});
