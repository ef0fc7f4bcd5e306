import { portalEvent } from '@portal/platform/events';
import type { PartnerRow } from './db/schema';
import { EVERY_PREFECTURE } from './document';

/**
 * What reporting needs of a partner: the fields and places it serves, its languages.
 * `partner.approved` carries the partner as approved now — sent again when an approved
 * partner is edited — and `partner.archived` takes it out of the coverage.
 */
export function partnerEvent(type: 'partner.approved' | 'partner.archived', row: PartnerRow) {
  return portalEvent(type, row.id, {
    partnerId: row.id,
    fields: row.fields,
    prefectureCodes: row.prefectureCodes.filter((code) => code !== EVERY_PREFECTURE),
    nationwide: row.prefectureCodes.includes(EVERY_PREFECTURE),
    languages: row.languageCodes,
  });
}
