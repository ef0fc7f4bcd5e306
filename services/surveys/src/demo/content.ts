import type { FieldIssueStatus } from '../db/schema';
import type { QuestionDraft } from '../questionnaire';

// What the demo surveys ask and what the demo field issues say: realistic, no personal data.

export const OPEN_SURVEY = {
  title: '令和8年度 活動状況アンケート',
  description: '活動状況と地域課題の把握のため、全修了者にお願いしています。所要時間は5分ほどです。',
  openedAt: new Date('2026-10-01T09:00:00+09:00'),
  closesAt: new Date('2027-03-31T23:59:59+09:00'),
  questions: [
    { kind: 'SINGLE_CHOICE', prompt: '主な勤務形態', required: true, options: ['地方公共団体', '国際交流協会', 'NPO', 'その他'] },
    { kind: 'MULTIPLE_CHOICE', prompt: '対応が難しかった分野', required: false, options: ['医療', '労働', '住宅', '教育'] },
    { kind: 'SCALE', prompt: '連携先の充足度（1: 足りない 〜 5: 十分）', required: true, scaleMin: 1, scaleMax: 5 },
    { kind: 'FREE_TEXT', prompt: '制度上の課題', required: false },
    { kind: 'PREFECTURE', prompt: '主に活動している都道府県（2つまで）', required: true, maxChoices: 2 },
    { kind: 'CONSULTATION_FIELD', prompt: '相談の多い分野（3つまで）', required: false, maxChoices: 3 },
  ] satisfies QuestionDraft[],
};

export const CLOSED_SURVEY = {
  title: '令和7年度 修了者フォローアップアンケート',
  description: '研修修了後の活動状況と、ポータルに期待する機能を伺いました。',
  openedAt: new Date('2025-11-04T09:00:00+09:00'),
  closesAt: new Date('2026-01-31T23:59:59+09:00'),
  closedAt: new Date('2026-02-02T10:00:00+09:00'),
  questions: [
    { kind: 'SINGLE_CHOICE', prompt: 'コーディネーターとして活動していますか', required: true, options: ['専任で活動している', '他の業務と兼務している', '活動していない'] },
    { kind: 'SCALE', prompt: '研修内容は現在の業務に役立っていますか（1〜5）', required: true, scaleMin: 1, scaleMax: 5 },
    { kind: 'CONSULTATION_FIELD', prompt: 'この1年で相談の多かった分野（3つまで）', required: false, maxChoices: 3 },
    { kind: 'MULTIPLE_CHOICE', prompt: 'ポータルに期待する機能', required: false, options: ['連携先の検索', '相談事例の共有', '国からのお知らせ', '事例研究会の案内'] },
    { kind: 'FREE_TEXT', prompt: '研修や制度へのご要望', required: false },
  ] satisfies QuestionDraft[],
};

/** Free-text answers of the closed survey; respondents without one leave the question blank. */
export const REQUESTS = [
  '医療通訳の派遣制度が自治体ごとに異なり、県境をまたぐ相談で調整に時間がかかる。',
  'フォローアップ研修をオンラインでも受講できるようにしてほしい。',
  '在留資格の変更手続について、最新の運用を共有する場がほしい。',
  '夜間・休日の相談に対応できる連携先が地域にほとんどない。',
  '子どもの就学に関する相談が増えており、教育委員会との連携方法を学びたい。',
  'やさしい日本語の資料をまとめて探せる場所がほしい。',
];

export interface DemoFieldIssue {
  /** Demo coordinator number of the reporter. */
  reporter: number;
  prefectureCode: string;
  fields: string[];
  category: string;
  description: string;
  reportedAt: string;
  status: FieldIssueStatus;
  publicResponse: string | null;
  respondedAt: string | null;
}

export const FIELD_ISSUES: DemoFieldIssue[] = [
  {
    reporter: 9, prefectureCode: '09', fields: ['MEDICAL'], category: 'PARTNER_SHORTAGE',
    description: '県北部にネパール語の医療通訳を派遣できる団体がない。救急搬送時は電話通訳に頼っているが、夜間はつながらないことが多い。',
    reportedAt: '2026-04-14T10:20:00+09:00', status: 'ADDRESSED',
    publicResponse: '県と協議し、令和8年度から夜間も利用できる電話・映像通訳の試行を県北部の2病院で始めました。利用状況を見て対象を広げます。',
    respondedAt: '2026-07-30T15:00:00+09:00',
  },
  {
    reporter: 13, prefectureCode: '13', fields: ['HOUSING'], category: 'INSTITUTIONAL_GAP',
    description: '外国籍であることを理由に賃貸の入居を断られる相談が続いている。保証会社の審査基準が分からず、支援側も説明できない。',
    reportedAt: '2026-05-08T14:05:00+09:00', status: 'UNDER_REVIEW',
    publicResponse: '国土交通省の住宅確保要配慮者向けの施策と合わせて検討しています。居住支援法人の一覧をポータルで案内する準備を進めています。',
    respondedAt: '2026-06-20T11:30:00+09:00',
  },
  {
    reporter: 23, prefectureCode: '23', fields: ['EMPLOYMENT', 'LEGAL'], category: 'INFORMATION_GAP',
    description: '技能実習から育成就労への移行について、受入れ企業にも本人にも情報が届いておらず、誤った説明が広まっている。',
    reportedAt: '2026-05-21T09:40:00+09:00', status: 'ADDRESSED',
    publicResponse: '制度移行の要点をまとめた多言語リーフレット（やさしい日本語・ベトナム語・インドネシア語ほか8言語）を作成し、お知らせで公開しました。',
    respondedAt: '2026-08-05T16:00:00+09:00',
  },
  {
    reporter: 27, prefectureCode: '27', fields: ['MENTAL_HEALTH'], category: 'PARTNER_SHORTAGE',
    description: '母語でカウンセリングを受けられる相談先がほぼなく、医療機関を紹介しても言葉の壁で継続しない。',
    reportedAt: '2026-06-02T16:15:00+09:00', status: 'UNDER_REVIEW',
    publicResponse: '多言語で対応できる精神保健の相談窓口を調査しています。結果は連携先一覧に反映します。',
    respondedAt: '2026-07-10T10:00:00+09:00',
  },
  {
    reporter: 40, prefectureCode: '40', fields: ['EDUCATION', 'CHILDCARE'], category: 'LANGUAGE_ACCESS',
    description: '就学案内や保育所の入所案内がやさしい日本語になっておらず、保護者が手続の期限を知らないまま過ぎてしまう。',
    reportedAt: '2026-06-18T13:00:00+09:00', status: 'RECEIVED', publicResponse: null, respondedAt: null,
  },
  {
    reporter: 1, prefectureCode: '01', fields: ['DISASTER'], category: 'INFORMATION_GAP',
    description: '大雪や地震の際の避難情報が多言語で出るまでに時間がかかる。観光客だけでなく住民向けの発信も必要。',
    reportedAt: '2026-07-03T08:50:00+09:00', status: 'RECEIVED', publicResponse: null, respondedAt: null,
  },
  {
    reporter: 47, prefectureCode: '47', fields: ['SOCIAL_INSURANCE', 'TAX'], category: 'INFORMATION_GAP',
    description: '帰国時の脱退一時金と住民税の手続について、相談が来てから調べることが多い。窓口向けの整理された資料がほしい。',
    reportedAt: '2026-07-15T11:10:00+09:00', status: 'ADDRESSED',
    publicResponse: '日本年金機構と調整し、脱退一時金と出国時の住民税の手続をまとめた相談員向け資料を作成しました。事例ライブラリに掲載しています。',
    respondedAt: '2026-09-12T14:20:00+09:00',
  },
  {
    reporter: 22, prefectureCode: '22', fields: ['VIOLENCE_ABUSE'], category: 'PARTNER_SHORTAGE',
    description: 'DV被害の相談で、一時保護に通訳が同行できる体制がない。民間シェルターも外国語対応が難しい。',
    reportedAt: '2026-08-01T17:30:00+09:00', status: 'UNDER_REVIEW',
    publicResponse: 'こども家庭庁・県の担当部署と共有しました。通訳同行の費用負担の扱いを含めて検討中です。',
    respondedAt: '2026-09-01T09:00:00+09:00',
  },
  {
    reporter: 34, prefectureCode: '34', fields: ['RESIDENCE'], category: 'INSTITUTIONAL_GAP',
    description: '在留期間更新の審査期間が長く、結果を待つ間に転職の相談が進められないケースがある。',
    reportedAt: '2026-08-19T10:45:00+09:00', status: 'RECEIVED', publicResponse: null, respondedAt: null,
  },
  {
    reporter: 15, prefectureCode: '15', fields: ['JAPANESE_LEARNING', 'DAILY_LIFE'], category: 'PARTNER_SHORTAGE',
    description: '山間部に日本語教室がなく、最寄りの教室まで車で1時間以上かかる。オンライン教室の情報もまとまっていない。',
    reportedAt: '2026-09-05T15:25:00+09:00', status: 'ADDRESSED',
    publicResponse: '文化庁の「つなひろ」掲載のオンライン日本語教室を連携先一覧に追加しました。地域日本語教育の補助事業についても県に情報提供しています。',
    respondedAt: '2026-10-20T13:00:00+09:00',
  },
  {
    reporter: 28, prefectureCode: '28', fields: ['WELFARE', 'MEDICAL'], category: 'LANGUAGE_ACCESS',
    description: '介護保険の申請書類と説明が日本語のみで、高齢の外国人住民の家族が手続を進められない。',
    reportedAt: '2026-10-09T09:15:00+09:00', status: 'RECEIVED', publicResponse: null, respondedAt: null,
  },
  {
    reporter: 43, prefectureCode: '43', fields: ['EMPLOYMENT'], category: 'OTHER',
    description: '半導体工場の増設で外国人労働者が急増しているが、生活相談の窓口が追いついていない。自治体間の広域連携の仕組みがほしい。',
    reportedAt: '2026-10-28T18:00:00+09:00', status: 'UNDER_REVIEW',
    publicResponse: '県と周辺市町の担当者による情報交換会を11月に開く予定です。結果はお知らせでお伝えします。',
    respondedAt: '2026-11-10T10:30:00+09:00',
  },
];
