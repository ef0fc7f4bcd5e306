import { CONSULTATION_FIELD_VALUES, type ConsultationField } from '@portal/platform';
import { publishCount } from '@portal/platform/privacy';
import type { FieldIssueRelease } from './field-issues';
import type { CoverageCount } from './store';

export type GapReason = 'NO_PARTNER' | 'SHORTAGE_REPORTED';

export interface CoverageRow {
  field: ConsultationField;
  partnerCount: number;
  coordinatorCount: number | null;
  coordinatorCountSuppressed: boolean;
  shortageReports: number | null;
  shortageReportsSuppressed: boolean;
  gap: boolean;
  gapReasons: GapReason[];
}

/**
 * Partner coverage of one prefecture, one row per consultation field. A field has a gap
 * when no approved partner serves the prefecture for it, or when coordinators reported a
 * partner shortage there for it (連携先の不足状況). Shortage reports are the field-issue
 * release's figures of the fiscal years that are over, added up, withheld like every
 * field-issue figure; a withheld figure is never 0, so the gap flag says no more than "at
 * least one". Partners
 * are organisations and are counted exactly; coordinators are people, so their count has
 * the threshold of every published figure about people (no total across fields or
 * prefectures is published beside it).
 */
export function coverageRows(
  prefectureCode: string,
  counts: readonly CoverageCount[],
  shortages: FieldIssueRelease,
  k: number,
): CoverageRow[] {
  const count = (source: string, field: string) => counts.find((c) => c.source === source && c.prefectureCode === prefectureCode && c.field === field)?.n ?? 0;
  return CONSULTATION_FIELD_VALUES.map((field) => {
    const partnerCount = count('partners', field);
    const reports = shortages.yearly(field, 'PARTNER_SHORTAGE', prefectureCode, () => true);
    const reported = reports.suppressed || reports.count! > 0;
    const gapReasons: GapReason[] = [...(partnerCount === 0 ? ['NO_PARTNER' as const] : []), ...(reported ? ['SHORTAGE_REPORTED' as const] : [])];
    const coordinators = count('coordinators', field);
    const coordinatorCount = publishCount(coordinators, coordinators, k);
    return {
      field,
      partnerCount,
      coordinatorCount: coordinatorCount.count,
      coordinatorCountSuppressed: coordinatorCount.suppressed,
      shortageReports: reports.count,
      shortageReportsSuppressed: reports.suppressed,
      gap: gapReasons.length > 0,
      gapReasons,
    };
  });
}

export interface PrefectureCoverage {
  prefectureCode: string;
  gapCount: number;
  fields: CoverageRow[];
}

/**
 * The coverage of many prefectures, each exactly as coverageRows gives it alone: the matrix
 * is those views side by side, no figure of its own beside them but the number of fields
 * with a gap, which the flags already show.
 */
export function coverageMatrix(prefectureCodes: readonly string[], counts: readonly CoverageCount[], shortages: FieldIssueRelease, k: number): PrefectureCoverage[] {
  return prefectureCodes.map((prefectureCode) => {
    const fields = coverageRows(prefectureCode, counts, shortages, k);
    return { prefectureCode, gapCount: fields.filter((f) => f.gap).length, fields };
  });
}
