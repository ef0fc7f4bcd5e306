import { z } from 'zod';

/** What the notifications service reads besides every service's settings. */
export const notificationsEnv = {
  SMTP_URL: z.string().regex(/^smtps?:\/\//, 'must be an smtp:// or smtps:// URL').default('smtp://127.0.0.1:2525'),
  MAIL_FROM: z.string().min(3).default('コーディネーターポータル <no-reply@portal.example.jp>'),
  PORTAL_URL: z.url().default('http://localhost:4000'),
};
