import { bigrams, isActiveCertification, normalizeText, prefectureName, searchDocument, todayInJapan } from '@portal/platform';
import type { ActivityRegionRow, CoordinatorRow, LanguageSkillRow } from './db/schema';

/** The parts of a profile that its derived columns are computed from. */
export interface ProfileContent {
  name: string;
  nameKana: string | null;
  bio: string | null;
  activityRegions: ActivityRegionRow[];
  languages: LanguageSkillRow[];
  qualifications: string[];
  workplaceName: string | null;
}

/** Columns kept in step with the profile so that filters and search run on indexes. */
export function derivedColumns(profile: ProfileContent) {
  const searchText = searchDocument([
    profile.name,
    profile.nameKana,
    profile.bio,
    ...profile.qualifications,
    profile.workplaceName,
  ]);
  return {
    prefectureCodes: [...new Set(profile.activityRegions.map((r) => r.prefectureCode))],
    // A search for "pt" finds speakers of pt-BR too: the primary subtag is indexed as well.
    languageCodes: [...new Set(profile.languages.flatMap((l) => [l.code, l.code.split('-')[0]!]))],
    sortKey: normalizeText(profile.nameKana || profile.name),
    searchText,
    searchGrams: bigrams(searchText),
  };
}

/** A certificate is valid for three years: through the day before its third anniversary. */
export function certificateValidUntil(issuedAt: Date): string {
  const [year, month, day] = todayInJapan(issuedAt).split('-').map(Number) as [number, number, number];
  const anniversary = new Date(Date.UTC(year + 3, month - 1, day));
  return new Date(anniversary.getTime() - 86_400_000).toISOString().slice(0, 10);
}

export type CertificationStatus = 'ACTIVE' | 'EXPIRED' | 'SUSPENDED' | 'REVOKED';

export function effectiveStatus(row: Pick<CoordinatorRow, 'certificationStatus' | 'validUntil'>, now = new Date()): CertificationStatus {
  if (row.certificationStatus === 'ACTIVE' && !isActiveCertification(row, now)) return 'EXPIRED';
  return row.certificationStatus;
}

export const activityRegionView = (region: ActivityRegionRow) => ({
  prefectureCode: region.prefectureCode,
  prefectureName: prefectureName(region.prefectureCode),
  municipality: region.municipality,
});
