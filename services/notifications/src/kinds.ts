/**
 * What members are told. Each kind is one entry: its Japanese name (subjects, the inbox),
 * whether e-mail is on by default and whether it waits for the daily digest. Adding a kind
 * is one entry here, one template and one rule (rules.ts).
 */
export const NOTIFICATION_KINDS = {
  URGENT_ANNOUNCEMENT: { label: '緊急のお知らせ', emailByDefault: true, digest: false },
  ANNOUNCEMENT: { label: 'お知らせ', emailByDefault: true, digest: true },
  LAW_CHANGE_REMINDER: { label: '法令・制度改正の施行前のお知らせ', emailByDefault: true, digest: false },
  SURVEY_OPENED: { label: 'アンケートのご依頼', emailByDefault: true, digest: false },
  SURVEY_CLOSING: { label: 'アンケート締切のお知らせ', emailByDefault: true, digest: false },
  STUDY_MEETING_TOMORROW: { label: '勉強会の前日のお知らせ', emailByDefault: true, digest: false },
  FIELD_ISSUE_UPDATE: { label: '現場の課題への回答', emailByDefault: true, digest: false },
  REFERRAL_RECEIVED: { label: '広域連携の依頼', emailByDefault: true, digest: false },
  REFERRAL_UPDATE: { label: '送った広域連携の依頼の状況', emailByDefault: true, digest: false },
  CONSULTATION_ANSWERED: { label: '相談掲示板のご質問への回答', emailByDefault: true, digest: false },
  CONSULTATION_SOLVING_ANSWER: { label: '相談掲示板で解決につながった回答', emailByDefault: true, digest: true },
  CERTIFICATION_EXPIRING: { label: '認定の有効期限のお知らせ', emailByDefault: true, digest: false },
  ACTIVITY_REPORT_DUE: { label: '活動状況報告の提出期限のお知らせ', emailByDefault: true, digest: false },
} as const;

export type NotificationKind = keyof typeof NOTIFICATION_KINDS;
export const KIND_NAMES = Object.keys(NOTIFICATION_KINDS) as NotificationKind[];
export const isKind = (value: string): value is NotificationKind => value in NOTIFICATION_KINDS;

/** 8:00 Japan time: before the working day. */
export const DEFAULT_DIGEST_HOUR = 8;
