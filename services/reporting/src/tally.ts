import { monthInJapan } from '@portal/platform';
import type { EventData, PartnerSnapshot } from '@portal/platform/events';

// What one event adds to the counters. Each function returns increments with no repeated
// key, so that one multi-row upsert can add them (Postgres refuses to update a row twice
// in one statement).

export interface FieldIssueIncrement {
  prefectureCode: string;
  field: string;
  category: string;
  month: string;
  contributorId: string;
}

/** A field issue counts once per field it names, in its month in Japan, for its contributor. */
export function tallyFieldIssue(data: EventData<'field_issue.reported'>, occurredAt: string): FieldIssueIncrement[] {
  const month = monthInJapan(new Date(occurredAt));
  return [...new Set(data.fields)].map((field) => ({ prefectureCode: data.prefectureCode, field, category: data.category, month, contributorId: data.contributorId }));
}

/** A partner as coverage counts it: its distinct fields, and its prefectures unless nationwide. */
export function partnerRow(snapshot: PartnerSnapshot, approved: boolean, asOf: string) {
  return {
    partnerId: snapshot.partnerId,
    fields: [...new Set(snapshot.fields)],
    prefectureCodes: snapshot.nationwide ? [] : [...new Set(snapshot.prefectureCodes)],
    nationwide: snapshot.nationwide,
    approved,
    asOf,
  };
}
