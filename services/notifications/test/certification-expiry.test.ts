import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { coordinator, event, INBOX, mailTo } from './helpers';
import { useNotificationsService } from './helpers';

// Members are told 90, 30 and 7 days before their certification's last valid day (9:00 Japan
// time), once each, and nothing of a validity that was renewed: the worker's sweep at a clock
// the test sets, a real SMTP server.

const service = useNotificationsService();

const snapshot = (type: string, accountId: string, coordinatorId: string, validUntil: string, certificationStatus = 'ACTIVE') =>
  event(type, { coordinatorId, accountId, prefectureCodes: ['09'], primaryPrefectureCode: '09', fields: ['MEDICAL'], languages: ['ja'], certificationStatus, validUntil });

/** A member with an address, registered with the given validity. */
async function registered(name: string, validUntil: string, certificationStatus = 'ACTIVE') {
  const caller = coordinator(`idp|${name}`);
  const coordinatorId = randomUUID();
  await service.deliver(
    snapshot('coordinator.registered', caller.sub, coordinatorId, validUntil, certificationStatus),
    event('notification_address.changed', { coordinatorId, accountId: caller.sub, email: `${name}@example.jp` }),
  );
  return { caller, coordinatorId, email: `${name}@example.jp` };
}

const reminders = async (caller: ReturnType<typeof coordinator>) =>
  (await service.ok(caller, INBOX, { first: 50 })).myNotifications.edges
    .map((e: { node: { kind: string; title: string; text: string; link: string } }) => e.node)
    .filter((n: { kind: string }) => n.kind === 'CERTIFICATION_EXPIRING')
    .map((n: { text: string }) => n.text.match(/（(\d+)日前のお知らせ）/)![1]);

const at = async (iso: string) => {
  service.setNow(iso);
  await service.work();
};

let steady: Awaited<ReturnType<typeof registered>>;
let renewing: Awaited<ReturnType<typeof registered>>;
let suspended: Awaited<ReturnType<typeof registered>>;

beforeAll(async () => {
  service.setNow('2026-12-01T00:00:00Z');
  steady = await registered('steady', '2027-03-31');
  renewing = await registered('renewing', '2027-03-31');
  suspended = await registered('suspended', '2027-03-31', 'SUSPENDED');
});

describe('certification expiry reminders', () => {
  it('come 90 days before the last valid day at 9:00 Japan time, by e-mail and in the inbox, once', async () => {
    // 08:59 JST on 31 December 2026, 90 days before 31 March 2027: not yet.
    await at('2026-12-30T23:59:00Z');
    expect(await reminders(steady.caller)).toEqual([]);
    await at('2026-12-31T00:00:00Z');
    await at('2026-12-31T00:05:00Z');
    await at('2027-01-15T03:00:00Z');
    expect(await reminders(steady.caller)).toEqual(['90']);
    const [mail, ...more] = mailTo(service.mails, steady.email);
    expect(more).toEqual([]);
    expect(mail!.subject).toBe('[コーディネーターポータル] 認定の有効期限（2027年3月31日）が近づいています');
    expect(mail!.text).toContain('https://portal.example.jp/me/certification');
    expect(mail!.text).toContain('「認定の有効期限のお知らせ」のメールを停止する');
    expect(await reminders(suspended.caller)).toEqual([]);
  });

  it('stop for a validity that was renewed', async () => {
    expect(await reminders(renewing.caller)).toEqual(['90']);
    await service.deliver(snapshot('coordinator.certification_renewed', renewing.caller.sub, renewing.coordinatorId, '2030-03-31'));
    await at('2027-03-01T00:00:00Z');
    await at('2027-03-24T00:00:00Z');
    expect(await reminders(renewing.caller)).toEqual(['90']);
  });

  it('come 30 and 7 days before, each once, and none after the last valid day', async () => {
    expect(await reminders(steady.caller)).toEqual(['7', '30', '90']);
    await at('2027-03-31T14:59:00Z');
    await at('2027-04-01T00:00:00Z');
    expect(await reminders(steady.caller)).toEqual(['7', '30', '90']);
    expect(mailTo(service.mails, steady.email)).toHaveLength(3);
  });

  it('give a member who arrives late, or is reinstated, the reminder whose turn it is, never a stale one', async () => {
    // Twenty days before: the 30-day reminder's window, not the 90-day one's.
    await at('2027-05-11T00:00:00Z');
    const late = await registered('late', '2027-05-31');
    await at('2027-05-11T00:01:00Z');
    expect(await reminders(late.caller)).toEqual(['30']);
    // Reinstated five days before the end: the 7-day reminder only.
    await service.deliver(snapshot('coordinator.certification_changed', suspended.caller.sub, suspended.coordinatorId, '2027-05-31'));
    await at('2027-05-26T00:00:00Z');
    expect(await reminders(suspended.caller)).toEqual(['7']);
    expect(await reminders(late.caller)).toEqual(['7', '30']);
  });

  it('follow the member\'s choice: no e-mail once turned off, the inbox still has it', async () => {
    const quiet = await registered('quiet', '2027-09-30');
    await service.ok(quiet.caller, 'mutation { updateNotificationPreferences(input: { kind: CERTIFICATION_EXPIRING, email: false }) { digestHour } }');
    await at('2027-07-02T00:00:00Z');
    expect(await reminders(quiet.caller)).toEqual(['90']);
    expect(mailTo(service.mails, quiet.email)).toEqual([]);
  });
});
