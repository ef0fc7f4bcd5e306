// npx tsx scripts/bench-notifications.ts [--members 10000] [--urgent-runs 20] [--digest-items 3]
//
// The notifications service in process, on a fresh database and a stream of its own (both
// dropped afterwards), its consumer on NATS and its mail going to an SMTP server in process:
//   (a) URGENT: from an `announcement.published` event published to the stream (as the
//       announcements relay does) to the e-mail in the sink, for one targeted member (the
//       single mail's latency) and for every member (the last mail of the fan-out);
//   (b) digest: every member with a pending daily digest of `--digest-items` announcements;
//       the clock is set to their hour and one run sends them all: digests per second.
// Members are projected by writing the rows their events would leave (set-up, not measured).
// Prints a table and, last, one JSON line. Needs Postgres and NATS (DATABASE_URL, NATS_URL).
import { randomBytes, randomUUID } from 'node:crypto';
import { parseArgs } from 'node:util';
import { jetstream, jetstreamManager } from '@nats-io/jetstream';
import { connect } from '@nats-io/transport-node';
import postgres from 'postgres';
import { buildService, databaseUrl, dropDatabases, ensureDatabases, migrationsFolderOf, runMigrations } from '@portal/platform';
import { ensureStream, eventStream, subjectOf, type EventEnvelope } from '@portal/platform/events';
import type { NotificationsApp } from '../services/notifications/src/attach';
import { service } from '../services/notifications/src/service';
import { startMailSink } from '../services/notifications/src/mail-sink';

const { values } = parseArgs({
  options: {
    members: { type: 'string', default: '10000' },
    'urgent-runs': { type: 'string', default: '20' },
    'digest-items': { type: 'string', default: '3' },
  },
});
const members = Number(values.members);
const urgentRuns = Number(values['urgent-runs']);
const digestItems = Number(values['digest-items']);
const serverUrl = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const natsUrl = process.env.NATS_URL ?? 'nats://127.0.0.1:4222';
const run = randomBytes(4).toString('hex');
const database = `bench_notifications_${run}`;
const stream = eventStream(`BENCH_NOTIFICATIONS_${run.toUpperCase()}`);
const log = (line: string) => console.error(`[bench] ${line}`);

const envelope = (type: string, data: Record<string, unknown>): EventEnvelope => ({
  id: randomUUID(),
  type,
  version: 1,
  occurredAt: new Date().toISOString(),
  producer: 'bench',
  data,
});
const announcement = (importance: string, targetPrefectureCodes: string[]) =>
  envelope('announcement.published', { announcementId: randomUUID(), category: 'GOVERNMENT_NOTICE', importance, relatedFields: [], targetPrefectureCodes, effectiveDate: null });
// Every member in Tokyo but one, alone in Tochigi: the single-recipient case.
const accountOf = (i: number) => `bench|m-${String(i).padStart(6, '0')}`;

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;

// The consumer places events at the system's time: the clock starts there.
let now = new Date();
const arrivals: { to: string; at: number }[] = [];
const waiters: { count: number; resolve: () => void }[] = [];
const sink = await startMailSink((message) => {
  arrivals.push({ to: message.to[0]!, at: performance.now() });
  for (const waiter of waiters.filter((w) => arrivals.length >= w.count)) waiter.resolve();
});
const arrived = (count: number) => new Promise<void>((resolve) => (arrivals.length >= count ? resolve() : waiters.push({ count, resolve })));

await ensureDatabases(serverUrl, [database]);
const url = databaseUrl(serverUrl, database);
const nc = await connect({ servers: natsUrl });
try {
  await runMigrations(url, migrationsFolderOf('notifications'));
  await ensureStream(nc, stream);
  const sql = postgres(url, { max: 2, onnotice: () => {} });
  // Set-up, not measured: the rows the coordinator events would leave, in bulk.
  log(`projecting ${members} members`);
  const accounts = Array.from({ length: members }, (_, i) => accountOf(i));
  await sql`
    insert into coordinator_projection (account_id, coordinator_id, prefecture_codes, primary_prefecture_code, fields, languages, certification_status, valid_until, as_of)
    select account_id, gen_random_uuid(), case when n = 1 then '{09}'::text[] else '{13}'::text[] end, case when n = 1 then '09' else '13' end, '{}', '{}', 'ACTIVE', '2099-01-01', now()
    from unnest(${accounts}::text[]) with ordinality as t(account_id, n)`;
  await sql`
    insert into addresses (account_id, coordinator_id, email, as_of)
    select account_id, coordinator_id, replace(account_id, 'bench|', '') || '@example.jp', as_of from coordinator_projection`;
  const app = (await buildService(service, {
    databaseUrl: url,
    identitySecret: randomBytes(32).toString('base64url'),
    events: { natsUrl, streamName: stream.name },
    settings: { SMTP_URL: `smtp://127.0.0.1:${sink.port}`, MAIL_FROM: 'portal@example.jp', PORTAL_URL: 'http://localhost:4000' },
    clock: () => now,
  })) as NotificationsApp;
  await app.ready();
  const js = jetstream(nc);
  const publish = (event: EventEnvelope) => js.publish(subjectOf(stream, event.type), JSON.stringify(event), { msgID: event.id });

  // (a) one member: publish → their mail.
  const single: number[] = [];
  for (let i = 0; i < urgentRuns; i++) {
    const before = arrivals.length;
    const started = performance.now();
    await publish(announcement('URGENT', ['09']));
    await arrived(before + 1);
    single.push(arrivals[before]!.at - started);
  }
  single.sort((a, b) => a - b);
  // (a) every member: publish → the last of their mails.
  const before = arrivals.length;
  const started = performance.now();
  await publish(announcement('URGENT', []));
  await arrived(before + members);
  const fanOut = { firstMs: arrivals[before]!.at - started, lastMs: arrivals[before + members - 1]!.at - started };
  log(`URGENT to one member: p50 ${percentile(single, 50).toFixed(0)} ms, p95 ${percentile(single, 95).toFixed(0)} ms; to ${members}: first ${fanOut.firstMs.toFixed(0)} ms, last ${fanOut.lastMs.toFixed(0)} ms`);

  // (b) digests: announcements that wait for each member's 08:00.
  for (let i = 0; i < digestItems; i++) await publish(announcement('NORMAL', []));
  const pending = async () => (await sql`select count(*)::int as n from notifications where kind = 'ANNOUNCEMENT' and mail_id is not null`)[0]!.n as number;
  while ((await pending()) < members * digestItems) await new Promise((resolve) => setTimeout(resolve, 200));
  const digestStart = performance.now();
  const digestBefore = arrivals.length;
  // A day and more later: past every member's digest hour.
  now = new Date(Date.now() + 25 * 3_600_000);
  await app.notifications.runOnce();
  await arrived(digestBefore + members);
  const digestSeconds = (performance.now() - digestStart) / 1000;
  const states = await sql`select state, count(*)::int as n from mails group by state order by state`;
  log(`digest run: ${members} digests of ${digestItems} in ${digestSeconds.toFixed(1)} s = ${(members / digestSeconds).toFixed(0)} per second; mails ${JSON.stringify(states.map((s) => [s.state, s.n]))}`);

  console.log(
    JSON.stringify({
      members,
      urgentOneMemberP50Ms: Math.round(percentile(single, 50)),
      urgentOneMemberP95Ms: Math.round(percentile(single, 95)),
      urgentAllMembersLastMs: Math.round(fanOut.lastMs),
      digestSeconds: Number(digestSeconds.toFixed(2)),
      digestsPerSecond: Math.round(members / digestSeconds),
    }),
  );
  await app.close();
  await sql.end();
} finally {
  await (await jetstreamManager(nc)).streams.delete(stream.name).catch(() => {});
  await nc.close();
  await sink.close();
  await dropDatabases(serverUrl, [database]);
}
