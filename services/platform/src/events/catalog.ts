import { z } from 'zod';

// Every event type of the portal and the shape of its data. Producers build events with
// these types; consumers parse with these schemas. By design no event carries a name, a
// contact detail or free text written by a member: ids, codes, dates and counts only
// (survey question prompts and option labels are the survey's own wording, not answers).
// The coordinator events carry the account id: it is how services know their callers.
// Two exceptions, both for notifications only: `notification_address.changed` carries the
// member's own e-mail address, and the events that tell a member of something of theirs
// (answered, registered, status changed, a referral or board post of theirs) carry their account id, never with an id that
// another event links to an answer or a report.
// One exception to the rule on free text: `consultation.case_study_requested` carries a solved
// board thread's wording, which passed the personal-data screen before anyone could read it,
// to the case-studies service that makes it its author's draft.

const prefectureCodes = z.array(z.string());
const fields = z.array(z.string());
const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

export const coordinatorSnapshot = z.object({
  coordinatorId: z.uuid(),
  /** The identity provider's subject: services match it to the callers they serve. */
  accountId: z.string(),
  prefectureCodes,
  /** The first activity region: where the coordinator's answers to surveys are counted. */
  primaryPrefectureCode: z.string().nullable(),
  fields,
  languages: z.array(z.string()),
  certificationStatus: z.enum(['ACTIVE', 'SUSPENDED', 'REVOKED']),
  validUntil: date,
});

/** A coordinator was erased: every service forgets what it holds of this account. */
export const coordinatorErasure = z.object({
  coordinatorId: z.uuid(),
  accountId: z.string().min(1),
});

export const partnerSnapshot = z.object({
  partnerId: z.uuid(),
  fields,
  /** Prefectures its service areas cover; every prefecture when `nationwide`. */
  prefectureCodes,
  nationwide: z.boolean(),
  languages: z.array(z.string()),
});

/** Referral statuses (広域連携): sent OPEN; one receiver accepts, or all decline; completed or withdrawn. */
export const REFERRAL_STATUSES = ['OPEN', 'ACCEPTED', 'DECLINED', 'COMPLETED', 'WITHDRAWN'] as const;

export const EVENT_SCHEMAS = {
  'coordinator.registered': coordinatorSnapshot,
  'coordinator.profile_updated': coordinatorSnapshot,
  'coordinator.certification_changed': coordinatorSnapshot,
  /** Renewed for three years from the previous validUntil; the snapshot carries the new one. */
  'coordinator.certification_renewed': coordinatorSnapshot,
  /** The validity ended (validUntil passed, Japan time) without a renewal: announced once per validity. */
  'coordinator.certification_expired': coordinatorSnapshot,
  'coordinator.erased': coordinatorErasure,
  'partner.approved': partnerSnapshot,
  'partner.archived': partnerSnapshot,
  'case_study.published': z.object({
    caseStudyId: z.uuid(),
    kind: z.string(),
    fields,
    prefectureCode: z.string().nullable(),
  }),
  'announcement.published': z.object({
    announcementId: z.uuid(),
    category: z.string(),
    importance: z.string(),
    relatedFields: fields,
    /** Empty: nationwide. */
    targetPrefectureCodes: prefectureCodes,
    effectiveDate: date.nullable(),
  }),
  /** Taken back (published in error, superseded): nobody is reminded of it any more. Once per announcement. */
  'announcement.withdrawn': z.object({ announcementId: z.uuid() }),
  'survey.opened': z.object({
    surveyId: z.uuid(),
    closesAt: z.string().nullable(),
    questions: z.array(
      z.object({
        questionId: z.string(),
        kind: z.string(),
        prompt: z.string(),
        required: z.boolean(),
        options: z.array(z.object({ optionId: z.string(), label: z.string() })),
        scaleMin: z.number().int().nullable(),
        scaleMax: z.number().int().nullable(),
      }),
    ),
  }),
  'survey.closed': z.object({
    surveyId: z.uuid(),
    /** How many responses it closed with: reporting releases its results once it has counted them all. */
    responses: z.number().int().min(0),
  }),
  'survey.response_submitted': z.object({
    surveyId: z.uuid(),
    responseId: z.uuid(),
    /** From the coordinator projection; null when the respondent's region is not known. */
    respondentPrefectureCode: z.string().nullable(),
    /** Choices and scale values only: free-text answers stay in the surveys service. */
    answers: z.array(z.object({ questionId: z.string(), optionIds: z.array(z.string()), scale: z.number().int().nullable() })),
  }),
  'field_issue.reported': z.object({
    fieldIssueId: z.uuid(),
    /**
     * The reporter as a pseudonym of the surveys service (never the account): thresholds count
     * people, not reports. Forgotten there when the member is erased, so it links to nobody.
     */
    contributorId: z.uuid(),
    prefectureCode: z.string(),
    fields,
    category: z.string(),
  }),
  /**
   * The e-mail address a member gave in their own profile, for the notices sent to them
   * (null: none). Not a coordinator snapshot, so the projections never see it.
   */
  'notification_address.changed': z.object({
    coordinatorId: z.uuid(),
    accountId: z.string().min(1),
    email: z.string().nullable(),
  }),
  /**
   * A member answered a survey: who, not how (the answers travel in
   * `survey.response_submitted`, which names nobody). Reminders skip them.
   */
  'survey.answered': z.object({ surveyId: z.uuid(), accountId: z.string().min(1) }),
  'study_meeting.registered': z.object({ studyMeetingId: z.uuid(), accountId: z.string().min(1), startsAt: z.string() }),
  'study_meeting.registration_cancelled': z.object({ studyMeetingId: z.uuid(), accountId: z.string().min(1) }),
  /**
   * A field issue's status or public response changed, for its reporter. Without the issue's
   * id: with it, the stream would link the reporter's account to their pseudonym in
   * `field_issue.reported`.
   */
  'field_issue.status_changed': z.object({ accountId: z.string().min(1), status: z.string(), responded: z.boolean() }),
  /** A referral's status changed (sent: OPEN): a flow origin → destination × fields and its outcome. */
  'referral.status_changed': z.object({
    referralId: z.uuid(),
    /** The sender's pseudonym in the collaboration service: thresholds count senders. */
    contributorId: z.uuid(),
    originPrefectureCode: z.string(),
    destinationPrefectureCode: z.string(),
    fields,
    status: z.enum(REFERRAL_STATUSES),
  }),
  /** One receiver declined a referral, with the reason (NO_CAPACITY: evidence of a shortage there). */
  'referral.declined': z.object({
    referralId: z.uuid(),
    contributorId: z.uuid(),
    destinationPrefectureCode: z.string(),
    fields,
    reason: z.string(),
    receiverKind: z.enum(['COORDINATOR', 'PARTNER']),
  }),
  /** A board question became readable by members (it passed the personal-data screen). */
  'consultation.question_posted': z.object({
    threadId: z.uuid(),
    /** The asker's pseudonym in the collaboration service. */
    contributorId: z.uuid(),
    prefectureCode: z.string(),
    fields,
  }),
  /** A board question got its first answer that members can read. */
  'consultation.question_answered': z.object({ threadId: z.uuid() }),
  /**
   * Something of a referral concerns one member: it reached them as a receiver (RECEIVED, with
   * its urgency), or the referral they sent was accepted, declined by every receiver or
   * completed. One event per member, for notifications. Who, not what: no referral id, no
   * prefectures, no fields. `referral.status_changed` and `referral.declined` carry those with
   * the sender's pseudonym; with any value in common a consumer could join the two and link the
   * account to the pseudonym, and with it every flow the sender counts in. The status alone is
   * shared by every referral of the day. What remains is time: the notice is recorded in the
   * same transaction as the status change, so a reader of the whole stream could pair them by
   * order, as `survey.answered` with `survey.response_submitted`; no service stores both
   * (notifications has no rule for the pseudonymous events, reporting none for notices).
   */
  'referral.party_notice': z.object({
    accountId: z.string().min(1),
    change: z.enum(['RECEIVED', 'ACCEPTED', 'DECLINED', 'COMPLETED']),
    /** Of a RECEIVED referral: how soon the receiver should look (ROUTINE, SOON, URGENT); null otherwise. */
    urgency: z.string().nullable(),
  }),
  /**
   * Something on the board concerns one member: their question got an answer members can read
   * (ANSWERED, each answer but their own), or their answer was marked as the one that solved a
   * question (SOLVING). Without the thread's or answer's id for the reason given for
   * `referral.party_notice`: `consultation.question_posted` links a thread to its asker's
   * pseudonym, and `consultation.question_answered` names the thread at its first answer.
   */
  'consultation.author_notice': z.object({
    accountId: z.string().min(1),
    change: z.enum(['ANSWERED', 'SOLVING']),
  }),
  /** The asker of a solved thread asked for a case-study draft of it: case-studies creates it for them. */
  'consultation.case_study_requested': z.object({
    authorAccountId: z.string().min(1),
    fields,
    prefectureCode: z.string(),
    title: z.string(),
    summary: z.string(),
    body: z.string(),
  }),
  /**
   * A coordinator filed (or corrected) their quarter's activity report: counts only, for
   * reporting, which replaces an earlier filing of the same report. The filer as a pseudonym
   * of the coordinators service, never the account.
   */
  'activity_report.filed': z.object({
    reportId: z.uuid(),
    contributorId: z.uuid(),
    quarter: z.string().regex(/^\d{4}-Q[1-4]$/),
    prefectureCodes,
    consultations: z.array(z.object({ field: z.string(), count: z.number().int().min(0) })),
    languages: z.array(z.object({ language: z.string(), count: z.number().int().min(0) })),
    referralsToPartners: z.number().int().min(0),
    referralsToCoordinators: z.number().int().min(0),
  }),
  /** Who filed a quarter's report, not what (that is `activity_report.filed`, which names nobody): reminders skip them. */
  'activity_report.submitted': z.object({ accountId: z.string().min(1), quarter: z.string().regex(/^\d{4}-Q[1-4]$/) }),
} as const;

export type EventType = keyof typeof EVENT_SCHEMAS;
export type EventData<T extends EventType> = z.infer<(typeof EVENT_SCHEMAS)[T]>;
export type CoordinatorSnapshot = z.infer<typeof coordinatorSnapshot>;
export type CoordinatorErasure = z.infer<typeof coordinatorErasure>;
export type PartnerSnapshot = z.infer<typeof partnerSnapshot>;

/** An event of type `type` about `aggregateId`, for recordEvents. */
export const portalEvent = <T extends EventType>(type: T, aggregateId: string, data: EventData<T>) => ({ type, aggregateId, data });

/** Parses an event's data against its type's schema; unknown types give null. */
export function parseEventData<T extends EventType>(type: T, data: unknown): EventData<T>;
export function parseEventData(type: string, data: unknown): unknown | null;
export function parseEventData(type: string, data: unknown) {
  const schema = (EVENT_SCHEMAS as Record<string, z.ZodType>)[type];
  return schema ? schema.parse(data) : null;
}
