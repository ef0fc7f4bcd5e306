import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { announcement, coordinator, event, INBOX, mailTo, member, useNotificationsService } from './helpers';

// Who is told what and when, through the consumer's rules, the scheduler at a set clock,
// and a real SMTP server.

const service = useNotificationsService();
const tochigi = coordinator('idp|tochigi-member');
const tokyo = coordinator('idp|tokyo-member');
const kinds = async (caller = tochigi) =>
  (await service.ok(caller, INBOX, { first: 50 })).myNotifications.edges.map((e: { node: { kind: string } }) => e.node.kind);

beforeAll(async () => {
  await service.deliver(...member(tochigi.sub, ['09']), ...member(tokyo.sub, ['13']));
});

describe('notification rules', () => {
  it('tells the members an URGENT announcement targets at once, by e-mail and in the inbox', async () => {
    service.setNow('2026-12-01T03:00:00Z');
    const urgent = announcement({ importance: 'URGENT', category: 'GOVERNMENT_NOTICE', targetPrefectureCodes: ['09'] });
    await service.deliver(urgent);
    await service.work();
    expect(await kinds()).toEqual(['URGENT_ANNOUNCEMENT']);
    expect(await kinds(tokyo)).toEqual([]);
    const [mail, ...more] = mailTo(service.mails, 'idptochigimember@example.jp');
    expect(more).toEqual([]);
    expect(mail!.subject).toBe('[コーディネーターポータル] 【緊急】国からのお知らせ');
    expect(mail!.text).toContain(`https://portal.example.jp/announcements/${urgent.data.announcementId}`);
    expect(mail!.html).toContain('「緊急のお知らせ」のメールを停止する');
    expect(mail!.headerLines.find((h) => h.key === 'list-unsubscribe')?.line.replace(/\r\n\s+/g, ' ')).toMatch(/^List-Unsubscribe: <https:\/\/portal\.example\.jp\/notifications\/unsubscribe\?token=[\w-]+\.[\w-]+>$/);
    expect(mail!.messageId).toMatch(/^<[0-9a-f-]{36}@notifications\.portal>$/);
    expect(mailTo(service.mails, 'idptokyomember@example.jp')).toEqual([]);
  });

  it('is exactly once per event and recipient, however often the event comes', async () => {
    const before = service.mails.length;
    const urgent = announcement({ importance: 'URGENT' });
    await service.deliver(urgent);
    await service.deliver(urgent);
    // A copy past the consumer's inbox (another event id is another event, so the same id here).
    await service.deliver({ ...urgent });
    await service.work();
    await service.work();
    expect(service.mails.length - before).toBe(2);
    expect(new Set(service.mails.slice(before).map((m) => m.to && !Array.isArray(m.to) && m.to.text))).toEqual(
      new Set(['idptochigimember@example.jp', 'idptokyomember@example.jp']),
    );
  });

  it('puts other announcements in one daily digest at the member\'s hour, Japan time', async () => {
    await service.ok(tokyo, 'mutation { updateNotificationPreferences(input: { digestHour: 18 }) { digestHour } }');
    const before = service.mails.length;
    // 12:00 JST on 1 December.
    service.setNow('2026-12-01T03:00:00Z');
    await service.deliver(announcement({ category: 'TRAINING' }), announcement({ category: 'EVENT', targetPrefectureCodes: ['13'] }));
    await service.work();
    expect(service.mails.length).toBe(before);
    // 08:00 JST: the default hour of the Tochigi member, whose digest comes the next morning.
    service.setNow('2026-12-01T09:00:00Z');
    await service.work();
    const tokyoDigest = mailTo(service.mails.slice(before), 'idptokyomember@example.jp');
    expect(tokyoDigest.map((m) => m.subject)).toEqual(['[コーディネーターポータル] 本日のお知らせ（2件）']);
    expect(tokyoDigest[0]!.text).toContain('お知らせ（研修）が公開されました。');
    expect(tokyoDigest[0]!.text).toContain('お知らせ（イベント）が公開されました。');
    expect(mailTo(service.mails.slice(before), 'idptochigimember@example.jp')).toEqual([]);
    service.setNow('2026-11-30T23:00:00Z');
    await service.work();
    expect(mailTo(service.mails.slice(before), 'idptochigimember@example.jp')).toEqual([]);
    service.setNow('2026-12-01T23:00:00Z');
    await service.work();
    expect(mailTo(service.mails.slice(before), 'idptochigimember@example.jp').map((m) => m.subject)).toEqual(['[コーディネーターポータル] 研修']);
  });

  it('reminds the targeted members of a LAW_CHANGE a week before its effective date, once', async () => {
    service.setNow('2026-12-02T00:00:00Z');
    const law = announcement({ category: 'LAW_CHANGE', effectiveDate: '2027-01-15', targetPrefectureCodes: ['09'] });
    await service.deliver(law);
    // The announcement itself goes out in the next morning's digest.
    service.setNow('2026-12-03T00:00:00Z');
    await service.work();
    const before = service.mails.length;
    // 08:59 JST on 8 January: not yet.
    service.setNow('2027-01-07T23:59:00Z');
    await service.work();
    expect(await kinds()).not.toContain('LAW_CHANGE_REMINDER');
    service.setNow('2027-01-08T00:00:00Z');
    await service.work();
    await service.work();
    expect((await kinds()).filter((k: string) => k === 'LAW_CHANGE_REMINDER')).toEqual(['LAW_CHANGE_REMINDER']);
    expect(await kinds(tokyo)).not.toContain('LAW_CHANGE_REMINDER');
    expect(mailTo(service.mails.slice(before), 'idptochigimember@example.jp').map((m) => m.subject)).toEqual([
      '[コーディネーターポータル] 2027年1月15日施行の法令・制度改正',
    ]);
  });

  it('tells of a survey opened, and three days before it closes reminds only those who have not answered', async () => {
    service.setNow('2027-02-01T00:00:00Z');
    const surveyId = randomUUID();
    await service.deliver(event('survey.opened', { surveyId, closesAt: '2027-02-20T15:00:00.000Z', questions: [] }));
    await service.deliver(event('survey.answered', { surveyId, accountId: tokyo.sub }));
    expect((await kinds()).at(0)).toBe('SURVEY_OPENED');
    expect((await kinds(tokyo)).at(0)).toBe('SURVEY_OPENED');
    service.setNow('2027-02-17T14:59:00Z');
    await service.work();
    expect(await kinds()).not.toContain('SURVEY_CLOSING');
    service.setNow('2027-02-17T15:00:00Z');
    await service.work();
    expect((await kinds()).at(0)).toBe('SURVEY_CLOSING');
    expect(await kinds(tokyo)).not.toContain('SURVEY_CLOSING');
  });

  it('reminds a member of a study meeting they registered for the day before, unless they cancelled', async () => {
    service.setNow('2027-03-01T00:00:00Z');
    const kept = randomUUID();
    const cancelled = randomUUID();
    await service.deliver(
      event('study_meeting.registered', { studyMeetingId: kept, accountId: tochigi.sub, startsAt: '2027-03-10T09:00:00.000Z' }),
      event('study_meeting.registered', { studyMeetingId: cancelled, accountId: tochigi.sub, startsAt: '2027-03-10T09:00:00.000Z' }),
      event('study_meeting.registration_cancelled', { studyMeetingId: cancelled, accountId: tochigi.sub }),
    );
    service.setNow('2027-03-09T09:00:00Z');
    const before = service.mails.length;
    await service.work();
    const inbox = (await service.ok(tochigi, INBOX, { first: 1 })).myNotifications.edges;
    expect(inbox.map((e: { node: unknown }) => e.node)).toEqual([
      expect.objectContaining({ kind: 'STUDY_MEETING_TOMORROW', title: '明日は勉強会です', text: 'お申し込みの勉強会は 2027年3月10日 18:00 に始まります。', link: `/study-meetings/${kept}` }),
    ]);
    expect(mailTo(service.mails.slice(before), 'idptochigimember@example.jp')).toHaveLength(1);
  });

  it('tells a reporter of a response to their field issue, without its text', async () => {
    await service.deliver(event('field_issue.status_changed', { accountId: tokyo.sub, status: 'ADDRESSED', responded: true }));
    const [first] = (await service.ok(tokyo, INBOX, { first: 1 })).myNotifications.edges;
    expect(first.node).toMatchObject({ kind: 'FIELD_ISSUE_UPDATE', text: 'ご報告いただいた現場の課題に回答がありました（状況: 対応済み）。', link: '/field-issues?mine=true' });
  });

  it('tells nobody who is not an ACTIVE member: suspended, unknown, or another service\'s events', async () => {
    const suspended = coordinator('idp|suspended');
    const [registered, address] = member(suspended.sub, ['09']);
    await service.deliver({ ...registered!, data: { ...registered!.data, certificationStatus: 'SUSPENDED' } }, address!);
    await service.deliver(announcement({ importance: 'URGENT' }), event('case_study.published', { caseStudyId: randomUUID(), kind: 'X', fields: [], prefectureCode: null }));
    await service.deliver(event('field_issue.status_changed', { accountId: 'idp|nobody', status: 'UNDER_REVIEW', responded: false }));
    expect(await kinds(suspended)).toEqual([]);
    expect(await kinds(coordinator('idp|nobody'))).toEqual([]);
  });
});
