/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type ActivityRegionInput = {
  municipality?: string | null | undefined;
  prefectureCode: string;
};

export type AnnouncementCategory =
  /** イベント: events, study meetings, symposiums */
  | 'EVENT'
  /** 国からのお知らせ: notices, guidance and requests from ministries and agencies */
  | 'GOVERNMENT_NOTICE'
  /** 法令・制度の改正: needs an effectiveDate */
  | 'LAW_CHANGE'
  /** その他 */
  | 'OTHER'
  /** ポータルのお知らせ: maintenance and changes of the portal itself */
  | 'PORTAL_NOTICE'
  /** アンケート依頼: a request to answer a survey */
  | 'SURVEY_REQUEST'
  /** 研修: training for coordinators */
  | 'TRAINING';

/**
 * `fields` matches announcements related to any of the fields. `text` is split on white space
 * and every term must occur in the title or body (full/half width and case do not matter).
 */
export type AnnouncementFilter = {
  categories?: Array<AnnouncementCategory> | null | undefined;
  fields?: Array<ConsultationField> | null | undefined;
  importances?: Array<AnnouncementImportance> | null | undefined;
  /** Agency admins only: list withdrawn announcements too. */
  includeWithdrawn?: boolean | null | undefined;
  text?: string | null | undefined;
  unreadOnly?: boolean | null | undefined;
};

export type AnnouncementImportance =
  | 'HIGH'
  | 'LOW'
  | 'NORMAL'
  /** Needs action now, e.g. in a disaster */
  | 'URGENT';

/** The posting guideline's anonymization checklist: every item must be confirmed. */
export type AnonymizationChecklistInput = {
  consentObtainedOrNotIdentifiable: boolean;
  contactDetailsRemoved: boolean;
  personalNamesRemoved: boolean;
  residenceCardNumbersRemoved: boolean;
};

/**
 * One answer: `optionIds` for SINGLE_CHOICE, MULTIPLE_CHOICE, PREFECTURE and
 * CONSULTATION_FIELD; `scale` for SCALE; `text` for FREE_TEXT. Unanswered optional
 * questions are left out.
 */
export type AnswerInput = {
  optionIds?: Array<string | number> | null | undefined;
  questionId: string | number;
  scale?: number | null | undefined;
  text?: string | null | undefined;
};

export type AnswerReferralInput = {
  accept: boolean;
  /** Required when declining. */
  declineReason?: DeclineReason | null | undefined;
  /** Set by the sender to record a partner organisation's answer. */
  partnerId?: string | number | null | undefined;
  referralId: string | number;
};

/**
 * Filters combine with AND; the values within one filter are alternatives. `text` is split on
 * white space and every term must occur in the title, summary or body (full/half width and
 * case do not matter).
 */
export type CaseStudyFilter = {
  fields?: Array<ConsultationField> | null | undefined;
  kinds?: Array<CaseStudyKind> | null | undefined;
  /** Only the caller's own case studies. */
  mine?: boolean | null | undefined;
  prefectureCodes?: Array<string> | null | undefined;
  /** Default [PUBLISHED]; members get only their own cases in other statuses. */
  statuses?: Array<CaseStudyStatus> | null | undefined;
  text?: string | null | undefined;
};

export type CaseStudyInput = {
  /** At most 20,000 characters. */
  body: string;
  fields: Array<ConsultationField>;
  kind: CaseStudyKind;
  prefectureCode: string;
  /** At most 1,000 characters. */
  summary: string;
  /** At most 200 characters. */
  title: string;
};

export type CaseStudyKind =
  /** 先進的な取組事例 */
  | 'ADVANCED_PRACTICE'
  /** 相談対応事例 */
  | 'CONSULTATION'
  /** 地域課題への対応事例 */
  | 'REGIONAL_ISSUE';

export type CaseStudyStatus =
  | 'ARCHIVED'
  | 'DRAFT'
  | 'PUBLISHED'
  | 'REJECTED'
  | 'SUBMITTED';

export type CaseStudyUpdateInput = {
  body?: string | null | undefined;
  fields?: Array<ConsultationField> | null | undefined;
  kind?: CaseStudyKind | null | undefined;
  prefectureCode?: string | null | undefined;
  summary?: string | null | undefined;
  title?: string | null | undefined;
};

export type CertificationStatus =
  | 'ACTIVE'
  | 'EXPIRED'
  | 'REVOKED'
  | 'SUSPENDED';

export type ConsultationCountInput = {
  count: number;
  field: ConsultationField;
};

export type ConsultationField =
  | 'CHILDCARE'
  | 'DAILY_LIFE'
  | 'DISASTER'
  | 'EDUCATION'
  | 'EMPLOYMENT'
  | 'HOUSING'
  | 'JAPANESE_LEARNING'
  | 'LEGAL'
  | 'MEDICAL'
  | 'MENTAL_HEALTH'
  | 'OTHER'
  | 'RESIDENCE'
  | 'SOCIAL_INSURANCE'
  | 'TAX'
  | 'VIOLENCE_ABUSE'
  | 'WELFARE';

export type ConsultationQuestionEditInput = {
  body: string;
  title: string;
};

export type ConsultationQuestionInput = {
  /** At most 5,000 characters, without personal data. */
  body: string;
  fields: Array<ConsultationField>;
  languages?: Array<string> | null | undefined;
  prefectureCode: string;
  /** At most 200 characters, without personal data. */
  title: string;
};

/** Filters combine with AND; values within one filter are alternatives. */
export type ConsultationThreadFilter = {
  fields?: Array<ConsultationField> | null | undefined;
  /** Questions the caller was invited to. */
  invitedMe?: boolean | null | undefined;
  languages?: Array<string> | null | undefined;
  /** The caller's own questions. */
  mine?: boolean | null | undefined;
  prefectureCodes?: Array<string> | null | undefined;
  unsolvedOnly?: boolean | null | undefined;
};

export type ConsultationThreadStatus =
  | 'OPEN'
  | 'SOLVED';

export type ContactInput = {
  email?: string | null | undefined;
  phone?: string | null | undefined;
};

export type ContactVisibility =
  /** Every signed-in member sees the contact details. */
  | 'MEMBERS'
  /** Only the owner and agency admins see them. */
  | 'PRIVATE';

/**
 * Filters combine with AND; the values within one filter are alternatives.
 * `text` is split on white space and every term must occur in the name, kana, bio,
 * qualifications or workplace (full/half width and case do not matter).
 */
export type CoordinatorFilter = {
  fields?: Array<ConsultationField> | null | undefined;
  languages?: Array<string> | null | undefined;
  prefectureCodes?: Array<string> | null | undefined;
  text?: string | null | undefined;
};

export type CoverageGapReason =
  /** A receiver in the prefecture declined a referral in the field for lack of capacity. */
  | 'CAPACITY_DECLINED'
  /** No approved partner serves the prefecture in this field. */
  | 'NO_PARTNER'
  /** Coordinators reported a partner shortage for the prefecture and field. */
  | 'SHORTAGE_REPORTED';

export type CreateSurveyInput = {
  /** Must be in the future; null: open until an admin closes it. */
  closesAt?: string | null | undefined;
  description?: string | null | undefined;
  questions: Array<QuestionInput>;
  title: string;
};

export type DeclineReason =
  | 'LANGUAGE_NOT_COVERED'
  /** No capacity now (counted as evidence of a shortage in reporting) */
  | 'NO_CAPACITY'
  | 'OTHER'
  | 'OUT_OF_AREA'
  | 'OUT_OF_FIELD';

export type FieldIssueCategory =
  | 'INFORMATION_GAP'
  | 'INSTITUTIONAL_GAP'
  | 'LANGUAGE_ACCESS'
  | 'OTHER'
  | 'PARTNER_SHORTAGE';

/** Filters combine with AND; the values within one filter are alternatives. */
export type FieldIssueFilter = {
  categories?: Array<FieldIssueCategory> | null | undefined;
  fields?: Array<ConsultationField> | null | undefined;
  prefectureCodes?: Array<string> | null | undefined;
  statuses?: Array<FieldIssueStatus> | null | undefined;
};

export type FieldIssueInput = {
  category: FieldIssueCategory;
  /** Up to 4,000 characters. */
  description: string;
  fields: Array<ConsultationField>;
  prefectureCode: string;
};

export type FieldIssueStatus =
  | 'ADDRESSED'
  | 'RECEIVED'
  | 'UNDER_REVIEW';

/** Filters combine with AND; the values within one filter are alternatives. */
export type FieldIssueSummaryFilter = {
  categories?: Array<FieldIssueCategory> | null | undefined;
  fields?: Array<ConsultationField> | null | undefined;
  prefectureCodes?: Array<string> | null | undefined;
  /** From the fiscal year (April to March, Japan time) this instant falls in. */
  since?: string | null | undefined;
  /** Through the fiscal year this instant falls in. */
  until?: string | null | undefined;
};

/** Filters combine with AND; the values within one filter are alternatives. */
export type FieldIssueTrendFilter = {
  categories?: Array<FieldIssueCategory> | null | undefined;
  fields?: Array<ConsultationField> | null | undefined;
  /** From this instant's month in Japan. */
  since?: string | null | undefined;
  /** Through this instant's month in Japan (at most the last month that is over). */
  until?: string | null | undefined;
};

/**
 * Counts of one quarter, each from 0 to 5000. No free text beyond the note (at most 200
 * characters), which must pass the personal-data screen.
 */
export type FileActivityReportInput = {
  consultations: Array<ConsultationCountInput>;
  /** Languages used, as BCP 47 tags (pt-BR counts as pt). */
  languages: Array<LanguageCountInput>;
  note?: string | null | undefined;
  /** Prefectures worked in this quarter (at least one). */
  prefectureCodes: Array<string>;
  quarter: string;
  referralsToCoordinators: number;
  referralsToPartners: number;
};

export type LanguageCountInput = {
  count: number;
  language: string;
};

export type LanguageLevel =
  | 'BASIC'
  | 'BUSINESS'
  | 'CONVERSATIONAL'
  | 'FLUENT'
  | 'NATIVE';

export type LanguageSkillInput = {
  code: string;
  level: LanguageLevel;
};

export type NotificationKind =
  /** A week before a quarter's activity report is due, to members who have not filed it */
  | 'ACTIVITY_REPORT_DUE'
  /** Any other announcement targeted to the member: in the daily digest */
  | 'ANNOUNCEMENT'
  /** 90, 30 and 7 days before the member's certification ends */
  | 'CERTIFICATION_EXPIRING'
  /** An answer to the member's consultation board question */
  | 'CONSULTATION_ANSWERED'
  /** The member's answer was marked as the one that solved a question: in the daily digest */
  | 'CONSULTATION_SOLVING_ANSWER'
  /** A response to, or a new status of, a field issue the member reported */
  | 'FIELD_ISSUE_UPDATE'
  /** A LAW_CHANGE announcement, a week before its effective date */
  | 'LAW_CHANGE_REMINDER'
  /** A referral sent to the member as a receiver */
  | 'REFERRAL_RECEIVED'
  /** A referral the member sent was accepted, declined by every receiver, or completed */
  | 'REFERRAL_UPDATE'
  /** The day before a study meeting the member registered for */
  | 'STUDY_MEETING_TOMORROW'
  /** Three days before a survey the member has not answered closes */
  | 'SURVEY_CLOSING'
  /** A survey opened */
  | 'SURVEY_OPENED'
  /** An URGENT announcement targeted to the member: e-mailed at once */
  | 'URGENT_ANNOUNCEMENT';

export type NotificationPreferencesInput = {
  digestHour?: number | null | undefined;
  email?: boolean | null | undefined;
  /** The kind whose e-mail to turn on or off; with `email`. */
  kind?: NotificationKind | null | undefined;
};

export type PartnerContactInput = {
  email?: string | null | undefined;
  phone?: string | null | undefined;
  url?: string | null | undefined;
};

export type PartnerContactPersonInput = {
  department?: string | null | undefined;
  email?: string | null | undefined;
  name?: string | null | undefined;
  phones?: Array<PartnerPhoneInput> | null | undefined;
  title?: string | null | undefined;
};

/**
 * Filters combine with AND; the values within one filter are alternatives.
 * `prefectureCodes` matches partners serving any of them; a nationwide or remote service
 * serves every prefecture. `languages` matches the tag or its primary language (`pt` finds
 * `pt-BR`). `text` is split on white space and every term must occur in the name, the
 * description or a service's name or description (full/half width and case do not matter).
 */
export type PartnerFilter = {
  fields?: Array<ConsultationField> | null | undefined;
  languages?: Array<string> | null | undefined;
  prefectureCodes?: Array<string> | null | undefined;
  /** Only the caller's own proposals. */
  proposedByMe?: boolean | null | undefined;
  /** Within what the caller may see, e.g. [PROPOSED] for an agency admin's review queue. */
  statuses?: Array<PartnerStatus> | null | undefined;
  text?: string | null | undefined;
};

export type PartnerPhoneInput = {
  description?: string | null | undefined;
  extension?: string | null | undefined;
  languages?: Array<string> | null | undefined;
  number: string;
  /** VOICE when left out. */
  type?: PartnerPhoneType | null | undefined;
};

export type PartnerPhoneType =
  | 'CELL'
  | 'FAX'
  | 'PAGER'
  | 'TEXT'
  | 'TEXTPHONE'
  | 'VIDEO'
  | 'VOICE';

export type PartnerScheduleInput = {
  byDay?: Array<PartnerWeekday> | null | undefined;
  closesAt?: string | null | undefined;
  description?: string | null | undefined;
  opensAt?: string | null | undefined;
};

export type PartnerServiceAreaInput = {
  municipality?: string | null | undefined;
  prefectureCode?: string | null | undefined;
  /** PREFECTURE when left out. */
  scope?: PartnerServiceAreaScope | null | undefined;
};

export type PartnerServiceAreaScope =
  /** Across Japan. */
  | 'NATIONWIDE'
  /** Within one prefecture, optionally one municipality of it. */
  | 'PREFECTURE'
  /** By phone or online, wherever the caller is. */
  | 'REMOTE';

export type PartnerServiceInput = {
  contacts?: Array<PartnerContactPersonInput> | null | undefined;
  description?: string | null | undefined;
  email?: string | null | undefined;
  fields: Array<ConsultationField>;
  /** An existing service of the partner (updatePartner); left out for a new one. */
  id?: string | number | null | undefined;
  languages?: Array<string> | null | undefined;
  name: string;
  phones?: Array<PartnerPhoneInput> | null | undefined;
  schedules?: Array<PartnerScheduleInput> | null | undefined;
  serviceAreas: Array<PartnerServiceAreaInput>;
  url?: string | null | undefined;
};

export type PartnerStatus =
  /** Listed in the directory. */
  | 'APPROVED'
  /** Was approved; no longer listed. */
  | 'ARCHIVED'
  /** Proposed by a coordinator, awaiting an agency admin's review. */
  | 'PROPOSED'
  | 'REJECTED';

/** RFC 5545 BYDAY codes, as HSDS schedules use them. */
export type PartnerWeekday =
  | 'FR'
  | 'MO'
  | 'SA'
  | 'SU'
  | 'TH'
  | 'TU'
  | 'WE';

export type PiiKind =
  | 'DATE_OF_BIRTH'
  | 'EMAIL_ADDRESS'
  | 'MY_NUMBER'
  | 'PASSPORT_NUMBER'
  | 'PHONE_NUMBER'
  | 'POSTAL_ADDRESS'
  | 'RESIDENCE_CARD_NUMBER'
  | 'STREET_ADDRESS';

export type PostVisibility =
  /** The personal-data screen found something: only its author (and agency admins) read it */
  | 'HELD'
  /** An agency admin hid it */
  | 'HIDDEN'
  /** Members read it */
  | 'VISIBLE';

/**
 * Either the directory's flat `fields`, `serviceAreas` and `languages` (the partner gets one
 * service with them and the contact details), or `services`, not both.
 */
export type ProposePartnerInput = {
  contact?: PartnerContactInput | null | undefined;
  description?: string | null | undefined;
  fields?: Array<ConsultationField> | null | undefined;
  languages?: Array<string> | null | undefined;
  legalStatus?: string | null | undefined;
  name: string;
  serviceAreas?: Array<PartnerServiceAreaInput> | null | undefined;
  services?: Array<PartnerServiceInput> | null | undefined;
};

export type PublishAnnouncementInput = {
  /** At most 20,000 characters. */
  body: string;
  category: AnnouncementCategory;
  /** Required for LAW_CHANGE. */
  effectiveDate?: string | null | undefined;
  /** NORMAL when left out. */
  importance?: AnnouncementImportance | null | undefined;
  relatedFields?: Array<ConsultationField> | null | undefined;
  /** Prefecture codes (01–47) of the coordinators it is meant for; empty or left out: nationwide. */
  targetPrefectureCodes?: Array<string> | null | undefined;
  /** At most 200 characters. */
  title: string;
};

export type QuestionInput = {
  kind: QuestionKind;
  /** MULTIPLE_CHOICE, PREFECTURE and CONSULTATION_FIELD only. */
  maxChoices?: number | null | undefined;
  /** Option labels, in order: 2 to 50, SINGLE_CHOICE and MULTIPLE_CHOICE only. */
  options?: Array<string> | null | undefined;
  prompt: string;
  required?: boolean | null | undefined;
  scaleMax?: number | null | undefined;
  /** SCALE only: integers from -10 to 10, scaleMin < scaleMax. */
  scaleMin?: number | null | undefined;
};

export type QuestionKind =
  | 'CONSULTATION_FIELD'
  | 'FREE_TEXT'
  | 'MULTIPLE_CHOICE'
  | 'PREFECTURE'
  | 'SCALE'
  | 'SINGLE_CHOICE';

export type ReceiverAnswer =
  | 'ACCEPTED'
  | 'DECLINED'
  | 'PENDING';

export type ReferralAction =
  | 'ACCEPTED'
  | 'COMPLETED'
  | 'DECLINED'
  | 'SENT'
  | 'WITHDRAWN';

/** `sentByMe` and `receivedByMe` narrow the list; `statuses` are alternatives. */
export type ReferralFilter = {
  receivedByMe?: boolean | null | undefined;
  sentByMe?: boolean | null | undefined;
  statuses?: Array<ReferralStatus> | null | undefined;
};

/** Filters combine with AND; the values within one filter are alternatives. */
export type ReferralFlowFilter = {
  fields?: Array<ConsultationField> | null | undefined;
  outcomes?: Array<ReferralOutcome> | null | undefined;
  /** Flows from or to any of these prefectures. */
  prefectureCodes?: Array<string> | null | undefined;
  /** From the fiscal year (April to March, Japan time) this instant falls in. */
  since?: string | null | undefined;
  /** Through the fiscal year this instant falls in. */
  until?: string | null | undefined;
};

export type ReferralNeedInput = {
  destinationPrefectureCode: string;
  fields: Array<ConsultationField>;
  /** BCP 47 tags; `pt` matches a receiver speaking pt-BR. */
  languages?: Array<string> | null | undefined;
};

/** What a referral's count in a flow stands for. */
export type ReferralOutcome =
  /** A receiver accepted it. */
  | 'ACCEPTED'
  /** The receiver who accepted it completed it. */
  | 'COMPLETED'
  /** Every receiver declined it. */
  | 'DECLINED'
  /** Sent to receivers in the destination prefecture. */
  | 'SENT'
  /** Its sender or receiver withdrew it. */
  | 'WITHDRAWN';

export type ReferralParty =
  | 'RECEIVER'
  | 'SENDER';

/** Exactly one of the two. */
export type ReferralReceiverInput = {
  coordinatorId?: string | number | null | undefined;
  partnerId?: string | number | null | undefined;
};

export type ReferralStatus =
  /** A receiver took it */
  | 'ACCEPTED'
  /** The receiver finished it */
  | 'COMPLETED'
  /** Every receiver declined */
  | 'DECLINED'
  /** Sent; waiting for a receiver to accept */
  | 'OPEN'
  /** Taken back by either side */
  | 'WITHDRAWN';

export type ReferralUrgency =
  | 'ROUTINE'
  /** Within days */
  | 'SOON'
  /** Now */
  | 'URGENT';

export type RegisterCoordinatorInput = {
  accountId: string | number;
  activityRegions: Array<ActivityRegionInput>;
  cohortYear: number;
  email?: string | null | undefined;
  expertiseFields?: Array<ConsultationField> | null | undefined;
  languages?: Array<LanguageSkillInput> | null | undefined;
  name: string;
  nameKana?: string | null | undefined;
  phone?: string | null | undefined;
};

export type RenewalGap =
  /** The certification is suspended or revoked: only the agency can reinstate it. */
  | 'CERTIFICATION_NOT_IN_GOOD_STANDING'
  /** Not enough follow-up training completed within the current validity. */
  | 'FOLLOW_UP_TRAINING';

export type ReviewDecision =
  | 'APPROVE'
  | 'REJECT';

export type ScheduleTrainingSessionInput = {
  format: TrainingFormat;
  heldOn: string;
  /** Required for IN_PERSON, not given for ONLINE. */
  prefectureCode?: string | null | undefined;
  title: string;
};

export type SendReferralInput = {
  /**
   * At most 1,000 characters, without the resident's personal data (name, residence card,
   * phone, address, date of birth…): it is screened, and refused with the findings.
   */
  description: string;
  /** Another prefecture than the origin. */
  destinationPrefectureCode: string;
  fields: Array<ConsultationField>;
  languages?: Array<string> | null | undefined;
  originPrefectureCode: string;
  /** One to five receivers: the first to accept takes it. */
  receivers: Array<ReferralReceiverInput>;
  /** Must be true: the resident's details are passed to the receiver outside the portal. */
  residentDetailsOutsidePortal: boolean;
  urgency: ReferralUrgency;
};

export type StudyMeetingFormat =
  | 'HYBRID'
  | 'IN_PERSON'
  | 'ONLINE';

export type StudyMeetingInput = {
  capacity: number;
  /** Published case studies, at most 20. */
  caseStudyIds?: Array<string | number> | null | undefined;
  description?: string | null | undefined;
  /** After startsAt. */
  endsAt: string;
  format: StudyMeetingFormat;
  /** Required for IN_PERSON and HYBRID meetings. */
  location?: string | null | undefined;
  onlineUrl?: string | null | undefined;
  /** In the future. */
  startsAt: string;
  title: string;
};

export type SuggestionReach =
  | 'IN_PREFECTURE'
  | 'NATIONWIDE_OR_REMOTE'
  | 'NEIGHBOURING_PREFECTURE';

export type SurveyStatus =
  | 'CLOSED'
  | 'DRAFT'
  | 'OPEN';

export type TrainingFormat =
  | 'IN_PERSON'
  | 'ONLINE';

/** Filters combine with AND; the values within one filter are alternatives. */
export type UnansweredQuestionFilter = {
  fields?: Array<ConsultationField> | null | undefined;
  prefectureCodes?: Array<string> | null | undefined;
  /** From the fiscal year (April to March, Japan time) this instant falls in. */
  since?: string | null | undefined;
  /** Through the fiscal year this instant falls in. */
  until?: string | null | undefined;
};

/**
 * Fields left out stay as they are; null clears an optional one. `services` replaces the list
 * (a service named by id is edited, the others are new; services left out are removed).
 * `fields`, `serviceAreas` and `languages` edit the only service of a partner that has one.
 */
export type UpdatePartnerInput = {
  /** The day the entry was last confirmed; not in the future. */
  assuredDate?: string | null | undefined;
  contact?: PartnerContactInput | null | undefined;
  description?: string | null | undefined;
  fields?: Array<ConsultationField> | null | undefined;
  languages?: Array<string> | null | undefined;
  legalStatus?: string | null | undefined;
  name?: string | null | undefined;
  serviceAreas?: Array<PartnerServiceAreaInput> | null | undefined;
  services?: Array<PartnerServiceInput> | null | undefined;
};

/** Fields left out stay as they are. */
export type UpdateProfileInput = {
  activityRegions?: Array<ActivityRegionInput> | null | undefined;
  bio?: string | null | undefined;
  contact?: ContactInput | null | undefined;
  contactVisibility?: ContactVisibility | null | undefined;
  currentWorkplace?: WorkplaceInput | null | undefined;
  expertiseFields?: Array<ConsultationField> | null | undefined;
  languages?: Array<LanguageSkillInput> | null | undefined;
  name?: string | null | undefined;
  nameKana?: string | null | undefined;
  qualifications?: Array<string> | null | undefined;
};

export type WorkplaceInput = {
  name: string;
  prefectureCode?: string | null | undefined;
};

export type DirectorySearchQueryVariables = Exact<{
  filter?: CoordinatorFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type DirectorySearchQuery = { coordinators: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, name: string, nameKana: string | null, expertiseFields: Array<ConsultationField>, qualifications: Array<string>, activityRegions: Array<{ prefectureCode: string, prefectureName: string, municipality: string | null }>, languages: Array<{ code: string, level: LanguageLevel }>, currentWorkplace: { name: string, prefectureCode: string | null } | null, contact: { email: string | null, phone: string | null } | null, certification: { cohortYear: number, status: CertificationStatus } } }> } | null };

export type CoordinatorProfileQueryVariables = Exact<{
  id: string | number;
}>;


export type CoordinatorProfileQuery = { coordinator: { id: string, name: string, bio: string | null, expertiseFields: Array<ConsultationField>, endorsedPartners: Array<{ id: string, name: string, fields: Array<ConsultationField> }> | null, caseStudies: Array<{ id: string, title: string, kind: CaseStudyKind, publishedAt: string | null }> | null } | null };

export type MyProfileQueryVariables = Exact<{ [key: string]: never; }>;


export type MyProfileQuery = { me: { id: string, name: string, contactVisibility: ContactVisibility, certification: { certificateNumber: string, cohortYear: number, status: CertificationStatus, issuedAt: string, validUntil: string } } | null };

export type UpdateMyProfileMutationVariables = Exact<{
  input: UpdateProfileInput;
}>;


export type UpdateMyProfileMutation = { updateMyProfile: { id: string, bio: string | null, expertiseFields: Array<ConsultationField>, qualifications: Array<string>, contactVisibility: ContactVisibility, languages: Array<{ code: string, level: LanguageLevel }>, activityRegions: Array<{ prefectureCode: string, municipality: string | null }>, currentWorkplace: { name: string, prefectureCode: string | null } | null, contact: { email: string | null, phone: string | null } | null } | null };

export type RegisterCoordinatorMutationVariables = Exact<{
  input: RegisterCoordinatorInput;
}>;


export type RegisterCoordinatorMutation = { registerCoordinator: { id: string, name: string, certification: { certificateNumber: string, cohortYear: number, status: CertificationStatus, issuedAt: string, validUntil: string } } | null };

export type RequestMyErasureMutationVariables = Exact<{ [key: string]: never; }>;


export type RequestMyErasureMutation = { requestMyErasure: { requestedAt: string, coordinator: { id: string } } | null };

export type ErasureRequestsQueryVariables = Exact<{ [key: string]: never; }>;


export type ErasureRequestsQuery = { erasureRequests: Array<{ requestedAt: string, coordinator: { id: string, name: string, certification: { certificateNumber: string } } }> | null };

export type EraseCoordinatorMutationVariables = Exact<{
  id: string | number;
}>;


export type EraseCoordinatorMutation = { eraseCoordinator: { coordinatorId: string, erasedAt: string } | null };

export type PartnerDirectoryQueryVariables = Exact<{
  filter?: PartnerFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type PartnerDirectoryQuery = { partners: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, name: string, description: string | null, fields: Array<ConsultationField>, languages: Array<string>, status: PartnerStatus, serviceAreas: Array<{ prefectureCode: string | null, municipality: string | null }>, contact: { phone: string | null, email: string | null, url: string | null }, endorsedBy: Array<{ id: string, name: string } | null> } }> } | null };

export type ProposePartnerMutationVariables = Exact<{
  input: ProposePartnerInput;
}>;


export type ProposePartnerMutation = { proposePartner: { id: string, name: string, status: PartnerStatus } | null };

export type ReviewPartnerMutationVariables = Exact<{
  id: string | number;
  decision: ReviewDecision;
  note?: string | null | undefined;
}>;


export type ReviewPartnerMutation = { reviewPartner: { id: string, status: PartnerStatus } | null };

export type EndorsePartnerMutationVariables = Exact<{
  id: string | number;
}>;


export type EndorsePartnerMutation = { endorsePartner: { id: string, endorsedBy: Array<{ id: string } | null> } | null };

export type CaseLibraryQueryVariables = Exact<{
  filter?: CaseStudyFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type CaseLibraryQuery = { caseStudies: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, kind: CaseStudyKind, title: string, summary: string, fields: Array<ConsultationField>, prefectureCode: string, status: CaseStudyStatus, publishedAt: string | null, author: { id: string, name: string } | null } }> } | null };

export type DraftCaseStudyMutationVariables = Exact<{
  input: CaseStudyInput;
}>;


export type DraftCaseStudyMutation = { createCaseStudyDraft: { id: string, status: CaseStudyStatus } | null };

export type SubmitCaseStudyMutationVariables = Exact<{
  id: string | number;
  checklist: AnonymizationChecklistInput;
}>;


export type SubmitCaseStudyMutation = { submitCaseStudy: { id: string, status: CaseStudyStatus, piiFindings: Array<{ kind: PiiKind, excerpt: string }> } | null };

export type ReviewCaseStudyMutationVariables = Exact<{
  id: string | number;
  decision: ReviewDecision;
  note?: string | null | undefined;
}>;


export type ReviewCaseStudyMutation = { reviewCaseStudy: { id: string, status: CaseStudyStatus, publishedAt: string | null } | null };

export type StudyMeetingsQueryVariables = Exact<{ [key: string]: never; }>;


export type StudyMeetingsQuery = { studyMeetings: Array<{ id: string, title: string, startsAt: string, endsAt: string, format: StudyMeetingFormat, capacity: number, registeredCount: number, viewerIsRegistered: boolean, caseStudies: Array<{ id: string, title: string }> }> | null };

export type ScheduleStudyMeetingMutationVariables = Exact<{
  input: StudyMeetingInput;
}>;


export type ScheduleStudyMeetingMutation = { scheduleStudyMeeting: { id: string, title: string, capacity: number } | null };

export type RegisterForStudyMeetingMutationVariables = Exact<{
  id: string | number;
}>;


export type RegisterForStudyMeetingMutation = { registerForStudyMeeting: { id: string, registeredCount: number, viewerIsRegistered: boolean } | null };

export type AnnouncementInboxQueryVariables = Exact<{
  filter?: AnnouncementFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type AnnouncementInboxQuery = { unreadAnnouncementCount: number | null, announcements: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, title: string, body: string, category: AnnouncementCategory, importance: AnnouncementImportance, relatedFields: Array<ConsultationField>, effectiveDate: string | null, publishedAt: string, isRead: boolean } }> } | null };

export type PublishAnnouncementMutationVariables = Exact<{
  input: PublishAnnouncementInput;
}>;


export type PublishAnnouncementMutation = { publishAnnouncement: { id: string, publishedAt: string } | null };

export type MarkAnnouncementReadMutationVariables = Exact<{
  id: string | number;
}>;


export type MarkAnnouncementReadMutation = { markAnnouncementRead: { id: string, isRead: boolean } | null };

export type OpenSurveysQueryVariables = Exact<{ [key: string]: never; }>;


export type OpenSurveysQuery = { surveys: Array<{ id: string, title: string, description: string | null, closesAt: string | null, questions: Array<{ id: string, kind: QuestionKind, prompt: string, required: boolean, scaleMin: number | null, scaleMax: number | null, options: Array<{ id: string, label: string }> }>, myResponse: { id: string, submittedAt: string } | null }> | null };

export type CreateSurveyMutationVariables = Exact<{
  input: CreateSurveyInput;
}>;


export type CreateSurveyMutation = { createSurvey: { id: string, status: SurveyStatus, questions: Array<{ id: string, options: Array<{ id: string }> }> } | null };

export type OpenSurveyMutationVariables = Exact<{
  id: string | number;
}>;


export type OpenSurveyMutation = { openSurvey: { id: string, status: SurveyStatus } | null };

export type CloseSurveyMutationVariables = Exact<{
  id: string | number;
}>;


export type CloseSurveyMutation = { closeSurvey: { id: string, status: SurveyStatus } | null };

export type SubmitSurveyResponseMutationVariables = Exact<{
  surveyId: string | number;
  answers: Array<AnswerInput> | AnswerInput;
}>;


export type SubmitSurveyResponseMutation = { submitSurveyResponse: { id: string, submittedAt: string } | null };

export type ReportFieldIssueMutationVariables = Exact<{
  input: FieldIssueInput;
}>;


export type ReportFieldIssueMutation = { reportFieldIssue: { id: string, createdAt: string } | null };

export type SurveyDashboardQueryVariables = Exact<{
  surveyId: string | number;
  prefectureCode?: string | null | undefined;
}>;


export type SurveyDashboardQuery = { surveyReport: { totalResponses: number | null, releasedAt: string | null, lastEventAt: string | null, survey: { id: string, title: string } | null, respondentsByPrefecture: Array<{ prefectureCode: string, prefectureName: string, count: number | null, suppressed: boolean }>, questions: Array<{ questionId: string, prompt: string, kind: QuestionKind, answeredCount: number | null, mean: number | null, options: Array<{ optionId: string, label: string, count: number | null, suppressed: boolean }> }> } | null };

export type FieldIssueDashboardQueryVariables = Exact<{
  filter?: FieldIssueSummaryFilter | null | undefined;
}>;


export type FieldIssueDashboardQuery = { fieldIssueSummary: Array<{ prefectureCode: string, field: ConsultationField, category: FieldIssueCategory, count: number | null, suppressed: boolean }> | null };

export type PartnerCoverageQueryVariables = Exact<{
  prefectureCode: string;
}>;


export type PartnerCoverageQuery = { partnerCoverage: Array<{ field: ConsultationField, partnerCount: number, coordinatorCount: number | null, shortageReports: number | null, capacityDeclines: number | null, gap: boolean }> | null };

export type FieldIssueTrendQueryVariables = Exact<{
  filter?: FieldIssueTrendFilter | null | undefined;
}>;


export type FieldIssueTrendQuery = { fieldIssueTrend: Array<{ month: string, field: ConsultationField, category: FieldIssueCategory, count: number | null, suppressed: boolean }> | null };

export type ReferralFlowsQueryVariables = Exact<{
  filter?: ReferralFlowFilter | null | undefined;
}>;


export type ReferralFlowsQuery = { referralFlows: Array<{ originPrefectureCode: string, originPrefectureName: string, destinationPrefectureCode: string, destinationPrefectureName: string, field: ConsultationField, outcome: ReferralOutcome, count: number | null, suppressed: boolean }> | null };

export type UnansweredQuestionsQueryVariables = Exact<{
  filter?: UnansweredQuestionFilter | null | undefined;
}>;


export type UnansweredQuestionsQuery = { unansweredQuestions: Array<{ prefectureCode: string, prefectureName: string, field: ConsultationField, count: number | null, suppressed: boolean }> | null };

export type CoverageMatrixQueryVariables = Exact<{
  prefectureCodes?: Array<string> | string | null | undefined;
}>;


export type CoverageMatrixQuery = { partnerCoverageMatrix: { lastEventAt: string | null, prefectures: Array<{ prefectureCode: string, prefectureName: string, gapCount: number, fields: Array<{ field: ConsultationField, partnerCount: number, coordinatorCount: number | null, coordinatorCountSuppressed: boolean, shortageReports: number | null, shortageReportsSuppressed: boolean, capacityDeclines: number | null, capacityDeclinesSuppressed: boolean, gap: boolean, gapReasons: Array<CoverageGapReason> }> }> } | null };

export type ReportedSurveysQueryVariables = Exact<{ [key: string]: never; }>;


export type ReportedSurveysQuery = { reportedSurveys: Array<{ id: string, closesAt: string | null, releasedAt: string | null, survey: { id: string, title: string } | null }> | null };

export type ReportingFreshnessQueryVariables = Exact<{ [key: string]: never; }>;


export type ReportingFreshnessQuery = { reportingFreshness: { lastEventAt: string | null, smallCellK: number } | null };

export type SetCertificationStatusMutationVariables = Exact<{
  id: string | number;
  status: CertificationStatus;
}>;


export type SetCertificationStatusMutation = { setCertificationStatus: { id: string, certification: { certificateNumber: string, status: CertificationStatus, validUntil: string } } | null };

export type PartnerQueryVariables = Exact<{
  id: string | number;
}>;


export type PartnerQuery = { partner: { id: string, name: string, description: string | null, status: PartnerStatus, fields: Array<ConsultationField>, languages: Array<string>, serviceAreas: Array<{ scope: PartnerServiceAreaScope, prefectureCode: string | null, prefectureName: string | null, municipality: string | null }>, contact: { email: string | null, phone: string | null, url: string | null }, endorsedBy: Array<{ id: string, name: string } | null> } | null };

export type UpdatePartnerMutationVariables = Exact<{
  id: string | number;
  input: UpdatePartnerInput;
}>;


export type UpdatePartnerMutation = { updatePartner: { id: string, name: string, lastModified: string, assuredDate: string | null } | null };

export type ArchivePartnerMutationVariables = Exact<{
  id: string | number;
  note?: string | null | undefined;
}>;


export type ArchivePartnerMutation = { archivePartner: { id: string, status: PartnerStatus } | null };

export type WithdrawEndorsementMutationVariables = Exact<{
  id: string | number;
}>;


export type WithdrawEndorsementMutation = { withdrawEndorsement: { id: string, endorsedBy: Array<{ id: string } | null> } | null };

export type CaseStudyQueryVariables = Exact<{
  id: string | number;
}>;


export type CaseStudyQuery = { caseStudy: { id: string, title: string, kind: CaseStudyKind, status: CaseStudyStatus, summary: string, body: string, fields: Array<ConsultationField>, prefectureCode: string, publishedAt: string | null, piiFindings: Array<{ kind: PiiKind, field: string, excerpt: string }>, author: { id: string, name: string } | null } | null };

export type UpdateCaseStudyDraftMutationVariables = Exact<{
  id: string | number;
  input: CaseStudyUpdateInput;
}>;


export type UpdateCaseStudyDraftMutation = { updateCaseStudyDraft: { id: string, status: CaseStudyStatus, title: string, summary: string } | null };

export type ArchiveCaseStudyMutationVariables = Exact<{
  id: string | number;
}>;


export type ArchiveCaseStudyMutation = { archiveCaseStudy: { id: string, status: CaseStudyStatus } | null };

export type StudyMeetingQueryVariables = Exact<{
  id: string | number;
}>;


export type StudyMeetingQuery = { studyMeeting: { id: string, title: string, description: string | null, startsAt: string, endsAt: string, format: StudyMeetingFormat, location: string | null, onlineUrl: string | null, capacity: number, registeredCount: number, viewerIsRegistered: boolean, caseStudies: Array<{ id: string, title: string }> } | null };

export type CancelStudyMeetingRegistrationMutationVariables = Exact<{
  id: string | number;
}>;


export type CancelStudyMeetingRegistrationMutation = { cancelStudyMeetingRegistration: { id: string, registeredCount: number, viewerIsRegistered: boolean } | null };

export type AnnouncementQueryVariables = Exact<{
  id: string | number;
}>;


export type AnnouncementQuery = { announcement: { id: string, title: string, body: string, category: AnnouncementCategory, importance: AnnouncementImportance, effectiveDate: string | null, publishedAt: string, isRead: boolean } | null };

export type WithdrawAnnouncementMutationVariables = Exact<{
  id: string | number;
}>;


export type WithdrawAnnouncementMutation = { withdrawAnnouncement: { id: string, withdrawnAt: string | null } | null };

export type SurveyQueryVariables = Exact<{
  id: string | number;
}>;


export type SurveyQuery = { survey: { id: string, title: string, description: string | null, status: SurveyStatus, closesAt: string | null, responseCount: number | null, questions: Array<{ id: string, kind: QuestionKind, prompt: string, required: boolean, scaleMin: number | null, scaleMax: number | null, maxChoices: number | null, options: Array<{ id: string, label: string }> }>, myResponse: { id: string, submittedAt: string } | null } | null };

export type UpdateSurveyMutationVariables = Exact<{
  id: string | number;
  input: CreateSurveyInput;
}>;


export type UpdateSurveyMutation = { updateSurvey: { id: string, status: SurveyStatus, questions: Array<{ id: string, kind: QuestionKind, prompt: string }> } | null };

export type SurveyResponsesCsvQueryVariables = Exact<{
  surveyId: string | number;
}>;


export type SurveyResponsesCsvQuery = { surveyResponsesCsv: string | null };

export type FieldIssuesQueryVariables = Exact<{
  filter?: FieldIssueFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type FieldIssuesQuery = { fieldIssues: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, prefectureCode: string, prefectureName: string, fields: Array<ConsultationField>, category: FieldIssueCategory, description: string | null, status: FieldIssueStatus, publicResponse: string | null, respondedAt: string | null, createdAt: string, reportedByMe: boolean } }> } | null };

export type MyFieldIssuesQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type MyFieldIssuesQuery = { myFieldIssues: { totalCount: number, edges: Array<{ node: { id: string, prefectureCode: string, fields: Array<ConsultationField>, category: FieldIssueCategory, description: string | null, status: FieldIssueStatus, publicResponse: string | null, respondedAt: string | null, createdAt: string } }> } | null };

export type RespondToFieldIssueMutationVariables = Exact<{
  id: string | number;
  status: FieldIssueStatus;
  response?: string | null | undefined;
}>;


export type RespondToFieldIssueMutation = { respondToFieldIssue: { id: string, status: FieldIssueStatus, publicResponse: string | null, respondedAt: string | null } | null };

export type MyRenewalQueryVariables = Exact<{ [key: string]: never; }>;


export type MyRenewalQuery = { me: { id: string, certification: { certificateNumber: string, status: CertificationStatus, validUntil: string, renewal: { completedTrainings: number, requiredTrainings: number, countsTrainingsFrom: string, eligible: boolean, missing: Array<RenewalGap> } | null, renewals: Array<{ renewedAt: string, previousValidUntil: string, validUntil: string }> | null }, trainingHistory: Array<{ completed: boolean, recordedAt: string, session: { id: string, title: string, heldOn: string, format: TrainingFormat, prefectureCode: string | null } }> | null } | null };

export type TrainingSessionsQueryVariables = Exact<{
  upcomingOnly?: boolean | null | undefined;
}>;


export type TrainingSessionsQuery = { trainingSessions: Array<{ id: string, title: string, heldOn: string, format: TrainingFormat, prefectureCode: string | null }> | null };

export type ScheduleTrainingSessionMutationVariables = Exact<{
  input: ScheduleTrainingSessionInput;
}>;


export type ScheduleTrainingSessionMutation = { scheduleTrainingSession: { id: string, title: string, heldOn: string, format: TrainingFormat, prefectureCode: string | null } | null };

export type RecordTrainingAttendanceMutationVariables = Exact<{
  sessionId: string | number;
  coordinatorId: string | number;
  completed: boolean;
}>;


export type RecordTrainingAttendanceMutation = { recordTrainingAttendance: { completed: boolean, recordedAt: string, session: { id: string, title: string, heldOn: string } } | null };

export type RenewCertificationMutationVariables = Exact<{
  id: string | number;
}>;


export type RenewCertificationMutation = { renewCertification: { id: string, certification: { status: CertificationStatus, validUntil: string, renewals: Array<{ renewedAt: string, previousValidUntil: string, validUntil: string }> | null } } | null };

export type FileActivityReportMutationVariables = Exact<{
  input: FileActivityReportInput;
}>;


export type FileActivityReportMutation = { fileActivityReport: { id: string, quarter: string, deadline: string, prefectureCodes: Array<string>, referralsToPartners: number, referralsToCoordinators: number, note: string | null, filedAt: string, updatedAt: string, consultations: Array<{ field: ConsultationField, count: number }>, languages: Array<{ language: string, count: number }> } | null };

export type MyActivityReportsQueryVariables = Exact<{ [key: string]: never; }>;


export type MyActivityReportsQuery = { myActivityReports: Array<{ id: string, quarter: string, deadline: string, prefectureCodes: Array<string>, referralsToPartners: number, referralsToCoordinators: number, note: string | null, filedAt: string, updatedAt: string, consultations: Array<{ field: ConsultationField, count: number }>, languages: Array<{ language: string, count: number }> }> | null };

export type ActivityReportFilingQueryVariables = Exact<{
  quarter: string;
  first?: number | null | undefined;
}>;


export type ActivityReportFilingQuery = { activityReportFiling: { quarter: string, deadline: string, due: number, filed: number, missing: Array<{ id: string, name: string, certification: { certificateNumber: string } }> | null } | null };

export type ActivityReportSummaryQueryVariables = Exact<{
  quarter: string;
}>;


export type ActivityReportSummaryQuery = { activityReportSummary: { quarter: string, releasedFrom: string, released: boolean, lastEventAt: string | null, consultations: Array<{ area: string, areaName: string, key: string, count: number | null, suppressed: boolean }>, languages: Array<{ area: string, areaName: string, key: string, count: number | null, suppressed: boolean }>, referrals: Array<{ area: string, areaName: string, key: string, count: number | null, suppressed: boolean }> } | null };

export type MyNotificationsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  unreadOnly?: boolean | null | undefined;
}>;


export type MyNotificationsQuery = { myNotifications: { totalCount: number, unreadCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, kind: NotificationKind, title: string, text: string, link: string, createdAt: string, readAt: string | null } }> } | null };

export type MarkNotificationsReadMutationVariables = Exact<{
  ids: Array<string | number> | string | number;
}>;


export type MarkNotificationsReadMutation = { markNotificationsRead: Array<{ id: string, readAt: string | null }> };

export type MarkAllNotificationsReadMutationVariables = Exact<{ [key: string]: never; }>;


export type MarkAllNotificationsReadMutation = { markAllNotificationsRead: number };

export type MyNotificationPreferencesQueryVariables = Exact<{ [key: string]: never; }>;


export type MyNotificationPreferencesQuery = { myNotificationPreferences: { digestHour: number, kinds: Array<{ kind: NotificationKind, email: boolean, digest: boolean }> } | null };

export type UpdateNotificationPreferencesMutationVariables = Exact<{
  input: NotificationPreferencesInput;
}>;


export type UpdateNotificationPreferencesMutation = { updateNotificationPreferences: { digestHour: number, kinds: Array<{ kind: NotificationKind, email: boolean, digest: boolean }> } | null };

export type ReferralsQueryVariables = Exact<{
  filter?: ReferralFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type ReferralsQuery = { referrals: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, status: ReferralStatus, fields: Array<ConsultationField>, urgency: ReferralUrgency, originPrefectureCode: string, destinationPrefectureCode: string, sentByMe: boolean, createdAt: string, updatedAt: string } }> } | null };

export type ReferralQueryVariables = Exact<{
  id: string | number;
}>;


export type ReferralQuery = { referral: { id: string, status: ReferralStatus, fields: Array<ConsultationField>, languages: Array<string>, urgency: ReferralUrgency, originPrefectureCode: string, destinationPrefectureCode: string, description: string, sentByMe: boolean, createdAt: string, updatedAt: string, sender: { id: string, name: string } | null, receivers: Array<{ id: string, answer: ReceiverAnswer, declineReason: DeclineReason | null, answeredAt: string | null, isMe: boolean, coordinator: { id: string, name: string } | null, partner: { id: string, name: string } | null }>, acceptedBy: { id: string } | null, history: Array<{ action: ReferralAction, by: ReferralParty, declineReason: DeclineReason | null, at: string, receiver: { id: string } | null }> } | null };

export type ReferralSuggestionsQueryVariables = Exact<{
  need: ReferralNeedInput;
  first?: number | null | undefined;
}>;


export type ReferralSuggestionsQuery = { referralSuggestions: Array<{ matchedFields: Array<ConsultationField>, matchedLanguages: Array<string>, reach: SuggestionReach, reachPrefectureCode: string | null, reason: string, coordinator: { id: string, name: string } | null, partner: { id: string, name: string } | null }> | null };

export type SendReferralMutationVariables = Exact<{
  input: SendReferralInput;
}>;


export type SendReferralMutation = { sendReferral: { id: string, status: ReferralStatus, createdAt: string, receivers: Array<{ id: string, answer: ReceiverAnswer, coordinator: { id: string } | null, partner: { id: string } | null }> } | null };

export type AnswerReferralMutationVariables = Exact<{
  input: AnswerReferralInput;
}>;


export type AnswerReferralMutation = { answerReferral: { id: string, status: ReferralStatus, acceptedBy: { id: string } | null, receivers: Array<{ id: string, answer: ReceiverAnswer, declineReason: DeclineReason | null, answeredAt: string | null }> } | null };

export type CompleteReferralMutationVariables = Exact<{
  id: string | number;
}>;


export type CompleteReferralMutation = { completeReferral: { id: string, status: ReferralStatus, updatedAt: string } | null };

export type WithdrawReferralMutationVariables = Exact<{
  id: string | number;
}>;


export type WithdrawReferralMutation = { withdrawReferral: { id: string, status: ReferralStatus, updatedAt: string } | null };

export type ConsultationBoardQueryVariables = Exact<{
  filter?: ConsultationThreadFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type ConsultationBoardQuery = { consultationThreads: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, title: string, fields: Array<ConsultationField>, languages: Array<string>, prefectureCode: string, regionCode: string, status: ConsultationThreadStatus, visibility: PostVisibility, askedByMe: boolean, invitedMe: boolean, createdAt: string } }> } | null };

export type ConsultationThreadQueryVariables = Exact<{
  id: string | number;
}>;


export type ConsultationThreadQuery = { consultationThread: { id: string, title: string, body: string, fields: Array<ConsultationField>, languages: Array<string>, prefectureCode: string, regionCode: string, status: ConsultationThreadStatus, visibility: PostVisibility, hiddenReason: string | null, askedByMe: boolean, invitedMe: boolean, caseStudyDraftRequestedAt: string | null, createdAt: string, updatedAt: string, piiFindings: Array<{ kind: PiiKind, field: string, excerpt: string }>, invitedExperts: Array<{ id: string, name: string }>, answers: Array<{ id: string, body: string, visibility: PostVisibility, hiddenReason: string | null, byMe: boolean, isSolving: boolean, createdAt: string, piiFindings: Array<{ kind: PiiKind, field: string, excerpt: string }> }>, solvingAnswer: { id: string } | null } | null };

export type AskConsultationQuestionMutationVariables = Exact<{
  input: ConsultationQuestionInput;
}>;


export type AskConsultationQuestionMutation = { askConsultationQuestion: { id: string, status: ConsultationThreadStatus, visibility: PostVisibility, createdAt: string, piiFindings: Array<{ kind: PiiKind, field: string, excerpt: string }> } | null };

export type EditConsultationQuestionMutationVariables = Exact<{
  id: string | number;
  input: ConsultationQuestionEditInput;
}>;


export type EditConsultationQuestionMutation = { editConsultationQuestion: { id: string, title: string, body: string, visibility: PostVisibility, piiFindings: Array<{ kind: PiiKind, field: string, excerpt: string }> } | null };

export type AnswerConsultationQuestionMutationVariables = Exact<{
  threadId: string | number;
  body: string;
}>;


export type AnswerConsultationQuestionMutation = { answerConsultationQuestion: { id: string, body: string, visibility: PostVisibility, createdAt: string, piiFindings: Array<{ kind: PiiKind, field: string, excerpt: string }> } | null };

export type EditConsultationAnswerMutationVariables = Exact<{
  id: string | number;
  body: string;
}>;


export type EditConsultationAnswerMutation = { editConsultationAnswer: { id: string, body: string, visibility: PostVisibility, piiFindings: Array<{ kind: PiiKind, field: string, excerpt: string }> } | null };

export type MarkSolvingAnswerMutationVariables = Exact<{
  threadId: string | number;
  answerId: string | number;
}>;


export type MarkSolvingAnswerMutation = { markSolvingAnswer: { id: string, status: ConsultationThreadStatus, solvingAnswer: { id: string } | null } | null };

export type ExpertSuggestionsQueryVariables = Exact<{
  threadId: string | number;
  first?: number | null | undefined;
}>;


export type ExpertSuggestionsQuery = { expertSuggestions: Array<{ matchedFields: Array<ConsultationField>, matchedLanguages: Array<string>, reach: SuggestionReach, reachPrefectureCode: string | null, reason: string, coordinator: { id: string, name: string } | null }> | null };

export type InviteExpertsMutationVariables = Exact<{
  threadId: string | number;
  coordinatorIds: Array<string | number> | string | number;
}>;


export type InviteExpertsMutation = { inviteExperts: { id: string, invitedExperts: Array<{ id: string, name: string }> } | null };

export type RequestCaseStudyDraftMutationVariables = Exact<{
  threadId: string | number;
}>;


export type RequestCaseStudyDraftMutation = { requestCaseStudyDraft: { id: string, caseStudyDraftRequestedAt: string | null } | null };

export type HideConsultationThreadMutationVariables = Exact<{
  id: string | number;
  reason: string;
}>;


export type HideConsultationThreadMutation = { hideConsultationThread: { id: string, visibility: PostVisibility, hiddenReason: string | null } | null };

export type HideConsultationAnswerMutationVariables = Exact<{
  id: string | number;
  reason: string;
}>;


export type HideConsultationAnswerMutation = { hideConsultationAnswer: { id: string, visibility: PostVisibility, hiddenReason: string | null } | null };


export const DirectorySearchDocument = {"__meta__":{"hash":"sha256:ffdbb928d6805b2cc032850189f1edb14c361bb7b1b299802838dbd7ba9efa0f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DirectorySearch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CoordinatorFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"coordinators"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameKana"}},{"kind":"Field","name":{"kind":"Name","value":"activityRegions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"prefectureCode"}},{"kind":"Field","name":{"kind":"Name","value":"prefectureName"}},{"kind":"Field","name":{"kind":"Name","value":"municipality"}}]}},{"kind":"Field","name":{"kind":"Name","value":"expertiseFields"}},{"kind":"Field","name":{"kind":"Name","value":"languages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"level"}}]}},{"kind":"Field","name":{"kind":"Name","value":"qualifications"}},{"kind":"Field","name":{"kind":"Name","value":"currentWorkplace"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"prefectureCode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"certification"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cohortYear"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<DirectorySearchQuery, DirectorySearchQueryVariables>;
export const CoordinatorProfileDocument = {"__meta__":{"hash":"sha256:dc3dfb25febb0ecb956f90a4558d70bfc8e179ba7a64d108066e1594aef9972e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CoordinatorProfile"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"coordinator"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"bio"}},{"kind":"Field","name":{"kind":"Name","value":"expertiseFields"}},{"kind":"Field","name":{"kind":"Name","value":"endorsedPartners"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"fields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"caseStudies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}}]}}]}}]}}]} as unknown as DocumentNode<CoordinatorProfileQuery, CoordinatorProfileQueryVariables>;
export const MyProfileDocument = {"__meta__":{"hash":"sha256:0ed40515efe712af52abe98f5980b5532e482c56b74b3e8e8e8918a1ee6b3a19"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyProfile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"contactVisibility"}},{"kind":"Field","name":{"kind":"Name","value":"certification"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"certificateNumber"}},{"kind":"Field","name":{"kind":"Name","value":"cohortYear"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}}]}}]}}]}}]} as unknown as DocumentNode<MyProfileQuery, MyProfileQueryVariables>;
export const UpdateMyProfileDocument = {"__meta__":{"hash":"sha256:8da24401076b8fd88e2e41d268f92a8df60d312639ce6369a30016c43e2784a9"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateMyProfile"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateProfileInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateMyProfile"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"bio"}},{"kind":"Field","name":{"kind":"Name","value":"expertiseFields"}},{"kind":"Field","name":{"kind":"Name","value":"languages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"level"}}]}},{"kind":"Field","name":{"kind":"Name","value":"qualifications"}},{"kind":"Field","name":{"kind":"Name","value":"activityRegions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"prefectureCode"}},{"kind":"Field","name":{"kind":"Name","value":"municipality"}}]}},{"kind":"Field","name":{"kind":"Name","value":"currentWorkplace"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"prefectureCode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contactVisibility"}}]}}]}}]} as unknown as DocumentNode<UpdateMyProfileMutation, UpdateMyProfileMutationVariables>;
export const RegisterCoordinatorDocument = {"__meta__":{"hash":"sha256:17524a6b6aeaef191b37bb5845e515ee4d0876255e36ea63cc830b796516d251"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RegisterCoordinator"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RegisterCoordinatorInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registerCoordinator"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"certification"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"certificateNumber"}},{"kind":"Field","name":{"kind":"Name","value":"cohortYear"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}}]}}]}}]}}]} as unknown as DocumentNode<RegisterCoordinatorMutation, RegisterCoordinatorMutationVariables>;
export const RequestMyErasureDocument = {"__meta__":{"hash":"sha256:6adf9dc809f1c844cb8f065c18768ec848372cd4a478de66c881981ec90e70d0"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RequestMyErasure"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestMyErasure"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"coordinator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<RequestMyErasureMutation, RequestMyErasureMutationVariables>;
export const ErasureRequestsDocument = {"__meta__":{"hash":"sha256:2687d5f6cfb5cd9a7d3378f9dc4bb9694890ac5a5e3552b69dd785cc69f9d166"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ErasureRequests"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"erasureRequests"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"coordinator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"certification"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"certificateNumber"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ErasureRequestsQuery, ErasureRequestsQueryVariables>;
export const EraseCoordinatorDocument = {"__meta__":{"hash":"sha256:c5d243d73440c0706c0c0a26770db91d0f69db9cbdfba0ae66312e3f6bdaf310"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EraseCoordinator"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eraseCoordinator"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"coordinatorId"}},{"kind":"Field","name":{"kind":"Name","value":"erasedAt"}}]}}]}}]} as unknown as DocumentNode<EraseCoordinatorMutation, EraseCoordinatorMutationVariables>;
export const PartnerDirectoryDocument = {"__meta__":{"hash":"sha256:a4c9ebc7069fa6e3411a2b44998f7c576f982cb752bf9789e557a8542ad49fdb"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PartnerDirectory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PartnerFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partners"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"fields"}},{"kind":"Field","name":{"kind":"Name","value":"serviceAreas"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"prefectureCode"}},{"kind":"Field","name":{"kind":"Name","value":"municipality"}}]}},{"kind":"Field","name":{"kind":"Name","value":"languages"}},{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"endorsedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<PartnerDirectoryQuery, PartnerDirectoryQueryVariables>;
export const ProposePartnerDocument = {"__meta__":{"hash":"sha256:5b33dceaa002527a5f652dfdb2173b0836f661767a698041c5ebea02939e2465"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ProposePartner"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ProposePartnerInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"proposePartner"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<ProposePartnerMutation, ProposePartnerMutationVariables>;
export const ReviewPartnerDocument = {"__meta__":{"hash":"sha256:5fd16339450dae4afb8913ee6dd87d3ad3dce0b870723546dd6a1c81ab3092d5"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReviewPartner"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"decision"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReviewDecision"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"note"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reviewPartner"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"decision"},"value":{"kind":"Variable","name":{"kind":"Name","value":"decision"}}},{"kind":"Argument","name":{"kind":"Name","value":"note"},"value":{"kind":"Variable","name":{"kind":"Name","value":"note"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<ReviewPartnerMutation, ReviewPartnerMutationVariables>;
export const EndorsePartnerDocument = {"__meta__":{"hash":"sha256:60fcfe3236883a5cae426853cc1be491c82157aea05968bf213051ee417d5e8d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EndorsePartner"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endorsePartner"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"endorsedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<EndorsePartnerMutation, EndorsePartnerMutationVariables>;
export const CaseLibraryDocument = {"__meta__":{"hash":"sha256:49fadeab6ec4bdc17acc1a26bdf1b09bd766c7166a3744897a68b8c1a7764453"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CaseLibrary"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CaseStudyFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"caseStudies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"fields"}},{"kind":"Field","name":{"kind":"Name","value":"prefectureCode"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<CaseLibraryQuery, CaseLibraryQueryVariables>;
export const DraftCaseStudyDocument = {"__meta__":{"hash":"sha256:831943218523d6f1b7e0ca7f9618ea8044d15038bf256bf4044ddc883449c2bd"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DraftCaseStudy"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CaseStudyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createCaseStudyDraft"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<DraftCaseStudyMutation, DraftCaseStudyMutationVariables>;
export const SubmitCaseStudyDocument = {"__meta__":{"hash":"sha256:6bb7679600a30213e9ccae78a0b931fad924aa409ce72b31c8f32ead0036291f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubmitCaseStudy"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"checklist"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AnonymizationChecklistInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitCaseStudy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"checklist"},"value":{"kind":"Variable","name":{"kind":"Name","value":"checklist"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"piiFindings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"excerpt"}}]}}]}}]}}]} as unknown as DocumentNode<SubmitCaseStudyMutation, SubmitCaseStudyMutationVariables>;
export const ReviewCaseStudyDocument = {"__meta__":{"hash":"sha256:7c090ea3b457f72a12f89a496c7c94a8eb459b0753a9e65371759e68c3056b3f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReviewCaseStudy"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"decision"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReviewDecision"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"note"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reviewCaseStudy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"decision"},"value":{"kind":"Variable","name":{"kind":"Name","value":"decision"}}},{"kind":"Argument","name":{"kind":"Name","value":"note"},"value":{"kind":"Variable","name":{"kind":"Name","value":"note"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}}]}}]}}]} as unknown as DocumentNode<ReviewCaseStudyMutation, ReviewCaseStudyMutationVariables>;
export const StudyMeetingsDocument = {"__meta__":{"hash":"sha256:ce7f13274257bb869031b175f9043e1ab6df880f3cf5a8ae8d9a02902f211df4"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StudyMeetings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"studyMeetings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"upcomingOnly"},"value":{"kind":"BooleanValue","value":true}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"registeredCount"}},{"kind":"Field","name":{"kind":"Name","value":"viewerIsRegistered"}},{"kind":"Field","name":{"kind":"Name","value":"caseStudies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]} as unknown as DocumentNode<StudyMeetingsQuery, StudyMeetingsQueryVariables>;
export const ScheduleStudyMeetingDocument = {"__meta__":{"hash":"sha256:fdbc74165cad1e75379dc0a555898f61e07f7a2d4442b1f61f3b55e8e314d452"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ScheduleStudyMeeting"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"StudyMeetingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scheduleStudyMeeting"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}}]}}]}}]} as unknown as DocumentNode<ScheduleStudyMeetingMutation, ScheduleStudyMeetingMutationVariables>;
export const RegisterForStudyMeetingDocument = {"__meta__":{"hash":"sha256:a93b6204eeb060f321b1cc4edcb95425cdce3c4fa11834df44e0eea1cc3d1db0"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RegisterForStudyMeeting"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registerForStudyMeeting"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"registeredCount"}},{"kind":"Field","name":{"kind":"Name","value":"viewerIsRegistered"}}]}}]}}]} as unknown as DocumentNode<RegisterForStudyMeetingMutation, RegisterForStudyMeetingMutationVariables>;
export const AnnouncementInboxDocument = {"__meta__":{"hash":"sha256:12eef7d938724a526dcafe3d4e5e3d7f19074161599d52b60be134d59fce803d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AnnouncementInbox"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AnnouncementFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"announcements"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"importance"}},{"kind":"Field","name":{"kind":"Name","value":"relatedFields"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveDate"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"isRead"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"unreadAnnouncementCount"}}]}}]} as unknown as DocumentNode<AnnouncementInboxQuery, AnnouncementInboxQueryVariables>;
export const PublishAnnouncementDocument = {"__meta__":{"hash":"sha256:e86f03125b3614bd7096feb97adb9d97729e86f2f3ac4c6a2da2558768ad980f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PublishAnnouncement"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PublishAnnouncementInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publishAnnouncement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}}]}}]}}]} as unknown as DocumentNode<PublishAnnouncementMutation, PublishAnnouncementMutationVariables>;
export const MarkAnnouncementReadDocument = {"__meta__":{"hash":"sha256:bb623b9edee924b0148c488c337bb1d89ae07111fc486d89eeb8f72678615f8a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MarkAnnouncementRead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"markAnnouncementRead"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"isRead"}}]}}]}}]} as unknown as DocumentNode<MarkAnnouncementReadMutation, MarkAnnouncementReadMutationVariables>;
export const OpenSurveysDocument = {"__meta__":{"hash":"sha256:2fafecf81cb246b1fb36345badcad78072f0722c14d98850c8cd10f02c8027b4"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OpenSurveys"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"surveys"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"OPEN"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"closesAt"}},{"kind":"Field","name":{"kind":"Name","value":"questions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"prompt"}},{"kind":"Field","name":{"kind":"Name","value":"required"}},{"kind":"Field","name":{"kind":"Name","value":"options"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"scaleMin"}},{"kind":"Field","name":{"kind":"Name","value":"scaleMax"}}]}},{"kind":"Field","name":{"kind":"Name","value":"myResponse"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}}]}}]}}]}}]} as unknown as DocumentNode<OpenSurveysQuery, OpenSurveysQueryVariables>;
export const CreateSurveyDocument = {"__meta__":{"hash":"sha256:d0a0efdfc681b7ab19c6e5a542f0470700df681d29d6cdad402b271c17e74af5"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateSurvey"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateSurveyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createSurvey"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"questions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"options"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CreateSurveyMutation, CreateSurveyMutationVariables>;
export const OpenSurveyDocument = {"__meta__":{"hash":"sha256:9e1cc18d4ba5d7521985c1d2ace68c5dbe0c2ba4701cc774a1d1549e25783d2f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OpenSurvey"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"openSurvey"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<OpenSurveyMutation, OpenSurveyMutationVariables>;
export const CloseSurveyDocument = {"__meta__":{"hash":"sha256:35481312f1d6cf2834e53f7fe499863f846e6d06939658d98896736c58af5ee2"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CloseSurvey"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"closeSurvey"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<CloseSurveyMutation, CloseSurveyMutationVariables>;
export const SubmitSurveyResponseDocument = {"__meta__":{"hash":"sha256:6a38fbfeb660e3e762f3135837725a365dec65d711ca277b7dc0f19d74f101c2"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubmitSurveyResponse"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"surveyId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"answers"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AnswerInput"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitSurveyResponse"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"surveyId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"surveyId"}}},{"kind":"Argument","name":{"kind":"Name","value":"answers"},"value":{"kind":"Variable","name":{"kind":"Name","value":"answers"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}}]}}]}}]} as unknown as DocumentNode<SubmitSurveyResponseMutation, SubmitSurveyResponseMutationVariables>;
export const ReportFieldIssueDocument = {"__meta__":{"hash":"sha256:450191edec68f4464d07e3bfc928623c51359c3e1bf8996bb389052775ae29b0"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReportFieldIssue"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"FieldIssueInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reportFieldIssue"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]} as unknown as DocumentNode<ReportFieldIssueMutation, ReportFieldIssueMutationVariables>;
export const SurveyDashboardDocument = {"__meta__":{"hash":"sha256:dfd106c7612b3a38e2ab66e4366b151bdda8307d97d00191d1f0f811b2fee03d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SurveyDashboard"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"surveyId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"prefectureCode"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"surveyReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"surveyId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"surveyId"}}},{"kind":"Argument","name":{"kind":"Name","value":"prefectureCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"prefectureCode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"survey"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totalResponses"}},{"kind":"Field","name":{"kind":"Name","value":"releasedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastEventAt"}},{"kind":"Field","name":{"kind":"Name","value":"respondentsByPrefecture"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"prefectureCode"}},{"kind":"Field","name":{"kind":"Name","value":"prefectureName"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"questions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"questionId"}},{"kind":"Field","name":{"kind":"Name","value":"prompt"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"answeredCount"}},{"kind":"Field","name":{"kind":"Name","value":"options"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"optionId"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"mean"}}]}}]}}]}}]} as unknown as DocumentNode<SurveyDashboardQuery, SurveyDashboardQueryVariables>;
export const FieldIssueDashboardDocument = {"__meta__":{"hash":"sha256:a3e1f16316e8371c447b0b51ce781e526ece281032c09c1292c2ed501e857bfb"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FieldIssueDashboard"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"FieldIssueSummaryFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fieldIssueSummary"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"prefectureCode"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}}]}}]} as unknown as DocumentNode<FieldIssueDashboardQuery, FieldIssueDashboardQueryVariables>;
export const PartnerCoverageDocument = {"__meta__":{"hash":"sha256:3d0e289e88935260589cdad7c3fdb61a4829b5221d6b8326663cd3e24b541985"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PartnerCoverage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"prefectureCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partnerCoverage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"prefectureCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"prefectureCode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"partnerCount"}},{"kind":"Field","name":{"kind":"Name","value":"coordinatorCount"}},{"kind":"Field","name":{"kind":"Name","value":"shortageReports"}},{"kind":"Field","name":{"kind":"Name","value":"capacityDeclines"}},{"kind":"Field","name":{"kind":"Name","value":"gap"}}]}}]}}]} as unknown as DocumentNode<PartnerCoverageQuery, PartnerCoverageQueryVariables>;
export const FieldIssueTrendDocument = {"__meta__":{"hash":"sha256:4d8529a9bcabaeb19b765873c979d2b5bfa877f473b14e8f15e5c8f3eff9be57"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FieldIssueTrend"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"FieldIssueTrendFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fieldIssueTrend"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}}]}}]} as unknown as DocumentNode<FieldIssueTrendQuery, FieldIssueTrendQueryVariables>;
export const ReferralFlowsDocument = {"__meta__":{"hash":"sha256:e534a8f93c10269027159aa9c0322f9abfedc0cdb0220a72aa43111bfaa7b0b5"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReferralFlows"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ReferralFlowFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"referralFlows"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"originPrefectureCode"}},{"kind":"Field","name":{"kind":"Name","value":"originPrefectureName"}},{"kind":"Field","name":{"kind":"Name","value":"destinationPrefectureCode"}},{"kind":"Field","name":{"kind":"Name","value":"destinationPrefectureName"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}}]}}]} as unknown as DocumentNode<ReferralFlowsQuery, ReferralFlowsQueryVariables>;
export const UnansweredQuestionsDocument = {"__meta__":{"hash":"sha256:842c8d03684f351b7a3a1be87068e0defd72accdac6ad9b351cec853966f0f82"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"UnansweredQuestions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"UnansweredQuestionFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unansweredQuestions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"prefectureCode"}},{"kind":"Field","name":{"kind":"Name","value":"prefectureName"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}}]}}]} as unknown as DocumentNode<UnansweredQuestionsQuery, UnansweredQuestionsQueryVariables>;
export const CoverageMatrixDocument = {"__meta__":{"hash":"sha256:36e13bb3fd368551634f06ecef2495912074189a8470ff7c72e4155ef1bce168"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CoverageMatrix"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"prefectureCodes"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partnerCoverageMatrix"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"prefectureCodes"},"value":{"kind":"Variable","name":{"kind":"Name","value":"prefectureCodes"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lastEventAt"}},{"kind":"Field","name":{"kind":"Name","value":"prefectures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"prefectureCode"}},{"kind":"Field","name":{"kind":"Name","value":"prefectureName"}},{"kind":"Field","name":{"kind":"Name","value":"gapCount"}},{"kind":"Field","name":{"kind":"Name","value":"fields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"partnerCount"}},{"kind":"Field","name":{"kind":"Name","value":"coordinatorCount"}},{"kind":"Field","name":{"kind":"Name","value":"coordinatorCountSuppressed"}},{"kind":"Field","name":{"kind":"Name","value":"shortageReports"}},{"kind":"Field","name":{"kind":"Name","value":"shortageReportsSuppressed"}},{"kind":"Field","name":{"kind":"Name","value":"capacityDeclines"}},{"kind":"Field","name":{"kind":"Name","value":"capacityDeclinesSuppressed"}},{"kind":"Field","name":{"kind":"Name","value":"gap"}},{"kind":"Field","name":{"kind":"Name","value":"gapReasons"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CoverageMatrixQuery, CoverageMatrixQueryVariables>;
export const ReportedSurveysDocument = {"__meta__":{"hash":"sha256:405c629c6dd232102f101c4f34e999d344a14171ee93b2c0e183a7b56c5bc6b1"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReportedSurveys"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reportedSurveys"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"survey"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"closesAt"}},{"kind":"Field","name":{"kind":"Name","value":"releasedAt"}}]}}]}}]} as unknown as DocumentNode<ReportedSurveysQuery, ReportedSurveysQueryVariables>;
export const ReportingFreshnessDocument = {"__meta__":{"hash":"sha256:3b45334b0218c5cd715d0576819e0680d833212769293c0764d825fb4da062c0"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReportingFreshness"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reportingFreshness"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lastEventAt"}},{"kind":"Field","name":{"kind":"Name","value":"smallCellK"}}]}}]}}]} as unknown as DocumentNode<ReportingFreshnessQuery, ReportingFreshnessQueryVariables>;
export const SetCertificationStatusDocument = {"__meta__":{"hash":"sha256:52a7d6d5440b375bb3d885a642daff125fb86c6e2e00b6c46a73252175f2d114"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetCertificationStatus"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CertificationStatus"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setCertificationStatus"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"certification"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"certificateNumber"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}}]}}]}}]}}]} as unknown as DocumentNode<SetCertificationStatusMutation, SetCertificationStatusMutationVariables>;
export const PartnerDocument = {"__meta__":{"hash":"sha256:8ceb730407fe799441388d4f5fb2ea9358ef90940802c8631226c4463817cea7"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Partner"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partner"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"fields"}},{"kind":"Field","name":{"kind":"Name","value":"languages"}},{"kind":"Field","name":{"kind":"Name","value":"serviceAreas"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"prefectureCode"}},{"kind":"Field","name":{"kind":"Name","value":"prefectureName"}},{"kind":"Field","name":{"kind":"Name","value":"municipality"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}},{"kind":"Field","name":{"kind":"Name","value":"endorsedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<PartnerQuery, PartnerQueryVariables>;
export const UpdatePartnerDocument = {"__meta__":{"hash":"sha256:cdbd0ae6c2ebe0a79b75e34430c27e670bdf88984ee3a55e958bfc4594a3ffb0"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdatePartner"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdatePartnerInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updatePartner"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"lastModified"}},{"kind":"Field","name":{"kind":"Name","value":"assuredDate"}}]}}]}}]} as unknown as DocumentNode<UpdatePartnerMutation, UpdatePartnerMutationVariables>;
export const ArchivePartnerDocument = {"__meta__":{"hash":"sha256:22fe9cf4d62910d3c2dcef18bb820fdb26dfff3daace726b7a6f106cd2909356"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ArchivePartner"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"note"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"archivePartner"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"note"},"value":{"kind":"Variable","name":{"kind":"Name","value":"note"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<ArchivePartnerMutation, ArchivePartnerMutationVariables>;
export const WithdrawEndorsementDocument = {"__meta__":{"hash":"sha256:a7a2ffbbf62137a37598490af30eb4cac8e625dc3e12538c5b9bffa78691df3e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WithdrawEndorsement"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"withdrawEndorsement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"endorsedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<WithdrawEndorsementMutation, WithdrawEndorsementMutationVariables>;
export const CaseStudyDocument = {"__meta__":{"hash":"sha256:d1e23379d52537d64ec4b82c1e11f061e3c4ba569d3342e87112330f55d0048a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CaseStudy"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"caseStudy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"fields"}},{"kind":"Field","name":{"kind":"Name","value":"prefectureCode"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"piiFindings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"excerpt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<CaseStudyQuery, CaseStudyQueryVariables>;
export const UpdateCaseStudyDraftDocument = {"__meta__":{"hash":"sha256:6b342c3848d49188dbbba5ec088975afd1f718b15a2d6e646a45af6e11c99403"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateCaseStudyDraft"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CaseStudyUpdateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateCaseStudyDraft"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}}]}}]}}]} as unknown as DocumentNode<UpdateCaseStudyDraftMutation, UpdateCaseStudyDraftMutationVariables>;
export const ArchiveCaseStudyDocument = {"__meta__":{"hash":"sha256:257fe3aedf55bcf59683d9e791f59457c2e0949b1de76afa2eb4f7f111ddd8ee"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ArchiveCaseStudy"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"archiveCaseStudy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<ArchiveCaseStudyMutation, ArchiveCaseStudyMutationVariables>;
export const StudyMeetingDocument = {"__meta__":{"hash":"sha256:e251a0e6408265bc91b90a947ecd9688e8efe8f2ea93b2e9461148039ebfca3f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StudyMeeting"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"studyMeeting"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"onlineUrl"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"registeredCount"}},{"kind":"Field","name":{"kind":"Name","value":"viewerIsRegistered"}},{"kind":"Field","name":{"kind":"Name","value":"caseStudies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]} as unknown as DocumentNode<StudyMeetingQuery, StudyMeetingQueryVariables>;
export const CancelStudyMeetingRegistrationDocument = {"__meta__":{"hash":"sha256:e190fb55d508da8c78ec7eee720471d9fae4541d418a3b3181502fc04a7c5697"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CancelStudyMeetingRegistration"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelStudyMeetingRegistration"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"registeredCount"}},{"kind":"Field","name":{"kind":"Name","value":"viewerIsRegistered"}}]}}]}}]} as unknown as DocumentNode<CancelStudyMeetingRegistrationMutation, CancelStudyMeetingRegistrationMutationVariables>;
export const AnnouncementDocument = {"__meta__":{"hash":"sha256:cc30a1757ad894c8929638f56249533ac34d2242f14ea73e6d03e23cc3538340"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Announcement"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"announcement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"importance"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveDate"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"isRead"}}]}}]}}]} as unknown as DocumentNode<AnnouncementQuery, AnnouncementQueryVariables>;
export const WithdrawAnnouncementDocument = {"__meta__":{"hash":"sha256:58203f83f9a864ab477a44d13490c1124253a1b03f31465214dc03464983de82"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WithdrawAnnouncement"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"withdrawAnnouncement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawnAt"}}]}}]}}]} as unknown as DocumentNode<WithdrawAnnouncementMutation, WithdrawAnnouncementMutationVariables>;
export const SurveyDocument = {"__meta__":{"hash":"sha256:a330f1d1244ad711a2167e3153a5fdd1e6efa7e9ff85b2f82ca54b68b12b621a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Survey"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"survey"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"closesAt"}},{"kind":"Field","name":{"kind":"Name","value":"responseCount"}},{"kind":"Field","name":{"kind":"Name","value":"questions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"prompt"}},{"kind":"Field","name":{"kind":"Name","value":"required"}},{"kind":"Field","name":{"kind":"Name","value":"options"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"scaleMin"}},{"kind":"Field","name":{"kind":"Name","value":"scaleMax"}},{"kind":"Field","name":{"kind":"Name","value":"maxChoices"}}]}},{"kind":"Field","name":{"kind":"Name","value":"myResponse"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}}]}}]}}]}}]} as unknown as DocumentNode<SurveyQuery, SurveyQueryVariables>;
export const UpdateSurveyDocument = {"__meta__":{"hash":"sha256:b5d91a4482b9824a6d1184bcaa1aad52afad7b633cbdd4e8600aa3dc81a94c5a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateSurvey"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateSurveyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateSurvey"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"questions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"prompt"}}]}}]}}]}}]} as unknown as DocumentNode<UpdateSurveyMutation, UpdateSurveyMutationVariables>;
export const SurveyResponsesCsvDocument = {"__meta__":{"hash":"sha256:c2181acd656f04d4101fe06643849c1b9a94a2cadc319d614afb3d5431ea8307"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SurveyResponsesCsv"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"surveyId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"surveyResponsesCsv"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"surveyId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"surveyId"}}}]}]}}]} as unknown as DocumentNode<SurveyResponsesCsvQuery, SurveyResponsesCsvQueryVariables>;
export const FieldIssuesDocument = {"__meta__":{"hash":"sha256:92042dce7a1d98d76e925e610da1385675966dfe983f64cd940ef28d8f378e54"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FieldIssues"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"FieldIssueFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fieldIssues"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"prefectureCode"}},{"kind":"Field","name":{"kind":"Name","value":"prefectureName"}},{"kind":"Field","name":{"kind":"Name","value":"fields"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"publicResponse"}},{"kind":"Field","name":{"kind":"Name","value":"respondedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"reportedByMe"}}]}}]}}]}}]}}]} as unknown as DocumentNode<FieldIssuesQuery, FieldIssuesQueryVariables>;
export const MyFieldIssuesDocument = {"__meta__":{"hash":"sha256:70421b6278128c82992e86d9433ed4c93a40b29050df4125eb84a933db12988c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyFieldIssues"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myFieldIssues"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"prefectureCode"}},{"kind":"Field","name":{"kind":"Name","value":"fields"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"publicResponse"}},{"kind":"Field","name":{"kind":"Name","value":"respondedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]}}]}}]} as unknown as DocumentNode<MyFieldIssuesQuery, MyFieldIssuesQueryVariables>;
export const RespondToFieldIssueDocument = {"__meta__":{"hash":"sha256:885148ffab10865ae1044742b860b1d5b414ad2c20d9cbb3be4eae0f8db0c688"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RespondToFieldIssue"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"FieldIssueStatus"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"response"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"respondToFieldIssue"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}},{"kind":"Argument","name":{"kind":"Name","value":"response"},"value":{"kind":"Variable","name":{"kind":"Name","value":"response"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"publicResponse"}},{"kind":"Field","name":{"kind":"Name","value":"respondedAt"}}]}}]}}]} as unknown as DocumentNode<RespondToFieldIssueMutation, RespondToFieldIssueMutationVariables>;
export const MyRenewalDocument = {"__meta__":{"hash":"sha256:4cb8b594ba3576cacc97a2b98426ab4049dd0794f26a05a1667b059f70ffa26b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyRenewal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"certification"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"certificateNumber"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"renewal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"completedTrainings"}},{"kind":"Field","name":{"kind":"Name","value":"requiredTrainings"}},{"kind":"Field","name":{"kind":"Name","value":"countsTrainingsFrom"}},{"kind":"Field","name":{"kind":"Name","value":"eligible"}},{"kind":"Field","name":{"kind":"Name","value":"missing"}}]}},{"kind":"Field","name":{"kind":"Name","value":"renewals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"renewedAt"}},{"kind":"Field","name":{"kind":"Name","value":"previousValidUntil"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"trainingHistory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"completed"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"session"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"heldOn"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"prefectureCode"}}]}}]}}]}}]}}]} as unknown as DocumentNode<MyRenewalQuery, MyRenewalQueryVariables>;
export const TrainingSessionsDocument = {"__meta__":{"hash":"sha256:4900c73a44b4d3e18d480241f07aa9d2673b993ef52a574e337a44e61e3d7655"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TrainingSessions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"upcomingOnly"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trainingSessions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"upcomingOnly"},"value":{"kind":"Variable","name":{"kind":"Name","value":"upcomingOnly"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"heldOn"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"prefectureCode"}}]}}]}}]} as unknown as DocumentNode<TrainingSessionsQuery, TrainingSessionsQueryVariables>;
export const ScheduleTrainingSessionDocument = {"__meta__":{"hash":"sha256:970cbd44699cb7edaf36c1192a63d487c41c1c095d1f6a3a3cb6c32905467f4d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ScheduleTrainingSession"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ScheduleTrainingSessionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scheduleTrainingSession"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"heldOn"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"prefectureCode"}}]}}]}}]} as unknown as DocumentNode<ScheduleTrainingSessionMutation, ScheduleTrainingSessionMutationVariables>;
export const RecordTrainingAttendanceDocument = {"__meta__":{"hash":"sha256:d90b4bda4434e3c956a55c1f6b1456f594235c0c4f14653ec13a538e23d45313"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordTrainingAttendance"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sessionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"coordinatorId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"completed"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordTrainingAttendance"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"sessionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sessionId"}}},{"kind":"Argument","name":{"kind":"Name","value":"coordinatorId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"coordinatorId"}}},{"kind":"Argument","name":{"kind":"Name","value":"completed"},"value":{"kind":"Variable","name":{"kind":"Name","value":"completed"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"completed"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"session"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"heldOn"}}]}}]}}]}}]} as unknown as DocumentNode<RecordTrainingAttendanceMutation, RecordTrainingAttendanceMutationVariables>;
export const RenewCertificationDocument = {"__meta__":{"hash":"sha256:1ccf2b6b58ed5df21c550535b7e77b8343b88e7518546e4cce0be025faa6bcaf"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RenewCertification"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"renewCertification"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"certification"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"renewals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"renewedAt"}},{"kind":"Field","name":{"kind":"Name","value":"previousValidUntil"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}}]}}]}}]}}]}}]} as unknown as DocumentNode<RenewCertificationMutation, RenewCertificationMutationVariables>;
export const FileActivityReportDocument = {"__meta__":{"hash":"sha256:0cbdc5330b279218ce60e175db229b14f113d0d68e39cd2aa2ad4c48068eebe8"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FileActivityReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"FileActivityReportInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fileActivityReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"quarter"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"prefectureCodes"}},{"kind":"Field","name":{"kind":"Name","value":"consultations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"languages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"referralsToPartners"}},{"kind":"Field","name":{"kind":"Name","value":"referralsToCoordinators"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"filedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]}}]} as unknown as DocumentNode<FileActivityReportMutation, FileActivityReportMutationVariables>;
export const MyActivityReportsDocument = {"__meta__":{"hash":"sha256:5d83315692e645bbf1587c7ba5c290539ffaa04314e7978e961bb168d3f78c6c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyActivityReports"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myActivityReports"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"quarter"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"prefectureCodes"}},{"kind":"Field","name":{"kind":"Name","value":"consultations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"languages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"referralsToPartners"}},{"kind":"Field","name":{"kind":"Name","value":"referralsToCoordinators"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"filedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]}}]} as unknown as DocumentNode<MyActivityReportsQuery, MyActivityReportsQueryVariables>;
export const ActivityReportFilingDocument = {"__meta__":{"hash":"sha256:6ed8dc76df76efae7d379702a770512152d202054cbc6cb01642614d243e1842"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ActivityReportFiling"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"quarter"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"activityReportFiling"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"quarter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"quarter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quarter"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"due"}},{"kind":"Field","name":{"kind":"Name","value":"filed"}},{"kind":"Field","name":{"kind":"Name","value":"missing"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"certification"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"certificateNumber"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ActivityReportFilingQuery, ActivityReportFilingQueryVariables>;
export const ActivityReportSummaryDocument = {"__meta__":{"hash":"sha256:a1200da09341f8302a6b29eed9fe7117205535750f1f42a5e81cab1253946197"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ActivityReportSummary"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"quarter"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"activityReportSummary"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"quarter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"quarter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quarter"}},{"kind":"Field","name":{"kind":"Name","value":"releasedFrom"}},{"kind":"Field","name":{"kind":"Name","value":"released"}},{"kind":"Field","name":{"kind":"Name","value":"lastEventAt"}},{"kind":"Field","name":{"kind":"Name","value":"consultations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"area"}},{"kind":"Field","name":{"kind":"Name","value":"areaName"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"languages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"area"}},{"kind":"Field","name":{"kind":"Name","value":"areaName"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"referrals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"area"}},{"kind":"Field","name":{"kind":"Name","value":"areaName"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}}]}}]}}]} as unknown as DocumentNode<ActivityReportSummaryQuery, ActivityReportSummaryQueryVariables>;
export const MyNotificationsDocument = {"__meta__":{"hash":"sha256:738d0233ddc2047d04fc023b4c3127deead2c6d38eb8a5d38d61f17247211349"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyNotifications"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"unreadOnly"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myNotifications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"unreadOnly"},"value":{"kind":"Variable","name":{"kind":"Name","value":"unreadOnly"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"unreadCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"link"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"readAt"}}]}}]}}]}}]}}]} as unknown as DocumentNode<MyNotificationsQuery, MyNotificationsQueryVariables>;
export const MarkNotificationsReadDocument = {"__meta__":{"hash":"sha256:5c7bb0f682f70fbc85cafd5457609f183d747035d587dff1ecce4052d5cf44e7"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MarkNotificationsRead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"markNotificationsRead"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ids"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"readAt"}}]}}]}}]} as unknown as DocumentNode<MarkNotificationsReadMutation, MarkNotificationsReadMutationVariables>;
export const MarkAllNotificationsReadDocument = {"__meta__":{"hash":"sha256:e919497b911d73638f8329785ecb0b4b48a247bb6d037bf89b2a498c5bca336d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MarkAllNotificationsRead"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"markAllNotificationsRead"}}]}}]} as unknown as DocumentNode<MarkAllNotificationsReadMutation, MarkAllNotificationsReadMutationVariables>;
export const MyNotificationPreferencesDocument = {"__meta__":{"hash":"sha256:e215fd34703d79ac9dbf777c9be81f76542b7af343085cef26a331aa650cb3dc"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyNotificationPreferences"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myNotificationPreferences"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"digestHour"}},{"kind":"Field","name":{"kind":"Name","value":"kinds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"digest"}}]}}]}}]}}]} as unknown as DocumentNode<MyNotificationPreferencesQuery, MyNotificationPreferencesQueryVariables>;
export const UpdateNotificationPreferencesDocument = {"__meta__":{"hash":"sha256:bea68565f28f25fd7aeb5c13c2c95287d92f624a6185bac69f810045327a138b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateNotificationPreferences"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"NotificationPreferencesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateNotificationPreferences"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"digestHour"}},{"kind":"Field","name":{"kind":"Name","value":"kinds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"digest"}}]}}]}}]}}]} as unknown as DocumentNode<UpdateNotificationPreferencesMutation, UpdateNotificationPreferencesMutationVariables>;
export const ReferralsDocument = {"__meta__":{"hash":"sha256:23d6128ce453d8ca12d21a02e0eec256c9f5988d392a801ad60c61ce1228bb7c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Referrals"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ReferralFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"referrals"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"fields"}},{"kind":"Field","name":{"kind":"Name","value":"urgency"}},{"kind":"Field","name":{"kind":"Name","value":"originPrefectureCode"}},{"kind":"Field","name":{"kind":"Name","value":"destinationPrefectureCode"}},{"kind":"Field","name":{"kind":"Name","value":"sentByMe"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ReferralsQuery, ReferralsQueryVariables>;
export const ReferralDocument = {"__meta__":{"hash":"sha256:c8a747a660fe9eb5dd8ead5a53f6b41b8c2bc3b9a5efacadfe93b1f54d554650"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Referral"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"referral"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"fields"}},{"kind":"Field","name":{"kind":"Name","value":"languages"}},{"kind":"Field","name":{"kind":"Name","value":"urgency"}},{"kind":"Field","name":{"kind":"Name","value":"originPrefectureCode"}},{"kind":"Field","name":{"kind":"Name","value":"destinationPrefectureCode"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"sentByMe"}},{"kind":"Field","name":{"kind":"Name","value":"sender"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"receivers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"answer"}},{"kind":"Field","name":{"kind":"Name","value":"declineReason"}},{"kind":"Field","name":{"kind":"Name","value":"answeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"isMe"}},{"kind":"Field","name":{"kind":"Name","value":"coordinator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"partner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"acceptedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"by"}},{"kind":"Field","name":{"kind":"Name","value":"declineReason"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"receiver"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]}}]} as unknown as DocumentNode<ReferralQuery, ReferralQueryVariables>;
export const ReferralSuggestionsDocument = {"__meta__":{"hash":"sha256:f61b754a556e4aa3fc90f22408899f664f803fe11f0ffd9fa4fcee8dfb54d1d3"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReferralSuggestions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"need"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReferralNeedInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"referralSuggestions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"need"},"value":{"kind":"Variable","name":{"kind":"Name","value":"need"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"coordinator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"partner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"matchedFields"}},{"kind":"Field","name":{"kind":"Name","value":"matchedLanguages"}},{"kind":"Field","name":{"kind":"Name","value":"reach"}},{"kind":"Field","name":{"kind":"Name","value":"reachPrefectureCode"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]} as unknown as DocumentNode<ReferralSuggestionsQuery, ReferralSuggestionsQueryVariables>;
export const SendReferralDocument = {"__meta__":{"hash":"sha256:0d7529fb83ca9f3b4d545adee033d30db2d41fbcd09486cb8f99b73953ce58eb"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SendReferral"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SendReferralInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sendReferral"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"receivers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"answer"}},{"kind":"Field","name":{"kind":"Name","value":"coordinator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"partner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]} as unknown as DocumentNode<SendReferralMutation, SendReferralMutationVariables>;
export const AnswerReferralDocument = {"__meta__":{"hash":"sha256:74e564fbf42f74a7816534f8af5a38421adcbab6373dc0751aa13c5252cb123f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AnswerReferral"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AnswerReferralInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"answerReferral"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"receivers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"answer"}},{"kind":"Field","name":{"kind":"Name","value":"declineReason"}},{"kind":"Field","name":{"kind":"Name","value":"answeredAt"}}]}}]}}]}}]} as unknown as DocumentNode<AnswerReferralMutation, AnswerReferralMutationVariables>;
export const CompleteReferralDocument = {"__meta__":{"hash":"sha256:02827c8fbfb41af9e99db716914d2f3e894215788106c1f3a51c1cbf144acd49"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CompleteReferral"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"completeReferral"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]}}]} as unknown as DocumentNode<CompleteReferralMutation, CompleteReferralMutationVariables>;
export const WithdrawReferralDocument = {"__meta__":{"hash":"sha256:367d68e44f186cbf98065c99f45a4c1817f02706a922f90f215e2e3cf233f5ef"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WithdrawReferral"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"withdrawReferral"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]}}]} as unknown as DocumentNode<WithdrawReferralMutation, WithdrawReferralMutationVariables>;
export const ConsultationBoardDocument = {"__meta__":{"hash":"sha256:767e4c2fc809e6384098a4a7922e09f78d5c4f6f2deef72012d7923630e28e10"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsultationBoard"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ConsultationThreadFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"consultationThreads"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"fields"}},{"kind":"Field","name":{"kind":"Name","value":"languages"}},{"kind":"Field","name":{"kind":"Name","value":"prefectureCode"}},{"kind":"Field","name":{"kind":"Name","value":"regionCode"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}},{"kind":"Field","name":{"kind":"Name","value":"askedByMe"}},{"kind":"Field","name":{"kind":"Name","value":"invitedMe"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ConsultationBoardQuery, ConsultationBoardQueryVariables>;
export const ConsultationThreadDocument = {"__meta__":{"hash":"sha256:a6ec308cfb690730cd4a43c383f18714f331a2030a0f90a1c1ba62f3e4cde962"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsultationThread"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"consultationThread"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"fields"}},{"kind":"Field","name":{"kind":"Name","value":"languages"}},{"kind":"Field","name":{"kind":"Name","value":"prefectureCode"}},{"kind":"Field","name":{"kind":"Name","value":"regionCode"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}},{"kind":"Field","name":{"kind":"Name","value":"piiFindings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"excerpt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"hiddenReason"}},{"kind":"Field","name":{"kind":"Name","value":"askedByMe"}},{"kind":"Field","name":{"kind":"Name","value":"invitedMe"}},{"kind":"Field","name":{"kind":"Name","value":"invitedExperts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"answers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}},{"kind":"Field","name":{"kind":"Name","value":"piiFindings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"excerpt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"hiddenReason"}},{"kind":"Field","name":{"kind":"Name","value":"byMe"}},{"kind":"Field","name":{"kind":"Name","value":"isSolving"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"solvingAnswer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"caseStudyDraftRequestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]}}]} as unknown as DocumentNode<ConsultationThreadQuery, ConsultationThreadQueryVariables>;
export const AskConsultationQuestionDocument = {"__meta__":{"hash":"sha256:f7ad2e0024c8e400aeb386f8380c0bab85680f90adddce0b953550e1cd715b9a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AskConsultationQuestion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ConsultationQuestionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"askConsultationQuestion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}},{"kind":"Field","name":{"kind":"Name","value":"piiFindings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"excerpt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]} as unknown as DocumentNode<AskConsultationQuestionMutation, AskConsultationQuestionMutationVariables>;
export const EditConsultationQuestionDocument = {"__meta__":{"hash":"sha256:a321bc2eb16e7e832f5f5260f830536c7ebb263c2d3be27f29371156ee6098bb"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EditConsultationQuestion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ConsultationQuestionEditInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"editConsultationQuestion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}},{"kind":"Field","name":{"kind":"Name","value":"piiFindings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"excerpt"}}]}}]}}]}}]} as unknown as DocumentNode<EditConsultationQuestionMutation, EditConsultationQuestionMutationVariables>;
export const AnswerConsultationQuestionDocument = {"__meta__":{"hash":"sha256:ad480fb5aa5eadc9a13290b6454d6d979153256e8fee0dc61ef489cc6849dfdd"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AnswerConsultationQuestion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"threadId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"body"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"answerConsultationQuestion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"threadId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"threadId"}}},{"kind":"Argument","name":{"kind":"Name","value":"body"},"value":{"kind":"Variable","name":{"kind":"Name","value":"body"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}},{"kind":"Field","name":{"kind":"Name","value":"piiFindings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"excerpt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]} as unknown as DocumentNode<AnswerConsultationQuestionMutation, AnswerConsultationQuestionMutationVariables>;
export const EditConsultationAnswerDocument = {"__meta__":{"hash":"sha256:e07fdb7e1165c974dc2021c8a48b2bf22f90f75157e9ba6cb516882e340b4add"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EditConsultationAnswer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"body"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"editConsultationAnswer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"body"},"value":{"kind":"Variable","name":{"kind":"Name","value":"body"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}},{"kind":"Field","name":{"kind":"Name","value":"piiFindings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"excerpt"}}]}}]}}]}}]} as unknown as DocumentNode<EditConsultationAnswerMutation, EditConsultationAnswerMutationVariables>;
export const MarkSolvingAnswerDocument = {"__meta__":{"hash":"sha256:a500249d7bb052c2ec494c8624c7a7d7e790b149b766a2753b66c7d65b5af3fb"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MarkSolvingAnswer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"threadId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"answerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"markSolvingAnswer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"threadId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"threadId"}}},{"kind":"Argument","name":{"kind":"Name","value":"answerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"answerId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"solvingAnswer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<MarkSolvingAnswerMutation, MarkSolvingAnswerMutationVariables>;
export const ExpertSuggestionsDocument = {"__meta__":{"hash":"sha256:bf1d80584deb00f5c98eb2ac501dd249b12a2c7227c82eb002fc3f68a6c2a8b2"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ExpertSuggestions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"threadId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"expertSuggestions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"threadId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"threadId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"coordinator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"matchedFields"}},{"kind":"Field","name":{"kind":"Name","value":"matchedLanguages"}},{"kind":"Field","name":{"kind":"Name","value":"reach"}},{"kind":"Field","name":{"kind":"Name","value":"reachPrefectureCode"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]} as unknown as DocumentNode<ExpertSuggestionsQuery, ExpertSuggestionsQueryVariables>;
export const InviteExpertsDocument = {"__meta__":{"hash":"sha256:1145fd80933b21e5163eeb21fe14a55caf03594c8fa7458ecfda94c4d56d08ff"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"InviteExperts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"threadId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"coordinatorIds"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inviteExperts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"threadId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"threadId"}}},{"kind":"Argument","name":{"kind":"Name","value":"coordinatorIds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"coordinatorIds"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"invitedExperts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<InviteExpertsMutation, InviteExpertsMutationVariables>;
export const RequestCaseStudyDraftDocument = {"__meta__":{"hash":"sha256:21379ab4e42ed382069f45c3fd3e617309ed53692b0bded40332f653fb8ac279"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RequestCaseStudyDraft"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"threadId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestCaseStudyDraft"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"threadId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"threadId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"caseStudyDraftRequestedAt"}}]}}]}}]} as unknown as DocumentNode<RequestCaseStudyDraftMutation, RequestCaseStudyDraftMutationVariables>;
export const HideConsultationThreadDocument = {"__meta__":{"hash":"sha256:e0f72b5956a2be87153211d52686695b0ca610f02fad0de3b30579bf5479185d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"HideConsultationThread"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hideConsultationThread"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}},{"kind":"Field","name":{"kind":"Name","value":"hiddenReason"}}]}}]}}]} as unknown as DocumentNode<HideConsultationThreadMutation, HideConsultationThreadMutationVariables>;
export const HideConsultationAnswerDocument = {"__meta__":{"hash":"sha256:c55c0936f9a29872976e4e4367e266bf287014dadc3d6e50992e016fa06262fb"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"HideConsultationAnswer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hideConsultationAnswer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}},{"kind":"Field","name":{"kind":"Name","value":"hiddenReason"}}]}}]}}]} as unknown as DocumentNode<HideConsultationAnswerMutation, HideConsultationAnswerMutationVariables>;