import { randomUUID } from 'node:crypto';
import { simpleParser, type ParsedMail } from 'mailparser';
import postgres from 'postgres';
import { afterAll, beforeAll } from 'vitest';
import type { ServiceOptions } from '@portal/platform';
import { applyOnce, type EventEnvelope } from '@portal/platform/events';
import { useSubgraph } from '@portal/platform/testing';
import { drizzle } from 'drizzle-orm/postgres-js';
import type { NotificationsApp } from '../src/attach';
import { applyEvent } from '../src/consumer';
import { startMailSink, type MailSink } from '../src/mail-sink';
import { service } from '../src/service';

export { admin, analyst, coordinator, localGovernment } from '@portal/platform/testing';

export const PORTAL_URL = 'https://portal.example.jp';

/**
 * A notifications subgraph on a fresh database, a real SMTP server in-process that keeps
 * what arrives, and a clock the test sets. Events are applied as the consumer applies them
 * (`deliver`); `run` does what the periodic worker does at the clock's time.
 */
export function useNotificationsService(options: Partial<ServiceOptions> = {}) {
  const state = { now: new Date('2026-12-01T00:00:00Z'), sink: undefined as MailSink | undefined, mails: [] as ParsedMail[], sql: undefined as postgres.Sql | undefined };
  const clock = () => state.now;
  beforeAll(async () => {
    state.sink = await startMailSink(async (message) => {
      state.mails.push(await simpleParser(message.raw));
    });
  });
  // Registered before the app's: after hooks run in reverse, so the app's pooled SMTP connections are gone first.
  afterAll(async () => {
    await state.sink?.close();
  });
  const subgraph = useSubgraph(service, {
    ...options,
    clock,
    // The sink listens before the app is built (both in beforeAll, in this order).
    get settings() {
      return { SMTP_URL: `smtp://127.0.0.1:${state.sink!.port}`, MAIL_FROM: 'portal@example.jp', PORTAL_URL, WORK_INTERVAL_MS: 0 };
    },
  });
  beforeAll(() => {
    state.sql = postgres(subgraph.databaseUrl, { max: 2, onnotice: () => {} });
  });
  afterAll(async () => {
    await state.sql?.end();
  });
  return {
    run: subgraph.run,
    ok: subgraph.ok,
    get app() {
      return subgraph.app as NotificationsApp;
    },
    get databaseUrl() {
      return subgraph.databaseUrl;
    },
    get sql() {
      return state.sql!;
    },
    get sink() {
      return state.sink!;
    },
    get mails() {
      return state.mails;
    },
    setNow(iso: string) {
      state.now = new Date(iso);
    },
    /** Applies events in one transaction as the consumer does, each once. */
    async deliver(...events: EventEnvelope[]) {
      await drizzle(state.sql!).transaction(async (tx) => {
        for (const event of events) await applyOnce(tx as never, 'notifications', event, applyEvent(clock));
      });
      (subgraph.app as NotificationsApp).notifications.committed();
    },
    /** One run of the worker: due reminders, then due mails. */
    work: () => (subgraph.app as NotificationsApp).notifications.runOnce(),
  };
}

let occurred = Date.parse('2026-11-01T00:00:00Z');

export function event<T extends Record<string, unknown>>(type: string, data: T, producer = 'test'): EventEnvelope<T> {
  occurred += 1000;
  return { id: randomUUID(), type, version: 1, occurredAt: new Date(occurred).toISOString(), producer, data };
}

/** A member as the coordinators service announces them: snapshot and address. */
export function member(accountId: string, prefectureCodes: string[], email: string | null = `${accountId.replace(/\W/g, '')}@example.jp`, coordinatorId = randomUUID()) {
  return [
    event('coordinator.registered', {
      coordinatorId,
      accountId,
      prefectureCodes,
      primaryPrefectureCode: prefectureCodes[0] ?? null,
      fields: ['MEDICAL'],
      languages: ['ja'],
      certificationStatus: 'ACTIVE',
      validUntil: '2029-03-31',
    }),
    event('notification_address.changed', { coordinatorId, accountId, email }),
  ];
}

export const announcement = (over: Partial<{ importance: string; category: string; targetPrefectureCodes: string[]; effectiveDate: string | null }> = {}) =>
  event('announcement.published', {
    announcementId: randomUUID(),
    category: 'GOVERNMENT_NOTICE',
    importance: 'NORMAL',
    relatedFields: [],
    targetPrefectureCodes: [],
    effectiveDate: null,
    ...over,
  });

export const INBOX = `query($first: Int, $after: String, $unreadOnly: Boolean) {
  myNotifications(first: $first, after: $after, unreadOnly: $unreadOnly) {
    totalCount unreadCount pageInfo { hasNextPage endCursor }
    edges { cursor node { id kind title text link readAt } }
  }
}`;

export const mailTo = (mails: ParsedMail[], address: string) =>
  mails.filter((m) => (Array.isArray(m.to) ? m.to : [m.to]).some((to) => to?.value.some((v) => v.address === address)));
