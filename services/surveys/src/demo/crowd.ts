import { PREFECTURE_CODES } from '@portal/platform';
import { FIELD_ISSUES, type DemoFieldIssue } from './content';

// The many of the demo: enough respondents and reporters that most dashboard cells stand on
// k + 1 people or more, with a few small groups left in on purpose so that protected cells
// (and the cells withheld beside them) show too.

/**
 * Demo coordinator n's home prefecture: the coordinators' demo deals its first 1,504 to the
 * prefectures in turn (n = 1 Hokkaido, 47 Okinawa, 48 Hokkaido again).
 */
export const demoHomePrefecture = (n: number) => PREFECTURE_CODES[(n - 1) % PREFECTURE_CODES.length]!;
/** Demo coordinator `round` of the prefecture at `index` (from 0) in PREFECTURE_CODES. */
const coordinatorOf = (index: number, round: number) => index + 1 + PREFECTURE_CODES.length * round;

/** Deliberately few respondents: Tottori and Shimane (their region's remainder is large enough), and Kochi (one more in Shikoku is withheld beside it). */
const FEW_RESPONDENTS: Record<string, number> = { '31': 3, '32': 4, '39': 2 };

/** Who answered last year's survey: 7 to 14 coordinators of each prefecture, a few of them fewer. */
export function closedSurveyRespondents(): number[] {
  return PREFECTURE_CODES.flatMap((code, index) => {
    const count = FEW_RESPONDENTS[code] ?? 7 + ((index * 5) % 8);
    return Array.from({ length: count }, (_, round) => coordinatorOf(index, round));
  });
}

/** What the crowd reports, by field and category; each prefecture reports two of them every fiscal year. */
const TOPICS = [
  { fields: ['MEDICAL'], category: 'PARTNER_SHORTAGE', description: '医療通訳を頼める連携先が地域に足りず、受診の付き添いを相談員が担っている。' },
  { fields: ['RESIDENCE'], category: 'INFORMATION_GAP', description: '在留手続の運用の変更が現場に届くまで時間がかかり、古い情報で案内してしまうことがある。' },
  { fields: ['EMPLOYMENT'], category: 'LANGUAGE_ACCESS', description: '労働条件の説明が日本語だけで行われ、本人が内容を理解しないまま契約している例がある。' },
  { fields: ['HOUSING'], category: 'INSTITUTIONAL_GAP', description: '保証人を立てられない外国人住民が入居できる住宅が少なく、公的な支援の仕組みもない。' },
  { fields: ['CHILDCARE'], category: 'LANGUAGE_ACCESS', description: '乳幼児健診や保育所の案内が多言語になっておらず、保護者が手続を知らないままになっている。' },
  { fields: ['DAILY_LIFE'], category: 'INFORMATION_GAP', description: 'ごみの出し方や防災情報など生活の基本情報が、転入した外国人住民に届いていない。' },
] as const;
/**
 * Small groups on purpose, in the fiscal year 2025: a rare topic reported by two to four
 * people in each of eight prefectures, and partner shortages in medicine reported by two in
 * two prefectures that otherwise report none. Their cells are protected, and so are the
 * cells withheld beside them.
 */
const SMALL_GROUPS = [
  {
    topic: { fields: ['VIOLENCE_ABUSE'], category: 'INSTITUTIONAL_GAP', description: '被害を受けた外国人住民が一時的に身を寄せられる場所が地域になく、通訳の手配も難しい。' },
    reporters: { '05': 2, '06': 3, '18': 4, '29': 2, '31': 3, '36': 3, '39': 3, '41': 2 } as Record<string, number>,
  },
  { topic: TOPICS[0], reporters: { '02': 2, '47': 2 } as Record<string, number> },
];
/** Rounds of a prefecture's demo coordinators the small groups take theirs from (the topics take 1–14). */
const SMALL_GROUP_ROUNDS = 16;

const REPORTERS_PER_CELL = 7;
/** Fiscal years (April–March) the crowd reported in, each with all twelve months. */
const CROWD_YEARS = [2024, 2025];

const reportedIn = (fiscalYear: number, month: number, day: number) => {
  const date = new Date(Date.UTC(fiscalYear, 3 + month, 1 + (day % 27), 1, 30));
  return date.toISOString();
};

const reportOf = (reporter: number, prefectureCode: string, topic: { fields: readonly string[]; category: string; description: string }, reportedAt: string): DemoFieldIssue => ({
  reporter,
  prefectureCode,
  fields: [...topic.fields],
  category: topic.category,
  description: topic.description,
  reportedAt,
  status: 'RECEIVED',
  publicResponse: null,
  respondedAt: null,
});

/**
 * The crowd's field issues, in the order they were reported: in each of the fiscal years
 * 2024 and 2025, seven coordinators of every prefecture report each of its two topics, spread
 * over the year's months so that every month of a topic has k + 1 reporters nationally; the
 * small groups; and for each of the demo's written
 * reports, seven coordinators elsewhere who report the same that month.
 */
export function crowdFieldIssues(): DemoFieldIssue[] {
  const reports: DemoFieldIssue[] = [];
  for (const fiscalYear of CROWD_YEARS) {
    const perTopic = new Map<number, number>();
    PREFECTURE_CODES.forEach((code, index) => {
      [index % 3, 3 + (index % 3)].forEach((topic, slot) => {
        for (let j = 0; j < REPORTERS_PER_CELL; j++) {
          const seen = perTopic.get(topic) ?? 0;
          perTopic.set(topic, seen + 1);
          reports.push(reportOf(coordinatorOf(index, 1 + slot * REPORTERS_PER_CELL + j), code, TOPICS[topic]!, reportedIn(fiscalYear, seen % 12, index + j)));
        }
      });
    });
    if (fiscalYear === 2025) {
      SMALL_GROUPS.forEach(({ topic, reporters }, group) => {
        for (const [code, count] of Object.entries(reporters)) {
          const index = PREFECTURE_CODES.indexOf(code as (typeof PREFECTURE_CODES)[number]);
          for (let j = 0; j < count; j++) reports.push(reportOf(coordinatorOf(index, SMALL_GROUP_ROUNDS + group * 4 + j), code, topic, reportedIn(fiscalYear, (index + j * 5) % 12, j)));
        }
      });
    }
  }
  FIELD_ISSUES.forEach((issue, q) => {
    for (let e = 0; e < REPORTERS_PER_CELL; e++) {
      const index = (q * REPORTERS_PER_CELL + e) % PREFECTURE_CODES.length;
      const at = new Date(new Date(issue.reportedAt).getTime() + (e + 1) * 3_600_000).toISOString();
      reports.push(reportOf(coordinatorOf(index, 24 + e), PREFECTURE_CODES[index]!, issue, at));
    }
  });
  return reports.sort((a, b) => a.reportedAt.localeCompare(b.reportedAt));
}
