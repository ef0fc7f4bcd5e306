import { CONSULTATION_FIELD_VALUES, PREFECTURE_CODES, PREFECTURES, type ConsultationField, type PrefectureCode } from '@portal/platform';
import type { ActivityRegionRow, LanguageSkillRow } from '../db/schema';
import { certificateValidUntil, derivedColumns, type ProfileContent } from '../profile';
import type { NewCoordinator } from '../store';
import { JAPANESE_FAMILY_NAMES, JAPANESE_GIVEN_NAMES, LANGUAGE_NAMES, LEARNED_LANGUAGES, ORIGINS, type Origin } from './names';
import { PREFECTURE_FACTS } from './places';
import { randomFor, type Random } from './random';
import { FIELD_SENTENCES, FIELD_WEIGHTS, FIELD_WORDS, NPO_NAMES, QUALIFICATIONS_BY_FIELD } from './texts';

/** The account of demo coordinator n (from 1); other services' demo data refers to coordinators by it. */
export const demoAccountId = (n: number) => `demo|c-${String(n).padStart(4, '0')}`;

/** Demo coordinators 1 to count; every prefecture has one as soon as count reaches 47. */
export function demoCoordinators(count: number): NewCoordinator[] {
  return Array.from({ length: count }, (_, i) => demoCoordinator(i + 1));
}

// Issue dates are fixed, not relative to today, so that the data is the same on every run.
// The 2022 and 2023 cohorts are therefore expired (from October 2026): they are kept small,
// and with the few suspensions about 3 % of the directory is not listed.
const COHORTS = [
  { year: 2022, weight: 0.7 },
  { year: 2023, weight: 1.3 },
  { year: 2024, weight: 28 },
  { year: 2025, weight: 33 },
  { year: 2026, weight: 37 },
] as const;
const issuedAtOf = (year: number) => new Date(`${year}-10-01T10:00:00+09:00`);

/** The first coordinators are the ones other demo data refers to: always listed. */
const ALWAYS_LISTED = 50;
const STATUS_WEIGHTS = { ACTIVE: 98.8, SUSPENDED: 1, REVOKED: 0.2 } as const;
/** Most coordinators name two fields of deep expertise; few name four. */
const FIELD_COUNT_WEIGHTS = [0, 3, 4, 3, 1];

/**
 * The demo's coordinators (npm start) are dealt to the prefectures in turn, 32 each, so that
 * every prefecture's dashboard cells stand on enough people; larger directories (the
 * benchmarks') add coordinators where people live.
 */
export const DEALT_COORDINATORS = 32 * PREFECTURE_CODES.length;
/** Coordinators other demo data names one by one keep the profiles it was written for. */
const NAMED_COORDINATORS = 320;

/** Demo coordinator n, the same whatever the count it is generated with. */
export function demoCoordinator(n: number): NewCoordinator {
  const r = randomFor(n);
  const origin = r.chance(0.25) ? r.weighted(ORIGINS, (o) => o.weight) : null;
  // Drawn beyond the first 47 even when dealt, so that the rest of each profile stays as it was.
  const drawn = n > PREFECTURE_CODES.length ? homePrefecture(r, origin) : demoHomePrefecture(n);
  const home = n <= DEALT_COORDINATORS ? demoHomePrefecture(n) : drawn;
  const activityRegions = regionsAround(r, home);
  const fields = r.sample(CONSULTATION_FIELD_VALUES, r.weighted([1, 2, 3, 4], (k) => FIELD_COUNT_WEIGHTS[k]!), (f) => FIELD_WEIGHTS[f]);
  if (n > NAMED_COORDINATORS && n <= DEALT_COORDINATORS) fields.push(...practisedFields(n, fields));
  const languages = origin ? foreignBornLanguages(r, origin) : japaneseBornLanguages(r);
  const person = origin ? foreignBornName(r, origin) : japaneseName(r);
  const qualifications = qualificationsFor(r, fields, origin);
  const workplace = workplaceOf(r, activityRegions[0]!, person.family, qualifications);

  const alwaysListed = n <= ALWAYS_LISTED;
  const cohortYear = r.weighted(
    COHORTS.filter((c) => !alwaysListed || c.year >= 2024),
    (c) => c.weight,
  ).year;
  const issuedAt = issuedAtOf(cohortYear);
  const status = alwaysListed ? 'ACTIVE' : r.weighted(['ACTIVE', 'SUSPENDED', 'REVOKED'] as const, (s) => STATUS_WEIGHTS[s]);

  const content: ProfileContent = {
    name: person.name,
    nameKana: person.kana,
    bio: bioOf(r, fields, languages, origin, activityRegions),
    activityRegions,
    languages,
    qualifications,
    workplaceName: workplace,
  };
  const serial = String(n).padStart(4, '0');
  return {
    accountId: demoAccountId(n),
    ...content,
    expertiseFields: fields,
    workplacePrefectureCode: workplace ? home : null,
    email: `c${serial}@example.jp`,
    phone: r.chance(0.85) ? `0${r.pick([7, 8, 9])}0-${r.digits(4)}-${r.digits(4)}` : null,
    contactVisibility: r.chance(0.2) ? 'PRIVATE' : 'MEMBERS',
    cohortYear,
    certificationStatus: status,
    issuedAt,
    validUntil: certificateValidUntil(issuedAt),
    ...derivedColumns(content),
  };
}

/** A demo coordinator's home prefecture while they are dealt in turn (n = 1 is Hokkaido's, 47 Okinawa's). */
export const demoHomePrefecture = (n: number): PrefectureCode => PREFECTURE_CODES[(n - 1) % PREFECTURE_CODES.length]!;

/**
 * One or two fields a dealt coordinator also practises, from a generator of its own (the
 * profile's draws stay as they were): with 32 people a prefecture, a field needs them to
 * reach k + 1 coordinators in most prefectures.
 */
function practisedFields(n: number, fields: readonly ConsultationField[]): ConsultationField[] {
  const r = randomFor(n, 0xf1e1d);
  const more = r.chance(0.5) ? 2 : 1;
  return r.sample(CONSULTATION_FIELD_VALUES.filter((f) => !fields.includes(f)), more, (f) => FIELD_WEIGHTS[f]);
}

function homePrefecture(r: Random, origin: Origin | null): PrefectureCode {
  const communities: readonly string[] = origin?.communities ?? [];
  return r.weighted(PREFECTURE_CODES, (code) => PREFECTURE_FACTS[code].population * (communities.includes(code) ? 4 : 1));
}

/** One or two towns at home; some coordinators also cover a second prefecture (広域連携). */
function regionsAround(r: Random, home: PrefectureCode): ActivityRegionRow[] {
  const towns = PREFECTURE_FACTS[home].municipalities;
  const atHome = r.chance(0.1) ? [null] : r.sample(towns, r.chance(0.75) ? 1 : 2);
  const regions: ActivityRegionRow[] = atHome.map((municipality) => ({ prefectureCode: home, municipality }));
  if (r.chance(0.2)) {
    const other = r.weighted(
      PREFECTURE_CODES.filter((code) => code !== home),
      (code) => PREFECTURE_FACTS[code].population,
    );
    regions.push({ prefectureCode: other, municipality: r.chance(0.5) ? r.pick(PREFECTURE_FACTS[other].municipalities) : null });
  }
  return regions;
}

const FOREIGN_LEVELS = ['FLUENT', 'BUSINESS', 'BUSINESS', 'CONVERSATIONAL'] as const;

/** Japanese and, for most, one or two languages learned; the rest work in やさしい日本語. */
function japaneseBornLanguages(r: Random): LanguageSkillRow[] {
  const learned = r.chance(0.15) ? [] : r.sample(LEARNED_LANGUAGES, r.chance(0.7) ? 1 : 2, ([, weight]) => weight);
  return [{ code: 'ja', level: 'NATIVE' }, ...learned.map(([code]) => ({ code, level: r.pick(FOREIGN_LEVELS) }))];
}

function foreignBornLanguages(r: Random, origin: Origin): LanguageSkillRow[] {
  const also = origin.alsoSpeak.filter(() => r.chance(0.5));
  return [
    { code: origin.language, level: 'NATIVE' },
    { code: 'ja', level: 'FLUENT' },
    ...also.map(([code, level]) => ({ code, level })),
  ];
}

interface PersonName {
  name: string;
  kana: string;
  /** The family name as an office would be called after it. */
  family: string;
}

function japaneseName(r: Random): PersonName {
  const [family, familyKana] = r.pick(JAPANESE_FAMILY_NAMES);
  const [given, givenKana] = r.pick(JAPANESE_GIVEN_NAMES);
  return { name: `${family} ${given}`, kana: `${familyKana} ${givenKana}`, family };
}

function foreignBornName(r: Random, origin: Origin): PersonName {
  if ('kanji' in origin.name) {
    const [family, familyKana] = r.pick(origin.name.kanji[0]);
    const [given, givenKana] = r.pick(origin.name.kanji[1]);
    return { name: `${family} ${given}`, kana: `${familyKana} ${givenKana}`, family };
  }
  const [first, second] = origin.name.katakana;
  const name = `${r.pick(first)}・${r.pick(second)}`;
  // Vietnamese names start with the family name, the others end with it.
  const family = origin.language === 'vi' ? name.split('・')[0]! : name.split('・').at(-1)!;
  return { name, kana: name, family };
}

function qualificationsFor(r: Random, fields: ConsultationField[], origin: Origin | null): string[] {
  const held = new Set(fields.flatMap((f) => QUALIFICATIONS_BY_FIELD[f].filter(([, share]) => r.chance(share)).map(([q]) => q)));
  if (origin && r.chance(0.6)) held.add('日本語能力試験N1');
  return [...held].slice(0, 3);
}

function workplaceOf(r: Random, region: ActivityRegionRow, family: string, qualifications: string[]): string | null {
  const prefecture = PREFECTURES[region.prefectureCode as PrefectureCode];
  const town = region.municipality ?? PREFECTURE_FACTS[region.prefectureCode as PrefectureCode].municipalities[0];
  const townStem = town.replace(/[市区町]$/u, '');
  const office = town.endsWith('町') ? `${town}役場` : `${town}役所`;
  const choices: (readonly [string | null, number])[] = [
    [`${town}国際交流協会`, 4],
    [`公益財団法人${prefecture}国際交流協会`, 2],
    [`${prefecture}外国人総合相談センター`, 3],
    [`${office} 多文化共生推進課`, 3],
    [`${townStem}多文化共生センター`, 2],
    [`${town}社会福祉協議会`, 2],
    [`NPO法人${townStem}${r.pick(NPO_NAMES)}`, 3],
    [null, 1],
  ];
  if (qualifications.includes('行政書士')) choices.push([`${family}行政書士事務所`, 6]);
  if (qualifications.includes('社会保険労務士')) choices.push([`${family}社会保険労務士事務所`, 6]);
  if (qualifications.includes('看護師')) choices.push([`${townStem}中央病院 医療福祉相談室`, 6]);
  return r.weighted(choices, ([, weight]) => weight)[0];
}

/** Joins Japanese words: A・B for languages, AとB or A、B、C for fields. */
const joinWords = (words: string[], pair: string) => (words.length === 2 ? words.join(pair) : words.join('、'));

function bioOf(r: Random, fields: ConsultationField[], languages: LanguageSkillRow[], origin: Origin | null, regions: ActivityRegionRow[]): string {
  const spoken = [...new Set(languages.filter((l) => l.code !== 'ja').map((l) => LANGUAGE_NAMES[l.code] ?? l.code))];
  const inLanguages = spoken.length > 0 ? `${spoken.join('・')}で` : 'やさしい日本語で';
  const sentences = [`${inLanguages}${joinWords(fields.map((f) => FIELD_WORDS[f]), 'と')}の相談に対応しています。`];
  if (r.chance(0.7)) sentences.push(FIELD_SENTENCES[r.pick(fields)]);
  if (origin && r.chance(0.6)) {
    sentences.push(`${r.int(1995, 2016)}年に${origin.country}から来日し、自らの経験を相談に活かしています。`);
  } else if (regions.length > 1 && r.chance(0.6)) {
    const names = [...new Set(regions.map((g) => PREFECTURES[g.prefectureCode as PrefectureCode]))];
    sentences.push(`${names.join('と')}で、地域を越えた連携を大切にしています。`);
  } else if (r.chance(0.3)) {
    sentences.push(`${r.int(3, 20)}年以上、外国人住民の相談に携わってきました。`);
  }
  return sentences.join('');
}
