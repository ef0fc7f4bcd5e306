import { PREFECTURE_CODES, PREFECTURES, todayInJapan, type PrefectureCode } from '@portal/platform';
import type { PartnerStatus, ScheduleRow, ServiceAreaRow, ServiceRow } from '../db/schema';
import { derivedColumns, type PartnerDocument } from '../document';
import { documentChanges, type FieldChange } from '../history';
import type { NewChange, NewEndorsement, NewPartner } from '../store';
import { GROUP_WORDS, LOCAL_GROUP_KINDS, NATIONWIDE_TEMPLATES, OTHER_LANGUAGES, PREFECTURE_TEMPLATES, type OrganisationTemplate, type ServiceTemplate } from './catalogue';
import { chance, demoUuid, digits, fraction, pick } from './choose';
import { DEMO_COVERAGE_GAPS, withoutGaps } from './gaps';
import { DEMO_PLACES, LATIN_AMERICAN_COMMUNITIES } from './places';

/** The account of demo coordinator n, as the coordinators service's demo data names them. */
export const demoAccountId = (n: number) => `demo|c-${String(n).padStart(4, '0')}`;
/** Demo coordinators 1 to 320 propose and endorse demo partners. */
const DEMO_COORDINATOR_COUNT = 320;
/** The agency admin who reviewed the demo proposals. */
export const DEMO_REVIEWER = 'demo|agency-admin';

export interface DemoPartner {
  partner: NewPartner;
  endorsements: NewEndorsement[];
  changes: NewChange[];
}

// Dates are fixed, not relative to today, so that the data is the same on every run.
const DAY = 86_400_000;
const FIRST_PROPOSAL = Date.parse('2024-04-01T01:00:00Z');
const LAST_REVIEW = Date.parse('2026-10-15T01:00:00Z');
const PENDING_SINCE = Date.parse('2026-10-20T01:00:00Z');
const LATEST = Date.parse('2026-11-20T01:00:00Z');

const APPROVAL_NOTES = ['所在地と連絡先を確認済み', '団体のウェブサイトと活動実績を確認済み', '電話で対応言語を確認済み', null];
const REJECTION_NOTES = ['同一の団体が既に登録されているため', '活動の実態を確認できなかったため', '営利目的の有料サービスのため対象外'];
const ARCHIVE_NOTES = ['団体の解散を確認したため', '相談窓口が廃止されたため'];

// Object.keys puts integer-like keys ("10"–"47") before "01"–"09": sorted, Hokkaido comes first.
const PREFECTURES_IN_ORDER = [...PREFECTURE_CODES].sort();

/** Each prefecture's organisations, except those that would close a gap: demo partners after the nationwide ones. */
const PREFECTURE_PLAN = PREFECTURES_IN_ORDER.flatMap((code) =>
  PREFECTURE_TEMPLATES.filter((template) => !onlyGapFields(template, code)).map((template) => ({ code, template })),
);

/** Towns that extra local groups are in. */
const TOWNS = PREFECTURES_IN_ORDER.flatMap((code) => DEMO_PLACES[code].municipalities.map((municipality) => ({ code, municipality })));
const GROUP_NAMES = TOWNS.length * LOCAL_GROUP_KINDS.length * GROUP_WORDS.length;
// Walks the town × kind × word combinations in a scattered order that visits each once (a
// prime stride, coprime to their number); 8009 = 240·33 + 89 changes kind, word and town at every step.
const GROUP_STRIDE = 8009;

function onlyGapFields(template: OrganisationTemplate, code: PrefectureCode): boolean {
  return template.services.every((s) =>
    s.fields.every((field) => DEMO_COVERAGE_GAPS.some((gap) => gap.prefectureCode === code && gap.field === field && !gap.language)),
  );
}

/** Demo partners 1 to count. */
export function demoPartners(count: number): DemoPartner[] {
  return Array.from({ length: count }, (_, i) => demoPartner(i + 1));
}

/**
 * Demo partner n, the same whatever the count it is generated with: first the nationwide
 * and remote services, then one of each kind of organisation per prefecture (every field
 * everywhere but the gaps), then local groups in towns with unique names.
 */
export function demoPartner(n: number): DemoPartner {
  const index = n - 1;
  const draft =
    index < NATIONWIDE_TEMPLATES.length
      ? nationwidePartner(n, index)
      : index < NATIONWIDE_TEMPLATES.length + PREFECTURE_PLAN.length
        ? prefecturePartner(n, PREFECTURE_PLAN[index - NATIONWIDE_TEMPLATES.length]!)
        : localGroup(n, index - NATIONWIDE_TEMPLATES.length - PREFECTURE_PLAN.length);
  const document = withoutGaps(draft.document);
  if (!document) throw new Error(`demo partner ${n} has nothing left once the coverage gaps are kept open`);
  return withWorkflow(n, document, draft.listed);
}

interface Draft {
  document: PartnerDocument;
  /** Organisations that coordinators rely on are approved; local groups go through every status. */
  listed: boolean;
}

/** A made-up landline number with a three-digit area code, e.g. 028-123-4567. */
const phoneNumber = (...parts: (string | number)[]) =>
  `0${2 + Math.floor(fraction(...parts, 'area') * 8)}${digits(1, ...parts, 'area')}-${digits(3, ...parts, 'a')}-${digits(4, ...parts, 'b')}`;

/** Japanese, English and `count` more, likelier where their speakers live. */
function languagesFor(code: PrefectureCode, count: number, ...parts: (string | number)[]): string[] {
  const latin = LATIN_AMERICAN_COMMUNITIES.includes(code);
  const weight: Record<(typeof OTHER_LANGUAGES)[number], number> = {
    zh: 3, vi: 3, ko: 2, fil: 2, ne: 2, pt: latin ? 5 : 1, es: latin ? 3 : 0.6, id: 1, th: 0.7, my: 0.7,
  };
  // Weighted sampling without replacement: the largest u^(1/w) win.
  const chosen = [...OTHER_LANGUAGES]
    .map((tag) => ({ tag, key: fraction(...parts, 'language', tag) ** (1 / weight[tag]) }))
    .sort((a, b) => b.key - a.key)
    .slice(0, count)
    .map((l) => l.tag);
  return ['ja', 'en', ...OTHER_LANGUAGES.filter((tag) => chosen.includes(tag))];
}

function service(
  template: ServiceTemplate,
  id: string,
  areas: ServiceAreaRow[],
  languages: string[],
  contact: { email: string; website: string; phone: string },
): ServiceRow {
  const phone = { number: contact.phone, extension: null, type: 'VOICE' as const, description: null, languages };
  return {
    id,
    name: template.name,
    description: template.description,
    url: contact.website,
    email: contact.email,
    fields: template.fields,
    languages,
    serviceAreas: areas,
    phones: [phone],
    contacts: template.department ? [{ name: null, title: null, department: template.department, email: contact.email, phones: [phone] }] : [],
    schedules: template.schedules.map((s: ScheduleRow) => ({ ...s, byDay: [...s.byDay] })),
  };
}

function nationwidePartner(n: number, index: number): Draft {
  const template = NATIONWIDE_TEMPLATES[index]!;
  const phone = `0120-${digits(3, n, 'free')}-${digits(3, n, 'dial')}`;
  const email = `soudan@${new URL(template.website).hostname}`;
  const areas: ServiceAreaRow[] = [{ scope: template.scope, prefectureCode: null, municipality: null }];
  return {
    listed: true,
    document: {
      name: template.name,
      description: template.description,
      legalStatus: template.legalStatus,
      email,
      website: template.website,
      phone,
      services: template.services.map((s, i) => service({ ...s, otherLanguages: 0 }, demoUuid('partner', n, 'service', i), areas, s.languages, { email, website: template.website, phone })),
    },
  };
}

function prefecturePartner(n: number, { code, template }: { code: PrefectureCode; template: OrganisationTemplate }): Draft {
  const place = DEMO_PLACES[code];
  const capital = place.municipalities[0];
  const website = `https://${template.key}-${code}.example.jp`;
  const email = `soudan@${template.key}-${code}.example.jp`;
  const phone = phoneNumber(n);
  const area: ServiceAreaRow = { scope: 'PREFECTURE', prefectureCode: code, municipality: template.serves === 'MUNICIPALITY' ? capital : null };
  return {
    listed: true,
    document: {
      name: template.name({ prefecture: PREFECTURES[code], short: place.short, municipality: capital }),
      description: template.description,
      legalStatus: template.legalStatus,
      email,
      website,
      phone,
      services: template.services.map((s, i) =>
        service(s, demoUuid('partner', n, 'service', i), [area], languagesFor(code, s.otherLanguages, n, i), { email, website, phone }),
      ),
    },
  };
}

/** The e-th local group (from 0): each town × kind × word once, then again with a number. */
function localGroup(n: number, e: number): Draft {
  const slot = (e * GROUP_STRIDE) % GROUP_NAMES;
  const round = Math.floor(e / GROUP_NAMES);
  const kind = LOCAL_GROUP_KINDS[slot % LOCAL_GROUP_KINDS.length]!;
  const word = GROUP_WORDS[Math.floor(slot / LOCAL_GROUP_KINDS.length) % GROUP_WORDS.length]!;
  const town = TOWNS[Math.floor(slot / (GROUP_WORDS.length * LOCAL_GROUP_KINDS.length))]!;
  const name = `${kind.prefix}${town.municipality}${word}${kind.suffix}${round > 0 ? ` ${round + 1}` : ''}`;
  const website = `https://group-${e + 1}.example.jp`;
  const email = `info@group-${e + 1}.example.jp`;
  const phone = phoneNumber(n);
  const area: ServiceAreaRow = { scope: 'PREFECTURE', prefectureCode: town.code, municipality: town.municipality };
  return {
    listed: false,
    document: {
      name,
      description: kind.description,
      legalStatus: kind.legalStatus,
      email,
      website: chance(0.7, n, 'website') ? website : null,
      phone,
      services: [service(kind, demoUuid('partner', n, 'service', 0), [area], languagesFor(town.code, kind.otherLanguages, n), { email, website, phone })],
    },
  };
}

/** Where a partner is in the workflow: a few local groups await review, were rejected or archived. */
function statusOf(n: number, listed: boolean): PartnerStatus {
  if (listed) return 'APPROVED';
  const x = fraction(n, 'status');
  return x < 0.03 ? 'PROPOSED' : x < 0.045 ? 'REJECTED' : x < 0.06 ? 'ARCHIVED' : 'APPROVED';
}

const between = (from: number, to: number, ...parts: (string | number)[]) => new Date(from + Math.floor(fraction(...parts) * (to - from)));

function withWorkflow(n: number, document: PartnerDocument, listed: boolean): DemoPartner {
  const id = demoUuid('partner', n);
  const status = statusOf(n, listed);
  const proposedBy = demoAccountId(1 + Math.floor(fraction(n, 'proposer') * DEMO_COORDINATOR_COUNT));
  const createdAt = status === 'PROPOSED' ? between(PENDING_SINCE, LATEST, n, 'proposed') : between(FIRST_PROPOSAL, LAST_REVIEW - 30 * DAY, n, 'proposed');
  const reviewedAt = status === 'PROPOSED' ? null : new Date(createdAt.getTime() + Math.floor((1 + fraction(n, 'review') * 20) * DAY));
  const archivedAt = status === 'ARCHIVED' ? between(reviewedAt!.getTime() + DAY, LATEST, n, 'archived') : null;
  const approved = status === 'APPROVED' || status === 'ARCHIVED';
  const reviewNoteAtReview = status === 'REJECTED' ? pick(REJECTION_NOTES, n, 'note') : reviewedAt ? pick(APPROVAL_NOTES, n, 'note') : null;
  const archiveNote = status === 'ARCHIVED' ? pick(ARCHIVE_NOTES, n, 'archive note') : null;
  const assuredDate = approved ? todayInJapan(reviewedAt!) : null;

  const history = (changedAt: Date, changedBy: string, action: NewChange['action'], changes: FieldChange[]) =>
    changes.map((c) => ({ partnerId: id, changedAt, changedBy, action, ...c }));
  const changes: NewChange[] = [
    ...history(createdAt, proposedBy, 'PROPOSE', [{ field: 'status', previousValue: null, replacementValue: 'PROPOSED' }, ...documentChanges(null, document)]),
    ...(reviewedAt
      ? history(reviewedAt, DEMO_REVIEWER, approved ? 'APPROVE' : 'REJECT', [
          { field: 'status', previousValue: 'PROPOSED', replacementValue: approved ? 'APPROVED' : 'REJECTED' },
          ...(reviewNoteAtReview ? [{ field: 'reviewNote', previousValue: null, replacementValue: reviewNoteAtReview }] : []),
          ...(assuredDate ? [{ field: 'assuredDate', previousValue: null, replacementValue: assuredDate }] : []),
        ])
      : []),
    ...(archivedAt
      ? history(archivedAt, DEMO_REVIEWER, 'ARCHIVE', [
          { field: 'status', previousValue: 'APPROVED', replacementValue: 'ARCHIVED' },
          { field: 'reviewNote', previousValue: reviewNoteAtReview, replacementValue: archiveNote },
        ])
      : []),
  ];

  // Coordinators vouch for approved partners they have worked with: most for a few, some for none.
  const endorsers = approved
    ? [...new Set(Array.from({ length: Math.floor(fraction(n, 'endorsements') ** 1.6 * 6) }, (_, i) => 1 + Math.floor(fraction(n, 'endorser', i) * DEMO_COORDINATOR_COUNT)))]
    : [];
  const endorsements = endorsers.map((k, i) => ({
    partnerId: id,
    accountId: demoAccountId(k),
    createdAt: new Date(Math.min(reviewedAt!.getTime() + (i + 1) * 5 * DAY, LATEST)),
  }));

  return {
    partner: {
      id,
      ...document,
      ...derivedColumns(document),
      status,
      proposedBy,
      reviewNote: archiveNote ?? reviewNoteAtReview,
      reviewedBy: reviewedAt ? DEMO_REVIEWER : null,
      reviewedAt,
      assuredDate,
      createdAt,
      lastModified: archivedAt ?? reviewedAt ?? createdAt,
    },
    endorsements,
    changes,
  };
}
