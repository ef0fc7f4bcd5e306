import { CONSULTATION_FIELDS, neighboursOf, prefectureName, type ConsultationField, type PrefectureCode } from '@portal/platform';
import type { CoordinatorProjectionRow, PartnerProjectionRow } from '@portal/platform/events';

// Suggested receivers of a referral and experts for a board question, ranked from the
// directory projection: first by how much of the need they cover (fields, then languages),
// then by how near they work (the prefecture itself, a neighbouring one, then nationwide and
// remote services), then by id so that the order is the same on every call.

/** How near a candidate works to where help is needed. */
export type Reach = 'IN_PREFECTURE' | 'NEIGHBOURING_PREFECTURE' | 'NATIONWIDE_OR_REMOTE';
const REACH_ORDER: Reach[] = ['IN_PREFECTURE', 'NEIGHBOURING_PREFECTURE', 'NATIONWIDE_OR_REMOTE'];

export interface Need {
  fields: readonly string[];
  languages: readonly string[];
  prefectureCode: PrefectureCode;
}

export interface Suggestion {
  kind: 'COORDINATOR' | 'PARTNER';
  /** The coordinator's or the partner's id. */
  id: string;
  /** A coordinator's account: how the directory resolves them. */
  accountId: string | null;
  matchedFields: string[];
  matchedLanguages: string[];
  reach: Reach;
  /** Where the candidate works, when it is a prefecture (not for nationwide services). */
  reachPrefectureCode: string | null;
  reason: string;
}

/** The prefectures in which a candidate may be found for the need: its own and the neighbours. */
export const placesNear = (prefectureCode: PrefectureCode): string[] => [prefectureCode, ...neighboursOf(prefectureCode)];

/** A language wanted is spoken when a tag is it or a regional form of it (pt matches pt-BR). */
const speaks = (tags: readonly string[], wanted: string) =>
  tags.some((tag) => tag === wanted || tag.split('-')[0] === wanted.split('-')[0]);

function reachOf(prefectureCodes: readonly string[], nationwide: boolean, need: Need): { reach: Reach; prefecture: string | null } | null {
  if (prefectureCodes.includes(need.prefectureCode)) return { reach: 'IN_PREFECTURE', prefecture: need.prefectureCode };
  const neighbour = neighboursOf(need.prefectureCode).find((code) => prefectureCodes.includes(code));
  if (neighbour) return { reach: 'NEIGHBOURING_PREFECTURE', prefecture: neighbour };
  return nationwide ? { reach: 'NATIONWIDE_OR_REMOTE', prefecture: null } : null;
}

function reasonOf(matchedFields: readonly string[], matchedLanguages: readonly string[], reach: Reach, prefecture: string | null): string {
  const fields = matchedFields.map((f) => CONSULTATION_FIELDS[f as ConsultationField] ?? f).join('・');
  const covered = [`分野 ${fields}`, ...(matchedLanguages.length > 0 ? [`言語 ${matchedLanguages.join('・')}`] : [])].join('、');
  const where =
    reach === 'IN_PREFECTURE' ? `${prefectureName(prefecture!)}で活動` : reach === 'NEIGHBOURING_PREFECTURE' ? `隣接県（${prefectureName(prefecture!)}）で活動` : '全国・遠隔対応';
  return `${covered} に対応、${where}`;
}

function suggestion(
  kind: Suggestion['kind'],
  id: string,
  accountId: string | null,
  candidate: { fields: readonly string[]; languages: readonly string[]; prefectureCodes: readonly string[]; nationwide: boolean },
  need: Need,
): Suggestion | null {
  const matchedFields = need.fields.filter((f) => candidate.fields.includes(f));
  const place = reachOf(candidate.prefectureCodes, candidate.nationwide, need);
  if (matchedFields.length === 0 || !place) return null;
  const matchedLanguages = need.languages.filter((l) => speaks(candidate.languages, l));
  return { kind, id, accountId, matchedFields, matchedLanguages, reach: place.reach, reachPrefectureCode: place.prefecture, reason: reasonOf(matchedFields, matchedLanguages, place.reach, place.prefecture) };
}

const compare = (a: Suggestion, b: Suggestion) =>
  b.matchedFields.length - a.matchedFields.length ||
  b.matchedLanguages.length - a.matchedLanguages.length ||
  REACH_ORDER.indexOf(a.reach) - REACH_ORDER.indexOf(b.reach) ||
  (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** Coordinators and partners ranked for the need, the best `limit`. */
export function rankCandidates(
  need: Need,
  coordinators: readonly CoordinatorProjectionRow[],
  partners: readonly PartnerProjectionRow[],
  limit: number,
): Suggestion[] {
  return [
    ...coordinators.map((c) => suggestion('COORDINATOR', c.coordinatorId, c.accountId, { ...c, nationwide: false }, need)),
    ...partners.map((p) => suggestion('PARTNER', p.partnerId, null, p, need)),
  ]
    .filter((s): s is Suggestion => s !== null)
    .sort(compare)
    .slice(0, limit);
}
