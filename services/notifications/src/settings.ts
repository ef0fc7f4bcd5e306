import { z } from 'zod';

/** What the notifications service reads besides every service's settings. */
export const notificationSettings = {
  SMTP_URL: z.string().regex(/^smtps?:\/\//, 'must be an smtp:// or smtps:// URL').default('smtp://127.0.0.1:2525'),
  MAIL_FROM: z.string().min(3).default('コーディネーターポータル <no-reply@portal.example.jp>'),
  /** The portal's public address: links in mails, and the unsubscribe link below it. */
  PORTAL_URL: z.url().default('http://localhost:4000'),
  /** How often reminders and mails are looked at besides when events arrive (0: only when a test runs them). */
  WORK_INTERVAL_MS: z.coerce.number().int().min(0).max(3_600_000).default(1000),
};
