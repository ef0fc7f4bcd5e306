import { CONSULTATION_FIELD_VALUES, PREFECTURE_CODES, prefectureName, type ConsultationField, type PrefectureCode } from '@portal/platform';
import { searchColumns } from '../case-studies';
import type { CaseStudyKind, CaseStudyStatus } from '../db/schema';
import type { NewCaseStudy } from '../store';
import { AGE_GROUPS, FIELD_MATERIAL, LESSONS, ORIGINS, TRANSFER_TIPS } from './texts';

/** The account of demo coordinator n (from 1), as the directory's demo data names them. */
export const demoAccountId = (n: number) => `demo|c-${String(n).padStart(4, '0')}`;
const DEMO_COORDINATORS = 320;

/** A well-mixed 32-bit number from (n, salt): demo choices that are the same on every run. */
function mix(n: number, salt: number): number {
  let h = Math.imul(n ^ Math.imul(salt, 0x27d4eb2d), 0x9e3779b1);
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}
const choose = <T>(list: readonly T[], n: number, salt: number): T => list[mix(n, salt) % list.length]!;

const KINDS: readonly CaseStudyKind[] = ['CONSULTATION', 'CONSULTATION', 'REGIONAL_ISSUE', 'ADVANCED_PRACTICE'];

// Publication dates are fixed, not relative to today, so the data is the same on every run.
const MINUTE = 60_000;
const DAY = 1_440 * MINUTE;
const FIRST_PUBLICATION_DAY = Date.parse('2025-04-01T00:00:00+09:00');
const PUBLICATION_DAYS = (Date.parse('2026-11-20T00:00:00+09:00') - FIRST_PUBLICATION_DAY) / DAY;

/** Most cases are published; a few are on their way or were set aside, so every status appears. */
function statusOf(n: number): CaseStudyStatus {
  if (n % 97 === 50) return 'ARCHIVED';
  if (n % 60 === 33) return 'REJECTED';
  if (n % 40 === 7) return 'DRAFT';
  if (n % 40 === 19) return 'SUBMITTED';
  return 'PUBLISHED';
}

interface Content {
  title: string;
  summary: string;
  body: string;
}

function consultation(n: number, field: ConsultationField, place: string, variant: number): Content {
  const c = FIELD_MATERIAL[field].consultations[variant % FIELD_MATERIAL[field].consultations.length]!;
  const origin = choose(c.origins ?? ORIGINS, n, 4);
  const ages = c.ages === undefined ? AGE_GROUPS : c.ages;
  const person = [origin, ages && choose(ages, n, 5), c.who].filter(Boolean).join('の');
  return {
    title: `${origin}の${c.who}の${c.topic}に関する相談を${c.partner}につないだ事例`,
    summary: `${place}で${person}から${c.topic}について相談を受け、${c.partner}と連携して対応した。${c.outcome}`,
    body: [
      '【相談の概要】',
      `${place}に住む${person}から相談を受けた。${c.situation}`,
      '【対応】',
      c.response,
      '【結果】',
      c.outcome,
      '【振り返り】',
      choose(LESSONS, n, 6),
    ].join('\n'),
  };
}

function regionalIssue(field: ConsultationField, place: string): Content {
  const r = FIELD_MATERIAL[field].regionalIssue;
  return {
    title: `${place}における${r.issue}への対応`,
    summary: `${r.background.split('。')[0]}。${r.response}`,
    body: ['【地域の課題】', r.background, '【取組】', r.response, '【成果と残る課題】', r.outcome, '財源と担い手の確保が今後の課題である。'].join('\n'),
  };
}

function practice(n: number, field: ConsultationField, place: string): Content {
  const p = FIELD_MATERIAL[field].practice;
  return {
    title: `${p.practice}の取組（${place}）`,
    summary: `${p.outline}${p.outcome}`,
    body: ['【取組の概要】', p.outline, '【工夫した点】', p.ingenuity, '【成果】', p.outcome, '【他地域で実施する際のポイント】', choose(TRANSFER_TIPS, n, 7)].join('\n'),
  };
}

interface Plan {
  authorNumber: number;
  field: ConsultationField;
  kind: CaseStudyKind;
  variant: number;
}

// The directory's demo coordinator n ≤ 47 lives in PREFECTURE_CODES[n - 1].
const HOME_PREFECTURES = PREFECTURE_CODES.length;
const livingIn = (prefectureCode: PrefectureCode) => PREFECTURE_CODES.indexOf(prefectureCode) + 1;

// The first cases are chosen so that the contract's example searches find something.
const FEATURED: readonly Plan[] = [
  { authorNumber: livingIn('23'), field: 'EMPLOYMENT', kind: 'CONSULTATION', variant: 0 },
  { authorNumber: livingIn('13'), field: 'MEDICAL', kind: 'REGIONAL_ISSUE', variant: 0 },
  { authorNumber: livingIn('22'), field: 'DISASTER', kind: 'ADVANCED_PRACTICE', variant: 0 },
  { authorNumber: livingIn('27'), field: 'HOUSING', kind: 'CONSULTATION', variant: 0 },
];

function planOf(n: number): Plan {
  return (
    FEATURED[n - 1] ?? {
      authorNumber:
        mix(n, 1) % 3 === 0 ? HOME_PREFECTURES + 1 + (mix(n, 2) % (DEMO_COORDINATORS - HOME_PREFECTURES)) : 1 + (mix(n, 2) % HOME_PREFECTURES),
      field: CONSULTATION_FIELD_VALUES[(n - 1) % CONSULTATION_FIELD_VALUES.length]!,
      kind: choose(KINDS, n, 9),
      variant: mix(n, 3),
    }
  );
}

/**
 * Demo case study n (from 1), the same whatever the count it is generated with. Two in
 * three are written by demo coordinators 1–47 about the prefecture they live in.
 */
export function demoCaseStudy(n: number): NewCaseStudy {
  const { authorNumber, field, kind, variant } = planOf(n);
  const prefectureCode = authorNumber <= HOME_PREFECTURES ? PREFECTURE_CODES[authorNumber - 1]! : choose(PREFECTURE_CODES, n, 8);
  const place = prefectureName(prefectureCode);
  const content =
    kind === 'CONSULTATION'
      ? consultation(n, field, place, variant)
      : kind === 'REGIONAL_ISSUE'
        ? regionalIssue(field, place)
        : practice(n, field, place);
  const secondField = choose(CONSULTATION_FIELD_VALUES, n, 10);
  const status = statusOf(n);

  // Reviewers publish on working hours, Japan time.
  const publicationDay = FIRST_PUBLICATION_DAY + (mix(n, 11) % PUBLICATION_DAYS) * DAY;
  const publishedAt = new Date(publicationDay + (9 * 60 + (mix(n, 15) % (9 * 60))) * MINUTE);
  const submittedAt = new Date(publishedAt.getTime() - (1 + (mix(n, 12) % 5)) * DAY);
  const createdAt = new Date(submittedAt.getTime() - (3 + (mix(n, 13) % 20)) * DAY);
  const reviewed = status === 'PUBLISHED' || status === 'ARCHIVED';
  return {
    authorAccountId: demoAccountId(authorNumber),
    kind,
    ...content,
    fields: secondField === field || mix(n, 14) % 2 === 0 ? [field] : [field, secondField],
    prefectureCode,
    status,
    reviewerNote: status === 'REJECTED' ? '勤務先や地域の行事名から本人が特定されるおそれがあります。該当箇所を一般的な表現に改めてください。' : null,
    piiFindings: [],
    createdAt,
    updatedAt: status === 'DRAFT' ? createdAt : reviewed ? publishedAt : submittedAt,
    submittedAt: status === 'DRAFT' ? null : submittedAt,
    publishedAt: reviewed ? publishedAt : null,
    sortAt: reviewed ? publishedAt : createdAt,
    ...searchColumns(content),
  };
}

/** Demo case studies 1 to count (also the benchmark's data, e.g. 20,000). */
export function demoCaseStudies(count: number): NewCaseStudy[] {
  return Array.from({ length: count }, (_, i) => demoCaseStudy(i + 1));
}
