import type { FastifyInstance } from 'fastify';
import { simpleParser } from 'mailparser';
import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildService, migrationsFolderOf } from '@portal/platform';
import { eventually, execute, TEST_IDENTITY_SECRET, useEventStream, useTestDatabase } from '@portal/platform/testing';
import type { NotificationsApp } from '../src/attach';
import { startMailSink, type MailSink } from '../src/mail-sink';
import { service } from '../src/service';
import { coordinator, event, INBOX, member, PORTAL_URL } from './helpers';

// The activity report reminder follows the calendar: replicas of the service on one database,
// each with its consumer on a stream of the file's own and its worker running every 20 ms on
// a clock the test moves. Deadlines: 2026-Q4 on 2027-01-31 (reminder 2027-01-24 9:00 Japan
// time, 00:00 UTC), 2027-Q1 on 2027-04-30 (2027-04-23), 2027-Q2 on 2027-07-31 (2027-07-24).

const database = useTestDatabase(migrationsFolderOf(service.name));
const stream = useEventStream();
const clock = { now: new Date('2027-01-10T00:00:00Z') };
const mails: { to: string; subject: string }[] = [];
let sink: MailSink;
let sql: postgres.Sql;
const replicas: NotificationsApp[] = [];

const tochigi = coordinator('idp|cal-tochigi');
const tokyo = coordinator('idp|cal-tokyo');
const filer = coordinator('idp|cal-filer');
const suspended = coordinator('idp|cal-suspended');
const addressOf = (accountId: string) => `${accountId.replace(/\W/g, '')}@example.jp`;

const startReplica = async () =>
  (await buildService(service, {
    databaseUrl: database().url,
    identitySecret: TEST_IDENTITY_SECRET,
    events: { natsUrl: stream.natsUrl(), streamName: stream.streamName },
    settings: { SMTP_URL: `smtp://127.0.0.1:${sink.port}`, MAIL_FROM: 'portal@example.jp', PORTAL_URL, WORK_INTERVAL_MS: 20 },
    clock: () => clock.now,
  })) as NotificationsApp;

async function stop(replica: FastifyInstance) {
  await replica.close();
  replicas.splice(replicas.indexOf(replica as NotificationsApp), 1);
}

/** Every replica's worker once more, all at once, beside their own timers. */
const workEverywhere = () => Promise.all(replicas.map((replica) => replica.notifications.runOnce()));

const scheduledRows = async () =>
  (await sql<{ key: string; due_at: Date; fired: boolean }[]>`select key, due_at, fired_at is not null as fired from scheduled order by key`).map((r) => [
    r.key,
    r.due_at.toISOString(),
    r.fired,
  ]);

/** The quarters of the member's ACTIVITY_REPORT_DUE notices, newest first. */
async function remindedQuarters(caller: ReturnType<typeof coordinator>): Promise<string[]> {
  const { data } = await execute(replicas[0]!, caller, INBOX, { first: 50 });
  return data!.myNotifications.edges
    .filter((e: { node: { kind: string } }) => e.node.kind === 'ACTIVITY_REPORT_DUE')
    .map((e: { node: { link: string } }) => e.node.link.replace('/activity-reports?quarter=', ''));
}

const reminderMails = (quarterLabel: string) =>
  mails
    .filter((m) => m.subject.includes(`${quarterLabel}の活動状況報告`))
    .map((m) => m.to)
    .sort();

async function moveClockTo(iso: string) {
  clock.now = new Date(iso);
  await workEverywhere();
}

beforeAll(async () => {
  sink = await startMailSink(async (message) => {
    const parsed = await simpleParser(message.raw);
    for (const to of message.to) mails.push({ to, subject: parsed.subject ?? '' });
  });
  sql = postgres(database().url, { max: 1, onnotice: () => {} });
  replicas.push(await startReplica(), await startReplica());
  const [registered, address] = member(suspended.sub, ['09']);
  const events = [
    ...member(tochigi.sub, ['09']),
    ...member(tokyo.sub, ['13']),
    ...member(filer.sub, ['09']),
    registered!,
    address!,
    event('coordinator.certification_changed', { ...(registered!.data as object), certificationStatus: 'SUSPENDED' }),
  ];
  await stream.publish(...events);
  await eventually(async () => (await sql`select 1 from processed_events`).length === events.length, 'the members projected');
});

afterAll(async () => {
  for (const replica of [...replicas]) await stop(replica);
  await sql?.end();
  await sink?.close();
});

describe('activity report reminders from the calendar', () => {
  it('the quarters open for filing have their reminder scheduled, once, with no filing; none for a quarter whose deadline passed', async () => {
    await moveClockTo('2027-01-10T00:00:00Z');
    await eventually(async () => (await scheduledRows()).length === 2, 'the open quarters scheduled');
    // 2026-Q3 (deadline 2026-10-31) is over: nothing of it.
    expect(await scheduledRows()).toEqual([
      ['activity-report-due:2026-Q4', '2027-01-24T00:00:00.000Z', false],
      ['activity-report-due:2027-Q1', '2027-04-23T00:00:00.000Z', false],
    ]);
  });

  it('two replicas at the reminder\'s moment tell each active member who has not filed once, by e-mail once', async () => {
    await stream.publish(event('activity_report.submitted', { accountId: filer.sub, quarter: '2026-Q4' }));
    await eventually(async () => (await sql`select 1 from activity_report_filings`).length === 1, 'the filing projected');

    await moveClockTo('2027-01-23T23:59:00Z');
    expect(await remindedQuarters(tochigi)).toEqual([]);

    await moveClockTo('2027-01-24T00:00:00Z');
    await workEverywhere();
    await eventually(() => reminderMails('2026年10〜12月期').length === 2, 'the reminders mailed');
    await workEverywhere();
    expect(await remindedQuarters(tochigi)).toEqual(['2026-Q4']);
    expect(await remindedQuarters(tokyo)).toEqual(['2026-Q4']);
    expect(await remindedQuarters(filer)).toEqual([]);
    expect(await remindedQuarters(suspended)).toEqual([]);
    expect(reminderMails('2026年10〜12月期')).toEqual([addressOf(tochigi.sub), addressOf(tokyo.sub)]);
    expect(await sql`select account_id, count(*)::int as n from notifications group by account_id order by account_id`).toEqual([
      { account_id: tochigi.sub, n: 1 },
      { account_id: tokyo.sub, n: 1 },
    ]);
  });

  it('replicas restarted mid-way tell nobody twice, and a quarter nobody filed reminds every active member', async () => {
    // One replica stops after the 2026-Q4 reminder, the other later; each starts again.
    await stop(replicas[0]!);
    await moveClockTo('2027-02-10T00:00:00Z');
    replicas.push(await startReplica());
    await stop(replicas[0]!);
    replicas.push(await startReplica());
    await moveClockTo('2027-04-22T23:59:00Z');
    expect(await remindedQuarters(tochigi)).toEqual(['2026-Q4']);

    await moveClockTo('2027-04-23T00:00:00Z');
    await eventually(() => reminderMails('2027年1〜3月期').length === 3, 'the reminders mailed');
    // A restart right after the reminder: the new worker schedules and fires nothing again.
    await stop(replicas[1]!);
    replicas.push(await startReplica());
    await moveClockTo('2027-04-23T00:05:00Z');
    await workEverywhere();
    expect(await remindedQuarters(filer)).toEqual(['2027-Q1']);
    expect(await remindedQuarters(tochigi)).toEqual(['2027-Q1', '2026-Q4']);
    expect(await remindedQuarters(tokyo)).toEqual(['2027-Q1', '2026-Q4']);
    expect(await remindedQuarters(suspended)).toEqual([]);
    expect(reminderMails('2026年10〜12月期')).toEqual([addressOf(tochigi.sub), addressOf(tokyo.sub)]);
    expect(reminderMails('2027年1〜3月期')).toEqual([addressOf(filer.sub), addressOf(tochigi.sub), addressOf(tokyo.sub)]);
    expect(await scheduledRows()).toEqual([
      ['activity-report-due:2026-Q4', '2027-01-24T00:00:00.000Z', true],
      ['activity-report-due:2027-Q1', '2027-04-23T00:00:00.000Z', true],
      ['activity-report-due:2027-Q2', '2027-07-24T00:00:00.000Z', false],
    ]);
  });

  it('a reminder whose moment passed while no replica ran tells nobody once the deadline is over', async () => {
    for (const replica of [...replicas]) await stop(replica);
    // Back after 2027-Q2's deadline (2027-07-31): its reminder is not sent late, 2027-Q3's is scheduled.
    clock.now = new Date('2027-08-02T00:00:00Z');
    replicas.push(await startReplica(), await startReplica());
    await workEverywhere();
    await eventually(async () => (await scheduledRows()).length === 4, '2027-Q3 scheduled');
    await workEverywhere();
    expect(await scheduledRows()).toEqual([
      ['activity-report-due:2026-Q4', '2027-01-24T00:00:00.000Z', true],
      ['activity-report-due:2027-Q1', '2027-04-23T00:00:00.000Z', true],
      ['activity-report-due:2027-Q2', '2027-07-24T00:00:00.000Z', true],
      ['activity-report-due:2027-Q3', '2027-10-24T00:00:00.000Z', false],
    ]);
    expect(await remindedQuarters(tochigi)).toEqual(['2027-Q1', '2026-Q4']);
    expect(mails.filter((m) => m.subject.includes('2027年4〜6月期'))).toEqual([]);
  });
});
