import { monthInJapan } from '@portal/platform';
import type { EventData } from '@portal/platform/events';

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

/** What a referral's status counts as in its flow: sending it, or its outcome. */
export const REFERRAL_OUTCOMES = ['SENT', 'ACCEPTED', 'DECLINED', 'COMPLETED', 'WITHDRAWN'] as const;
export type ReferralOutcome = (typeof REFERRAL_OUTCOMES)[number];
const outcomeOf = (status: EventData<'referral.status_changed'>['status']): ReferralOutcome => (status === 'OPEN' ? 'SENT' : status);

export interface ReferralFlowIncrement {
  originPrefectureCode: string;
  destinationPrefectureCode: string;
  field: string;
  outcome: ReferralOutcome;
  month: string;
  contributorId: string;
}

/** A status change counts once per field of its referral, in its month in Japan, for its sender. */
export function tallyReferralFlow(data: EventData<'referral.status_changed'>, occurredAt: string): ReferralFlowIncrement[] {
  const month = monthInJapan(new Date(occurredAt));
  const { originPrefectureCode, destinationPrefectureCode, contributorId } = data;
  return [...new Set(data.fields)].map((field) => ({ originPrefectureCode, destinationPrefectureCode, field, outcome: outcomeOf(data.status), month, contributorId }));
}

export interface ReferralDeclineIncrement {
  prefectureCode: string;
  field: string;
  reason: string;
  month: string;
  contributorId: string;
}

/** A receiver's decline counts once per field of the referral, in its destination prefecture. */
export function tallyReferralDecline(data: EventData<'referral.declined'>, occurredAt: string): ReferralDeclineIncrement[] {
  const month = monthInJapan(new Date(occurredAt));
  return [...new Set(data.fields)].map((field) => ({ prefectureCode: data.destinationPrefectureCode, field, reason: data.reason, month, contributorId: data.contributorId }));
}
