import type { ConsultationField, PrefectureCode } from '@portal/platform';
import { summaryServiceAreas, type PartnerDocument } from '../document';

export interface CoverageGap {
  prefectureCode: PrefectureCode;
  field: ConsultationField;
  /** When set, only partners for the field offering this language are missing. */
  language?: string;
  /** What a coordinator in the prefecture runs into. */
  situation: string;
}

/**
 * Where the demo directory deliberately has no approved partner, so that searches, the
 * reporting service's partner coverage and field-issue reports have real shortages to show.
 * No demo partner, however many are generated, matches the directory filter
 * { prefectureCodes: [prefectureCode], fields: [field], languages: [language] } — nationwide
 * and remote services included, since they serve every prefecture.
 */
export const DEMO_COVERAGE_GAPS: readonly CoverageGap[] = [
  { prefectureCode: '09', field: 'MEDICAL', language: 'ne', situation: '県内にネパール語の医療通訳を派遣できる連携先がない' },
  { prefectureCode: '05', field: 'VIOLENCE_ABUSE', situation: '多言語でDV・虐待の相談を受けられる連携先がない' },
  { prefectureCode: '31', field: 'VIOLENCE_ABUSE', situation: '多言語でDV・虐待の相談を受けられる連携先がない' },
  { prefectureCode: '32', field: 'VIOLENCE_ABUSE', situation: '多言語でDV・虐待の相談を受けられる連携先がない' },
  { prefectureCode: '36', field: 'VIOLENCE_ABUSE', situation: '多言語でDV・虐待の相談を受けられる連携先がない' },
  { prefectureCode: '39', field: 'VIOLENCE_ABUSE', situation: '多言語でDV・虐待の相談を受けられる連携先がない' },
];

const primaryLanguage = (tag: string) => tag.split('-')[0]!;

/**
 * The document with every gap kept open: a partner serving a gap's prefecture (or every
 * prefecture) loses the gap's field, or with a language gap that language; null when no
 * service is left.
 */
export function withoutGaps(document: PartnerDocument, gaps: readonly CoverageGap[] = DEMO_COVERAGE_GAPS): PartnerDocument | null {
  let services = document.services;
  for (const gap of gaps) {
    const serves = summaryServiceAreas(services).some((a) => a.scope !== 'PREFECTURE' || a.prefectureCode === gap.prefectureCode);
    if (!serves || !services.some((s) => s.fields.includes(gap.field))) continue;
    const language = gap.language;
    services = language
      ? services.map((s) => ({
          ...s,
          languages: s.languages.filter((l) => primaryLanguage(l) !== language),
          phones: s.phones.map((p) => ({ ...p, languages: p.languages.filter((l) => primaryLanguage(l) !== language) })),
        }))
      : services.map((s) => ({ ...s, fields: s.fields.filter((f) => f !== gap.field) })).filter((s) => s.fields.length > 0);
  }
  return services.length > 0 ? { ...document, services } : null;
}
