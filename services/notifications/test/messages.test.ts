import { describe, expect, it } from 'vitest';
import { daysBeforeInJapan, nextHourInJapan } from '../src/calendar';
import { KIND_NAMES } from '../src/kinds';
import { backoffMs } from '../src/sender';
import { composeMail, render } from '../src/templates';
import { readUnsubscribeToken, unsubscribeToken } from '../src/unsubscribe';

describe('Japan time', () => {
  it('finds the next digest hour after now, the same day or the next', () => {
    expect(nextHourInJapan(new Date('2026-12-01T03:00:00Z'), 18).toISOString()).toBe('2026-12-01T09:00:00.000Z');
    expect(nextHourInJapan(new Date('2026-12-01T09:00:00Z'), 18).toISOString()).toBe('2026-12-02T09:00:00.000Z');
    // 23:30 UTC is 08:30 the next day in Japan: 8:00 has passed there.
    expect(nextHourInJapan(new Date('2026-11-30T23:30:00Z'), 8).toISOString()).toBe('2026-12-01T23:00:00.000Z');
    expect(nextHourInJapan(new Date('2026-12-01T14:59:00Z'), 0).toISOString()).toBe('2026-12-01T15:00:00.000Z');
  });

  it('puts a reminder days before a Japanese date at an hour of that day', () => {
    expect(daysBeforeInJapan('2027-01-15', 7, 9).toISOString()).toBe('2027-01-08T00:00:00.000Z');
    expect(daysBeforeInJapan('2027-03-01', 7, 9).toISOString()).toBe('2027-02-22T00:00:00.000Z');
  });
});

describe('mails', () => {
  const options = { portalUrl: 'https://portal.example.jp', unsubscribeUrl: (kind: string) => `https://portal.example.jp/u/${kind}` };

  it('has a template for every kind, made of facts only', () => {
    for (const kind of KIND_NAMES) {
      const rendered = render({ kind, facts: { announcementId: 'a', category: 'LAW_CHANGE', effectiveDate: '2027-01-15', surveyId: 's', closesAt: '2027-02-20T15:00:00.000Z', studyMeetingId: 'm', startsAt: '2027-03-10T09:00:00.000Z', status: 'ADDRESSED', responded: 'true', change: 'ACCEPTED', urgency: 'URGENT', validUntil: '2027-09-30', daysBefore: '30' } });
      expect(rendered.title.length).toBeGreaterThan(0);
      expect(`${rendered.title}${rendered.text}`).not.toMatch(/undefined|null/);
      expect(rendered.path.startsWith('/')).toBe(true);
    }
  });

  it('escapes whatever a fact holds in HTML, and lists one unsubscribe link per kind in a digest', () => {
    const mail = composeMail(
      [
        { kind: 'ANNOUNCEMENT', facts: { announcementId: '"><script>x</script>', category: 'EVENT' } },
        { kind: 'SURVEY_OPENED', facts: { surveyId: 's', closesAt: null } },
      ],
      options,
    );
    expect(mail.subject).toBe('[コーディネーターポータル] 本日のお知らせ（2件）');
    expect(mail.html).not.toContain('<script>');
    expect(mail.unsubscribe).toBeNull();
    expect(mail.text).toContain('「お知らせ」のメールを停止する: https://portal.example.jp/u/ANNOUNCEMENT');
    expect(mail.text).toContain('「アンケートのご依頼」のメールを停止する: https://portal.example.jp/u/SURVEY_OPENED');
    expect(mail.text).toContain('締切: 未定');
  });
});

describe('unsubscribe tokens', () => {
  const secret = 'a-secret-of-at-least-thirty-two-characters';

  it('name the account and kind they were made for, and only with our secret', () => {
    const token = unsubscribeToken(secret, 'idp|c-1', 'ANNOUNCEMENT');
    expect(readUnsubscribeToken(secret, token)).toEqual({ accountId: 'idp|c-1', kind: 'ANNOUNCEMENT' });
    expect(readUnsubscribeToken(`${secret}x`, token)).toBeNull();
    const [payload] = token.split('.');
    const other = Buffer.from(JSON.stringify(['idp|c-2', 'ANNOUNCEMENT'])).toString('base64url');
    expect(readUnsubscribeToken(secret, token.replace(payload!, other))).toBeNull();
    const unknownKind = Buffer.from(JSON.stringify(['idp|c-1', 'NOPE'])).toString('base64url');
    expect(readUnsubscribeToken(secret, `${unknownKind}.${token.split('.')[1]}`)).toBeNull();
    for (const bad of ['', '.', 'a.b.c', '\u0000.\u0000']) expect(readUnsubscribeToken(secret, bad)).toBeNull();
  });
});

it('backs off 1 s, 2 s, 4 s … up to an hour', () => {
  expect([1, 2, 3, 4, 20].map(backoffMs)).toEqual([1000, 2000, 4000, 8000, 3_600_000]);
});
