import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import { announcement, coordinator, event, mailTo, member, useNotificationsService } from './helpers';

// The e-mail outbox: nothing lost while the SMTP server is down, one mail per notification
// after a sender stopped mid-send, addresses only from the member's own profile.

const service = useNotificationsService();
const alice = coordinator('idp|alice');
const noAddress = coordinator('idp|no-address');

beforeAll(async () => {
  await service.deliver(...member(alice.sub, ['09'], 'alice@example.jp'), ...member(noAddress.sub, ['09'], null));
});

const states = async () =>
  (await service.sql`select state, attempts, to_char(due_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS') as due, last_error from mails where account_id = ${alice.sub} order by due`).map((r) => ({ ...r }));

describe('sending', () => {
  it('keeps a mail while the SMTP server refuses, retrying with a growing back-off, and sends it once it is back', async () => {
    service.setNow('2026-12-01T00:00:00Z');
    service.sink.refuse(true);
    onTestFinished(() => service.sink.refuse(false));
    await service.deliver(announcement({ importance: 'URGENT' }));
    await service.work();
    let [mail] = await states();
    expect(mail).toMatchObject({ state: 'PENDING', attempts: 1, last_error: '421' });
    expect(mail!.due).toBe('2026-12-01T00:00:01');
    service.setNow('2026-12-01T00:00:01Z');
    await service.work();
    [mail] = await states();
    expect(mail).toMatchObject({ state: 'PENDING', attempts: 2 });
    expect(mail!.due).toBe('2026-12-01T00:00:03');
    // Not due yet: nothing is tried.
    await service.work();
    expect((await states())[0]).toMatchObject({ attempts: 2 });
    service.sink.refuse(false);
    service.setNow('2026-12-01T00:00:03Z');
    await service.work();
    expect((await states())[0]).toMatchObject({ state: 'SENT', attempts: 3 });
    expect(mailTo(service.mails, 'alice@example.jp')).toHaveLength(1);
  });

  it('sends to nobody without an address of their own (the mail is DROPPED, the inbox keeps it)', async () => {
    const rows = await service.sql`select m.state, m.last_error from mails m where account_id = ${noAddress.sub}`;
    expect(rows.map((r) => ({ ...r }))).toEqual([{ state: 'DROPPED', last_error: 'NO_ADDRESS' }]);
    expect(service.mails.flatMap((m) => (Array.isArray(m.to) ? m.to : [m.to])).map((to) => to?.text)).toEqual(['alice@example.jp']);
  });

  it('takes up a mail whose sender stopped mid-send once its lease is over, and sends it once', async () => {
    await service.sql`delete from mails`;
    const before = service.mails.length;
    service.setNow('2026-12-02T00:00:00Z');
    await service.deliver(event('field_issue.status_changed', { accountId: alice.sub, status: 'UNDER_REVIEW', responded: false }));
    // A sender claimed it and died before sending: SENDING with a lease.
    await service.sql`update mails set state = 'SENDING', lease_until = '2026-12-02T00:02:00Z', attempts = 1`;
    await service.work();
    expect(service.mails.length).toBe(before);
    service.setNow('2026-12-02T00:02:01Z');
    await service.work();
    await service.work();
    expect(service.mails.length - before).toBe(1);
    expect((await states())[0]).toMatchObject({ state: 'SENT', attempts: 2 });
  });

  it('follows a changed address, and never an address that arrived late with an older time', async () => {
    const coordinatorId = randomUUID();
    const bob = 'idp|bob';
    const [registered, older] = member(bob, ['13'], 'bob-old@example.jp', coordinatorId);
    const newer = event('notification_address.changed', { coordinatorId, accountId: bob, email: 'bob-new@example.jp' });
    await service.deliver(registered!, newer, older!);
    await service.deliver(announcement({ importance: 'URGENT', targetPrefectureCodes: ['13'] }));
    await service.work();
    expect(mailTo(service.mails, 'bob-new@example.jp')).toHaveLength(1);
    expect(mailTo(service.mails, 'bob-old@example.jp')).toHaveLength(0);
  });

  it('sends no mail of a kind the member turned off, by preference or by the unsubscribe link', async () => {
    const aliceMails = () => mailTo(service.mails, 'alice@example.jp');
    const before = aliceMails().length;
    await service.ok(alice, 'mutation { updateNotificationPreferences(input: { kind: URGENT_ANNOUNCEMENT, email: false }) { digestHour } }');
    await service.deliver(announcement({ importance: 'URGENT' }));
    await service.work();
    expect(aliceMails().length).toBe(before);
    await service.ok(alice, 'mutation { updateNotificationPreferences(input: { kind: URGENT_ANNOUNCEMENT, email: true }) { digestHour } }');
    await service.deliver(announcement({ importance: 'URGENT' }));
    await service.work();
    const [mail] = aliceMails().slice(before);
    const link = mail!.text!.match(/「緊急のお知らせ」のメールを停止する: (\S+)/)![1]!;
    const url = link.replace('https://portal.example.jp', '');
    // Opening the link asks; only the POST (the button, or one-click) unsubscribes.
    const shown = await service.app.inject({ method: 'GET', url });
    expect(shown.statusCode).toBe(200);
    expect(shown.body).toContain('「緊急のお知らせ」のメールを停止しますか？');
    expect((await service.ok(alice, '{ myNotificationPreferences { kinds { kind email } } }')).myNotificationPreferences.kinds[0]).toEqual({ kind: 'URGENT_ANNOUNCEMENT', email: true });
    expect((await service.app.inject({ method: 'POST', url })).statusCode).toBe(200);
    expect((await service.ok(alice, '{ myNotificationPreferences { kinds { kind email } } }')).myNotificationPreferences.kinds[0]).toEqual({ kind: 'URGENT_ANNOUNCEMENT', email: false });
    // A token changed by one character, or naming another account, does nothing.
    const [payload, mac] = new URL(link).searchParams.get('token')!.split('.');
    const forged = Buffer.from(JSON.stringify(['idp|no-address', 'URGENT_ANNOUNCEMENT'])).toString('base64url');
    for (const token of [`${payload}.${mac!.slice(0, -1)}A`, `${forged}.${mac}`, 'x', `${payload}.${mac}.x`, '\u0000']) {
      const res = await service.app.inject({ method: 'POST', url: `/notifications/unsubscribe?token=${encodeURIComponent(token)}` });
      expect(res.statusCode).toBe(400);
    }
  });

  it('puts no free text in any mail: only our wording, the kind\'s facts and links', async () => {
    for (const mail of service.mails) {
      expect(mail.text).not.toMatch(/idp\||alice@/);
      expect(mail.html).not.toMatch(/<script/);
    }
  });
});
