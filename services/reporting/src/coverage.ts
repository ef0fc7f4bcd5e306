import { CONSULTATION_FIELD_VALUES, type ConsultationField } from '@portal/platform';
import { publishCount } from './privacy/suppression';

export type GapReason = 'NO_PARTNER' | 'SHORTAGE_REPORTED';

export interface CoverageRow {
  field: ConsultationField;
  partnerCount: number;
  coordinatorCount: number;
  shortageReports: number | null;
  shortageReportsSuppressed: boolean;
  gap: boolean;
  gapReasons: GapReason[];
}

/**
 * Partner coverage of one prefecture, one row per consultation field. A field has a gap
 * when no approved partner serves the prefecture for it, or when coordinators reported a
 * partner shortage there for it (連携先の不足状況). Shortage reports are field issue counts
 * and withheld from 1 to k−1 like them; the gap flag says no more than "at least one".
 * Partners are public organisations and coordinator counts come from the members'
 * directory, so both are exact.
 */
export function coverageRows(counts: readonly { source: 'partners' | 'coordinators' | 'shortages'; field: string; n: number }[], k: number): CoverageRow[] {
  const count = (source: string, field: string) => counts.find((c) => c.source === source && c.field === field)?.n ?? 0;
  return CONSULTATION_FIELD_VALUES.map((field) => {
    const partnerCount = count('partners', field);
    const shortages = count('shortages', field);
    const gapReasons: GapReason[] = [...(partnerCount === 0 ? ['NO_PARTNER' as const] : []), ...(shortages > 0 ? ['SHORTAGE_REPORTED' as const] : [])];
    const published = publishCount(shortages, k);
    return {
      field,
      partnerCount,
      coordinatorCount: count('coordinators', field),
      shortageReports: published.count,
      shortageReportsSuppressed: published.suppressed,
      gap: gapReasons.length > 0,
      gapReasons,
    };
  });
}
