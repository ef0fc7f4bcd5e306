import { beforeAll, describe, expect, it } from 'vitest';
import { announcement, coordinator, event, INBOX, mailTo, member, useNotificationsService } from './helpers';

// Referrals and the board tell the member they concern, from the collaboration service's
// notices; a LAW_CHANGE withdrawn before its reminder reminds nobody. Through the consumer's
// rules, the worker at a set clock and a real SMTP server.

const service = useNotificationsService();
const sender = coordinator('idp|notices-sender');
const receiver = coordinator('idp|notices-receiver');
const suspended = coordinator('idp|notices-suspended');

beforeAll(async () => {
  const [registered, address] = member(suspended.sub, ['10']);
  await service.deliver(
    ...member(sender.sub, ['09']),
    ...member(receiver.sub, ['10']),
    { ...registered!, data: { ...registered!.data, certificationStatus: 'SUSPENDED' } },
    address!,
  );
  service.setNow('2026-12-01T03:00:00Z');
});

const newest = async (caller: ReturnType<typeof coordinator>) => (await service.ok(caller, INBOX, { first: 1 })).myNotifications.edges[0]?.node;
const referralNotice = (accountId: string, change: string, urgency: string | null = null) => event('referral.party_notice', { accountId, change, urgency });
const boardNotice = (accountId: string, change: string) => event('consultation.author_notice', { accountId, change });
const addressOf = (caller: ReturnType<typeof coordinator>) => `${caller.sub.replace(/\W/g, '')}@example.jp`;

describe('referral notices', () => {
  it('tell a receiver of a new referral at once, with its urgency and a link to their received referrals', async () => {
    await service.deliver(referralNotice(receiver.sub, 'RECEIVED', 'URGENT'));
    await service.work();
    expect(await newest(receiver)).toMatchObject({
      kind: 'REFERRAL_RECEIVED',
      title: '【至急】広域連携の依頼が届きました',
      text: 'あなたあての広域連携の依頼が届きました（緊急度: 至急）。ポータルで内容を確認し、受けるかどうかをお答えください。',
      link: '/referrals?received=true',
    });
    const [mail, ...more] = mailTo(service.mails, addressOf(receiver));
    expect(more).toEqual([]);
    expect(mail!.subject).toBe('[コーディネーターポータル] 【至急】広域連携の依頼が届きました');
    expect(mail!.text).toContain('https://portal.example.jp/referrals?received=true');
    expect(mail!.html).toContain('「広域連携の依頼」のメールを停止する');
  });

  it('tell the sender that it was accepted, declined by all or completed, each once however often it comes', async () => {
    const expected = {
      ACCEPTED: 'お送りした広域連携の依頼が受けられました',
      DECLINED: 'お送りした広域連携の依頼はすべての依頼先が辞退しました',
      COMPLETED: 'お送りした広域連携の依頼が完了しました',
    };
    const before = mailTo(service.mails, addressOf(sender)).length;
    for (const [change, title] of Object.entries(expected)) {
      const notice = referralNotice(sender.sub, change);
      await service.deliver(notice);
      await service.deliver({ ...notice });
      await service.work();
      expect(await newest(sender)).toMatchObject({ kind: 'REFERRAL_UPDATE', title, link: '/referrals?sent=true' });
    }
    expect(mailTo(service.mails, addressOf(sender)).slice(before).map((m) => m.subject)).toEqual(Object.values(expected).map((t) => `[コーディネーターポータル] ${t}`));
  });

  it('tell nobody whose certification is not ACTIVE', async () => {
    await service.deliver(referralNotice(suspended.sub, 'RECEIVED', 'ROUTINE'));
    await service.work();
    expect(await newest(suspended)).toBeUndefined();
  });
});

describe('board notices', () => {
  it('tell the asker of an answer at once, and an answer\'s author in the next digest that it solved a question', async () => {
    const before = service.mails.length;
    await service.deliver(boardNotice(sender.sub, 'ANSWERED'), boardNotice(receiver.sub, 'SOLVING'));
    await service.work();
    expect(await newest(sender)).toMatchObject({ kind: 'CONSULTATION_ANSWERED', title: 'ご質問に回答がありました', link: '/consultations?mine=true' });
    expect(await newest(receiver)).toMatchObject({ kind: 'CONSULTATION_SOLVING_ANSWER', title: 'あなたの回答が解決につながりました' });
    expect(service.mails.slice(before).map((m) => m.subject)).toEqual(['[コーディネーターポータル] ご質問に回答がありました']);
    // 08:00 JST on 2 December: the receiver's digest, of this one notice.
    service.setNow('2026-12-01T23:00:00Z');
    await service.work();
    expect(mailTo(service.mails.slice(before), addressOf(receiver)).map((m) => m.subject)).toEqual(['[コーディネーターポータル] あなたの回答が解決につながりました']);
  });

  it('send no mail of a kind turned off, and unsubscribe from one kind by its link alone', async () => {
    await service.ok(sender, 'mutation { updateNotificationPreferences(input: { kind: CONSULTATION_ANSWERED, email: false }) { digestHour } }');
    const before = mailTo(service.mails, addressOf(sender)).length;
    await service.deliver(boardNotice(sender.sub, 'ANSWERED'));
    await service.work();
    expect(mailTo(service.mails, addressOf(sender)).length).toBe(before);
    expect(await newest(sender)).toMatchObject({ kind: 'CONSULTATION_ANSWERED' });

    await service.deliver(referralNotice(sender.sub, 'COMPLETED'));
    await service.work();
    const [mail] = mailTo(service.mails, addressOf(sender)).slice(before);
    const link = mail!.text!.match(/「送った広域連携の依頼の状況」のメールを停止する: (\S+)/)![1]!;
    expect((await service.app.inject({ method: 'POST', url: link.replace('https://portal.example.jp', '') })).statusCode).toBe(200);
    const kinds = (await service.ok(sender, '{ myNotificationPreferences { kinds { kind email } } }')).myNotificationPreferences.kinds;
    expect(kinds.filter((k: { email: boolean }) => !k.email).map((k: { kind: string }) => k.kind)).toEqual(['REFERRAL_UPDATE', 'CONSULTATION_ANSWERED']);
  });

  it('put no account, address or anyone\'s words in a mail', async () => {
    for (const mail of service.mails) expect(`${mail.subject}${mail.text}${mail.html}`).not.toMatch(/idp\||notices|@example/);
  });
});

describe('a LAW_CHANGE withdrawn before its reminder', () => {
  it('reminds nobody; one withdrawn after its reminder changes nothing', async () => {
    service.setNow('2027-01-01T00:00:00Z');
    const withdrawn = announcement({ category: 'LAW_CHANGE', effectiveDate: '2027-02-15', targetPrefectureCodes: ['10'] });
    const kept = announcement({ category: 'LAW_CHANGE', effectiveDate: '2027-02-20', targetPrefectureCodes: ['10'] });
    await service.deliver(withdrawn, kept);
    await service.deliver(event('announcement.withdrawn', { announcementId: withdrawn.data.announcementId }));
    // 9:00 JST a week before each effective date.
    service.setNow('2027-02-08T00:00:00Z');
    await service.work();
    service.setNow('2027-02-13T00:00:00Z');
    await service.work();
    const links = async () =>
      (await service.ok(receiver, INBOX, { first: 50 })).myNotifications.edges
        .filter((e: { node: { kind: string } }) => e.node.kind === 'LAW_CHANGE_REMINDER')
        .map((e: { node: { link: string } }) => e.node.link);
    expect(await links()).toEqual([`/announcements/${kept.data.announcementId}`]);
    await service.deliver(event('announcement.withdrawn', { announcementId: kept.data.announcementId }));
    expect(await links()).toEqual([`/announcements/${kept.data.announcementId}`]);
  });
});
