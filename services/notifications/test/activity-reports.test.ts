import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { erasureEvent, mentionsIn } from '@portal/platform/testing';
import { coordinator, event, INBOX, mailTo, member, useNotificationsService } from './helpers';

// Activity report reminders: 2027-Q1 is due by 30 April 2027, so its reminder goes out on
// 23 April at 9:00 Japan time (00:00 UTC); 2027-Q2's on 24 July.

const service = useNotificationsService();
const tochigi = coordinator('idp|ar-tochigi');
const tokyo = coordinator('idp|ar-tokyo');
const filer = coordinator('idp|ar-filer');
const suspended = coordinator('idp|ar-suspended');
const quiet = coordinator('idp|ar-quiet');
const quietId = randomUUID();

const submitted = (accountId: string, quarter: string) => event('activity_report.submitted', { accountId, quarter });
const reminders = async (caller: { sub: string; roles: readonly string[] }) =>
  (await service.ok(caller as never, INBOX, { first: 50 })).myNotifications.edges
    .map((e: { node: { kind: string; title: string; text: string; link: string } }) => e.node)
    .filter((n: { kind: string }) => n.kind === 'ACTIVITY_REPORT_DUE')
    .map(({ title, text, link }: { title: string; text: string; link: string }) => ({ title, text, link }));

const Q1_REMINDER = {
  title: '2027年1〜3月期の活動状況報告の提出期限が近づいています',
  text: '2027年1〜3月期の活動状況報告がまだ提出されていません。提出期限は2027年4月30日です。',
  link: '/activity-reports?quarter=2027-Q1',
};

beforeAll(async () => {
  const [registered, address] = member(suspended.sub, ['09']);
  await service.deliver(
    ...member(tochigi.sub, ['09']),
    ...member(tokyo.sub, ['13']),
    ...member(filer.sub, ['09']),
    ...member(quiet.sub, ['13'], undefined, quietId),
    registered!,
    address!,
    event('coordinator.certification_changed', { ...(registered!.data as object), certificationStatus: 'SUSPENDED' }),
  );
  await service.ok(quiet, 'mutation { updateNotificationPreferences(input: { kind: ACTIVITY_REPORT_DUE, email: false }) { digestHour } }');
});

describe('activity report reminders', () => {
  it('a week before the deadline, tells each active member who has not filed, once, in the inbox and by e-mail unless turned off', async () => {
    service.setNow('2027-03-15T00:00:00Z');
    await service.deliver(submitted(filer.sub, '2027-Q1'));
    service.setNow('2027-04-22T23:59:00Z');
    await service.work();
    expect(await reminders(tochigi)).toEqual([]);

    const before = service.mails.length;
    service.setNow('2027-04-23T00:00:00Z');
    await service.work();
    await service.work();
    expect(await reminders(tochigi)).toEqual([Q1_REMINDER]);
    expect(await reminders(tokyo)).toEqual([Q1_REMINDER]);
    expect(await reminders(quiet)).toEqual([Q1_REMINDER]);
    expect(await reminders(filer)).toEqual([]);
    expect(await reminders(suspended)).toEqual([]);
    const sent = service.mails.slice(before);
    expect(sent.map((m) => m.subject)).toEqual([`[コーディネーターポータル] ${Q1_REMINDER.title}`, `[コーディネーターポータル] ${Q1_REMINDER.title}`]);
    expect(mailTo(sent, 'idpartochigi@example.jp')).toHaveLength(1);
    expect(mailTo(sent, 'idpartokyo@example.jp')).toHaveLength(1);
    expect(mailTo(sent, 'idparquiet@example.jp')).toEqual([]);
    expect(sent[0]!.text).toContain('https://portal.example.jp/activity-reports?quarter=2027-Q1');
  });

  it('a filing after the reminder, or the same filing again, tells nobody anything more', async () => {
    const before = service.mails.length;
    await service.deliver(submitted(tokyo.sub, '2027-Q1'), submitted(filer.sub, '2027-Q1'));
    service.setNow('2027-04-30T00:00:00Z');
    await service.work();
    expect(await reminders(tokyo)).toEqual([Q1_REMINDER]);
    expect(service.mails.length).toBe(before);
  });

  it('the next quarter\'s reminder comes from the calendar too, and skips those who filed that quarter', async () => {
    await service.deliver(submitted(tochigi.sub, '2027-Q2'));
    service.setNow('2027-07-24T00:00:00Z');
    await service.work();
    const q2 = { title: '2027年4〜6月期の活動状況報告の提出期限が近づいています', text: '2027年4〜6月期の活動状況報告がまだ提出されていません。提出期限は2027年7月31日です。', link: '/activity-reports?quarter=2027-Q2' };
    expect(await reminders(tokyo)).toEqual([q2, Q1_REMINDER]);
    expect(await reminders(tochigi)).toEqual([Q1_REMINDER]);
  });

  it('a quarter whose deadline passed before the worker ran again reminds nobody', async () => {
    // 2027-Q4 was due by 31 January 2028 and the worker never saw it open: it is not scheduled,
    // 2028-Q1 is. 2027-Q3's reminder (scheduled when the worker ran in July) was due in
    // October, but nothing ran until now, past its deadline: it tells nobody either.
    service.setNow('2028-02-05T00:00:00Z');
    await service.deliver(submitted(filer.sub, '2027-Q4'));
    await service.work();
    expect((await reminders(tokyo)).map((r: { link: string }) => r.link)).toEqual(['/activity-reports?quarter=2027-Q2', '/activity-reports?quarter=2027-Q1']);
    const [row] = await service.sql<{ due_at: string }[]>`select due_at::text from scheduled where key = 'activity-report-due:2028-Q1'`;
    expect(new Date(row!.due_at).toISOString()).toBe('2028-04-23T00:00:00.000Z');
    expect(await service.sql`select key from scheduled where key = 'activity-report-due:2027-Q4'`).toEqual([]);
  });

  it('an erased member\'s filings are forgotten', async () => {
    await service.deliver(submitted(quiet.sub, '2027-Q3'));
    expect(await mentionsIn(service.databaseUrl, [quiet.sub])).not.toEqual([]);
    await service.deliver(erasureEvent({ coordinatorId: quietId, accountId: quiet.sub }));
    expect(await mentionsIn(service.databaseUrl, [quiet.sub])).toEqual([]);
  });
});
