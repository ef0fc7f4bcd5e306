// The collaboration enums of schema.graphql, as values the service validates and stores.
import { REFERRAL_STATUSES } from '@portal/platform/events';

export { REFERRAL_STATUSES };
export type ReferralStatus = (typeof REFERRAL_STATUSES)[number];

/** How soon the resident needs the receiver. */
export const URGENCIES = ['ROUTINE', 'SOON', 'URGENT'] as const;
export type Urgency = (typeof URGENCIES)[number];

export const RECEIVER_KINDS = ['COORDINATOR', 'PARTNER'] as const;
export type ReceiverKind = (typeof RECEIVER_KINDS)[number];

/** A receiver's answer to a referral. */
export const RECEIVER_ANSWERS = ['PENDING', 'ACCEPTED', 'DECLINED'] as const;
export type ReceiverAnswer = (typeof RECEIVER_ANSWERS)[number];

export const DECLINE_REASONS = ['NO_CAPACITY', 'OUT_OF_FIELD', 'LANGUAGE_NOT_COVERED', 'OUT_OF_AREA', 'OTHER'] as const;
export type DeclineReason = (typeof DECLINE_REASONS)[number];

/** What happened to a referral, as its history records it. */
export const REFERRAL_ACTIONS = ['SENT', 'ACCEPTED', 'DECLINED', 'COMPLETED', 'WITHDRAWN'] as const;
export type ReferralAction = (typeof REFERRAL_ACTIONS)[number];

/** Who did it, as each side sees it. */
export const REFERRAL_PARTIES = ['SENDER', 'RECEIVER'] as const;
export type ReferralParty = (typeof REFERRAL_PARTIES)[number];

export const THREAD_STATUSES = ['OPEN', 'SOLVED'] as const;
export type ThreadStatus = (typeof THREAD_STATUSES)[number];
