import { QUARTER_PATTERN, quarterLabel } from '@portal/platform';
import { NOTIFICATION_KINDS, type NotificationKind } from './kinds';
import type { NotificationRow } from './store';
import { CERTIFICATION_TEMPLATES } from './certification-expiry';
import { COLLABORATION_TEMPLATES } from './collaboration-notices';
import { date, dateTime, type Rendered } from './wording';

// Every message is built from the notification's facts (ids, codes, dates) and our own
// wording: nothing anyone wrote (no announcement text, no answer, no report) and nothing
// about another person ever goes into an e-mail.

const CATEGORY: Record<string, string> = {
  LAW_CHANGE: '法令・制度の改正',
  GOVERNMENT_NOTICE: '国からのお知らせ',
  TRAINING: '研修',
  EVENT: 'イベント',
  SURVEY_REQUEST: 'アンケート依頼',
  PORTAL_NOTICE: 'ポータルのお知らせ',
  OTHER: 'その他',
};
const STATUS: Record<string, string> = { RECEIVED: '受付済み', UNDER_REVIEW: '確認中', ADDRESSED: '対応済み' };

const quarter = (code: string | null | undefined) => (code && QUARTER_PATTERN.test(code) ? quarterLabel(code) : '');
const category = (code: string | null | undefined) => CATEGORY[code ?? ''] ?? 'その他';

const RENDER: Record<NotificationKind, (f: NotificationRow['facts']) => Rendered> = {
  URGENT_ANNOUNCEMENT: (f) => ({
    title: `【緊急】${category(f.category)}`,
    text: `緊急のお知らせ（${category(f.category)}）が公開されました。すぐにご確認ください。`,
    path: `/announcements/${f.announcementId}`,
  }),
  ANNOUNCEMENT: (f) => ({
    title: category(f.category),
    text: `お知らせ（${category(f.category)}）が公開されました。`,
    path: `/announcements/${f.announcementId}`,
  }),
  LAW_CHANGE_REMINDER: (f) => ({
    title: `${date(f.effectiveDate)}施行の法令・制度改正`,
    text: `${date(f.effectiveDate)}に施行される法令・制度の改正があります（施行の1週間前のお知らせです）。`,
    path: `/announcements/${f.announcementId}`,
  }),
  SURVEY_OPENED: (f) => ({
    title: 'アンケートへのご協力のお願い',
    text: `新しいアンケートが始まりました（締切: ${dateTime(f.closesAt)}）。`,
    path: `/surveys/${f.surveyId}`,
  }),
  SURVEY_CLOSING: (f) => ({
    title: 'アンケートの締切が近づいています',
    text: `ご回答いただいていないアンケートの締切が近づいています（締切: ${dateTime(f.closesAt)}）。`,
    path: `/surveys/${f.surveyId}`,
  }),
  STUDY_MEETING_TOMORROW: (f) => ({
    title: '明日は勉強会です',
    text: `お申し込みの勉強会は ${dateTime(f.startsAt)} に始まります。`,
    path: `/study-meetings/${f.studyMeetingId}`,
  }),
  FIELD_ISSUE_UPDATE: (f) => ({
    title: 'ご報告の現場の課題が更新されました',
    text:
      f.responded === 'true'
        ? `ご報告いただいた現場の課題に回答がありました（状況: ${STATUS[f.status ?? ''] ?? f.status}）。`
        : `ご報告いただいた現場の課題の状況が「${STATUS[f.status ?? ''] ?? f.status}」になりました。`,
    path: '/field-issues?mine=true',
  }),
  ...COLLABORATION_TEMPLATES,
  ...CERTIFICATION_TEMPLATES,
  ACTIVITY_REPORT_DUE: (f) => ({
    title: `${quarter(f.quarter)}の活動状況報告の提出期限が近づいています`,
    text: `${quarter(f.quarter)}の活動状況報告がまだ提出されていません。提出期限は${date(f.deadline)}です。`,
    path: `/activity-reports?quarter=${f.quarter}`,
  }),
};

export const render = (row: Pick<NotificationRow, 'kind' | 'facts'>): Rendered => RENDER[row.kind](row.facts);

export interface MailContent {
  subject: string;
  text: string;
  html: string;
  /** The one-click unsubscribe link (List-Unsubscribe) when every item is of one kind. */
  unsubscribe: string | null;
}

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * An e-mail of one notification or a digest of several: subject, plain text and HTML, each
 * item with its link and every kind with its unsubscribe link.
 */
export function composeMail(
  items: readonly Pick<NotificationRow, 'kind' | 'facts'>[],
  options: { portalUrl: string; unsubscribeUrl: (kind: NotificationKind) => string },
): MailContent {
  const rendered = items.map((item) => ({ kind: item.kind, ...render(item) }));
  const kinds = [...new Set(items.map((i) => i.kind))];
  const subject = rendered.length === 1 ? `[コーディネーターポータル] ${rendered[0]!.title}` : `[コーディネーターポータル] 本日のお知らせ（${rendered.length}件）`;
  const link = (path: string) => `${options.portalUrl}${path}`;
  const stop = kinds.map((kind) => ({ label: NOTIFICATION_KINDS[kind].label, url: options.unsubscribeUrl(kind) }));
  const text = [
    'コーディネーターポータルからのお知らせです。',
    '',
    ...rendered.flatMap((r) => [`■ ${r.title}`, r.text, link(r.path), '']),
    '――',
    '通知の設定はポータルの「通知設定」で変更できます。',
    ...stop.map((s) => `「${s.label}」のメールを停止する: ${s.url}`),
  ].join('\n');
  const html = [
    '<!doctype html><html lang="ja"><head><meta charset="utf-8"></head><body>',
    '<p>コーディネーターポータルからのお知らせです。</p>',
    ...rendered.map((r) => `<h2>${escapeHtml(r.title)}</h2><p>${escapeHtml(r.text)}</p><p><a href="${escapeHtml(link(r.path))}">ポータルで見る</a></p>`),
    '<hr><p>通知の設定はポータルの「通知設定」で変更できます。</p>',
    ...stop.map((s) => `<p><a href="${escapeHtml(s.url)}">「${escapeHtml(s.label)}」のメールを停止する</a></p>`),
    '</body></html>',
  ].join('\n');
  return { subject, text, html, unsubscribe: stop.length === 1 ? stop[0]!.url : null };
}
