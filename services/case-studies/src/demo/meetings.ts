import type { ConsultationField } from '@portal/platform';
import type { NewStudyMeeting } from '../store';

export interface DemoMeeting {
  meeting: Omit<NewStudyMeeting, 'organizerAccountId' | 'createdAt'>;
  /** The meeting discusses the first published demo cases of these fields. */
  caseFields: readonly ConsultationField[];
  caseCount: number;
  /** Demo coordinators 1 to this number hold a seat. */
  registered: number;
}

export const DEMO_ORGANIZER = 'demo|agency-admin';
export const DEMO_MEETINGS_CREATED_AT = new Date('2026-09-01T10:00:00+09:00');

// Fixed dates in 2027, ahead of today (2026-11-29), so a local run shows upcoming meetings;
// the first has already taken place, so that the upcoming filter has something to drop.
export const DEMO_MEETINGS: readonly DemoMeeting[] = [
  {
    meeting: {
      title: '第4回 事例研究会（在留手続）',
      description: '在留資格の変更・更新に関する相談事例を検討しました。',
      startsAt: new Date('2026-10-15T14:00:00+09:00'),
      endsAt: new Date('2026-10-15T16:00:00+09:00'),
      format: 'ONLINE',
      location: null,
      onlineUrl: 'https://meet.example.org/portal-study-04',
      capacity: 100,
    },
    caseFields: ['RESIDENCE'],
    caseCount: 2,
    registered: 45,
  },
  {
    meeting: {
      title: '第5回 事例研究会（労働分野）',
      description: '未払い賃金やハラスメントの相談事例を、労働基準監督署OBの講師とともに検討します。',
      startsAt: new Date('2027-01-20T13:00:00+09:00'),
      endsAt: new Date('2027-01-20T15:00:00+09:00'),
      format: 'HYBRID',
      location: '東京都千代田区 出入国在留管理庁 会議室',
      onlineUrl: 'https://meet.example.org/portal-study-05',
      capacity: 40,
    },
    caseFields: ['EMPLOYMENT'],
    caseCount: 3,
    registered: 12,
  },
  {
    meeting: {
      title: '医療・福祉分野の事例研究会',
      description: '医療通訳の手配と福祉制度へのつなぎ方について、参加者の事例を持ち寄って話し合います。',
      startsAt: new Date('2027-02-17T18:30:00+09:00'),
      endsAt: new Date('2027-02-17T20:00:00+09:00'),
      format: 'ONLINE',
      location: null,
      onlineUrl: 'https://meet.example.org/portal-study-medical',
      capacity: 100,
    },
    caseFields: ['MEDICAL', 'WELFARE'],
    caseCount: 3,
    registered: 30,
  },
  {
    meeting: {
      title: '地域課題への対応事例を学ぶ研究会（近畿ブロック）',
      description: '住まいと防災の地域課題について、近畿の取組を現地で学びます。',
      startsAt: new Date('2027-03-10T13:30:00+09:00'),
      endsAt: new Date('2027-03-10T16:30:00+09:00'),
      format: 'IN_PERSON',
      location: '大阪府大阪市 国際交流センター 会議室',
      onlineUrl: null,
      capacity: 30,
    },
    caseFields: ['HOUSING', 'DISASTER'],
    caseCount: 2,
    registered: 8,
  },
];
