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

export type CertificationStatus =
  | 'ACTIVE'
  | 'EXPIRED'
  | 'REVOKED'
  | 'SUSPENDED';

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

export type CreateSurveyInput = {
  /** Must be in the future; null: open until an admin closes it. */
  closesAt?: string | null | undefined;
  description?: string | null | undefined;
  questions: Array<QuestionInput>;
  title: string;
};

export type FieldIssueCategory =
  | 'INFORMATION_GAP'
  | 'INSTITUTIONAL_GAP'
  | 'LANGUAGE_ACCESS'
  | 'OTHER'
  | 'PARTNER_SHORTAGE';

export type FieldIssueInput = {
  category: FieldIssueCategory;
  /** Up to 4,000 characters. */
  description: string;
  fields: Array<ConsultationField>;
  prefectureCode: string;
};

/** Filters combine with AND; the values within one filter are alternatives. */
export type FieldIssueSummaryFilter = {
  categories?: Array<FieldIssueCategory> | null | undefined;
  fields?: Array<ConsultationField> | null | undefined;
  prefectureCodes?: Array<string> | null | undefined;
  /** From the start of this instant's day in Japan. */
  since?: string | null | undefined;
  /** Through the end of this instant's day in Japan (an instant at midnight ends there). */
  until?: string | null | undefined;
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
  | 'RESIDENCE_CARD_NUMBER';

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

export type ReviewDecision =
  | 'APPROVE'
  | 'REJECT';

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

export type SurveyStatus =
  | 'CLOSED'
  | 'DRAFT'
  | 'OPEN';

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


export type DirectorySearchQuery = { coordinators: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, name: string, nameKana: string | null, expertiseFields: Array<ConsultationField>, qualifications: Array<string>, activityRegions: Array<{ prefectureCode: string, prefectureName: string, municipality: string | null }>, languages: Array<{ code: string, level: LanguageLevel }>, currentWorkplace: { name: string, prefectureCode: string | null } | null, contact: { email: string | null, phone: string | null } | null, certification: { cohortYear: number, status: CertificationStatus } } }> } };

export type CoordinatorProfileQueryVariables = Exact<{
  id: string | number;
}>;


export type CoordinatorProfileQuery = { coordinator: { id: string, name: string, bio: string | null, expertiseFields: Array<ConsultationField>, endorsedPartners: Array<{ id: string, name: string, fields: Array<ConsultationField> }>, caseStudies: Array<{ id: string, title: string, kind: CaseStudyKind, publishedAt: string | null }> } | null };

export type MyProfileQueryVariables = Exact<{ [key: string]: never; }>;


export type MyProfileQuery = { me: { id: string, name: string, contactVisibility: ContactVisibility, certification: { certificateNumber: string, cohortYear: number, status: CertificationStatus, issuedAt: string, validUntil: string } } | null };

export type UpdateMyProfileMutationVariables = Exact<{
  input: UpdateProfileInput;
}>;


export type UpdateMyProfileMutation = { updateMyProfile: { id: string, bio: string | null, expertiseFields: Array<ConsultationField>, qualifications: Array<string>, contactVisibility: ContactVisibility, languages: Array<{ code: string, level: LanguageLevel }>, activityRegions: Array<{ prefectureCode: string, municipality: string | null }>, currentWorkplace: { name: string, prefectureCode: string | null } | null, contact: { email: string | null, phone: string | null } | null } };

export type RegisterCoordinatorMutationVariables = Exact<{
  input: RegisterCoordinatorInput;
}>;


export type RegisterCoordinatorMutation = { registerCoordinator: { id: string, name: string, certification: { certificateNumber: string, cohortYear: number, status: CertificationStatus, issuedAt: string, validUntil: string } } };

export type PartnerDirectoryQueryVariables = Exact<{
  filter?: PartnerFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type PartnerDirectoryQuery = { partners: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, name: string, description: string | null, fields: Array<ConsultationField>, languages: Array<string>, status: PartnerStatus, serviceAreas: Array<{ prefectureCode: string | null, municipality: string | null }>, contact: { phone: string | null, email: string | null, url: string | null }, endorsedBy: Array<{ id: string, name: string } | null> } }> } };

export type ProposePartnerMutationVariables = Exact<{
  input: ProposePartnerInput;
}>;


export type ProposePartnerMutation = { proposePartner: { id: string, name: string, status: PartnerStatus } };

export type ReviewPartnerMutationVariables = Exact<{
  id: string | number;
  decision: ReviewDecision;
  note?: string | null | undefined;
}>;


export type ReviewPartnerMutation = { reviewPartner: { id: string, status: PartnerStatus } };

export type EndorsePartnerMutationVariables = Exact<{
  id: string | number;
}>;


export type EndorsePartnerMutation = { endorsePartner: { id: string, endorsedBy: Array<{ id: string } | null> } };

export type CaseLibraryQueryVariables = Exact<{
  filter?: CaseStudyFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type CaseLibraryQuery = { caseStudies: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, kind: CaseStudyKind, title: string, summary: string, fields: Array<ConsultationField>, prefectureCode: string, status: CaseStudyStatus, publishedAt: string | null, author: { id: string, name: string } | null } }> } };

export type DraftCaseStudyMutationVariables = Exact<{
  input: CaseStudyInput;
}>;


export type DraftCaseStudyMutation = { createCaseStudyDraft: { id: string, status: CaseStudyStatus } };

export type SubmitCaseStudyMutationVariables = Exact<{
  id: string | number;
  checklist: AnonymizationChecklistInput;
}>;


export type SubmitCaseStudyMutation = { submitCaseStudy: { id: string, status: CaseStudyStatus, piiFindings: Array<{ kind: PiiKind, excerpt: string }> } };

export type ReviewCaseStudyMutationVariables = Exact<{
  id: string | number;
  decision: ReviewDecision;
  note?: string | null | undefined;
}>;


export type ReviewCaseStudyMutation = { reviewCaseStudy: { id: string, status: CaseStudyStatus, publishedAt: string | null } };

export type StudyMeetingsQueryVariables = Exact<{ [key: string]: never; }>;


export type StudyMeetingsQuery = { studyMeetings: Array<{ id: string, title: string, startsAt: string, endsAt: string, format: StudyMeetingFormat, capacity: number, registeredCount: number, viewerIsRegistered: boolean, caseStudies: Array<{ id: string, title: string }> }> };

export type ScheduleStudyMeetingMutationVariables = Exact<{
  input: StudyMeetingInput;
}>;


export type ScheduleStudyMeetingMutation = { scheduleStudyMeeting: { id: string, title: string, capacity: number } };

export type RegisterForStudyMeetingMutationVariables = Exact<{
  id: string | number;
}>;


export type RegisterForStudyMeetingMutation = { registerForStudyMeeting: { id: string, registeredCount: number, viewerIsRegistered: boolean } };

export type AnnouncementInboxQueryVariables = Exact<{
  filter?: AnnouncementFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type AnnouncementInboxQuery = { unreadAnnouncementCount: number, announcements: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, title: string, body: string, category: AnnouncementCategory, importance: AnnouncementImportance, relatedFields: Array<ConsultationField>, effectiveDate: string | null, publishedAt: string, isRead: boolean } }> } };

export type PublishAnnouncementMutationVariables = Exact<{
  input: PublishAnnouncementInput;
}>;


export type PublishAnnouncementMutation = { publishAnnouncement: { id: string, publishedAt: string } };

export type MarkAnnouncementReadMutationVariables = Exact<{
  id: string | number;
}>;


export type MarkAnnouncementReadMutation = { markAnnouncementRead: { id: string, isRead: boolean } };

export type OpenSurveysQueryVariables = Exact<{ [key: string]: never; }>;


export type OpenSurveysQuery = { surveys: Array<{ id: string, title: string, description: string | null, closesAt: string | null, questions: Array<{ id: string, kind: QuestionKind, prompt: string, required: boolean, scaleMin: number | null, scaleMax: number | null, options: Array<{ id: string, label: string }> }>, myResponse: { id: string, submittedAt: string } | null }> };

export type CreateSurveyMutationVariables = Exact<{
  input: CreateSurveyInput;
}>;


export type CreateSurveyMutation = { createSurvey: { id: string, status: SurveyStatus, questions: Array<{ id: string, options: Array<{ id: string }> }> } };

export type OpenSurveyMutationVariables = Exact<{
  id: string | number;
}>;


export type OpenSurveyMutation = { openSurvey: { id: string, status: SurveyStatus } };

export type CloseSurveyMutationVariables = Exact<{
  id: string | number;
}>;


export type CloseSurveyMutation = { closeSurvey: { id: string, status: SurveyStatus } };

export type SubmitSurveyResponseMutationVariables = Exact<{
  surveyId: string | number;
  answers: Array<AnswerInput> | AnswerInput;
}>;


export type SubmitSurveyResponseMutation = { submitSurveyResponse: { id: string, submittedAt: string } };

export type ReportFieldIssueMutationVariables = Exact<{
  input: FieldIssueInput;
}>;


export type ReportFieldIssueMutation = { reportFieldIssue: { id: string, createdAt: string } };

export type SurveyDashboardQueryVariables = Exact<{
  surveyId: string | number;
  prefectureCode?: string | null | undefined;
}>;


export type SurveyDashboardQuery = { surveyReport: { totalResponses: number | null, lastEventAt: string | null, survey: { id: string, title: string }, respondentsByPrefecture: Array<{ prefectureCode: string, count: number | null, suppressed: boolean }>, questions: Array<{ questionId: string, prompt: string, kind: QuestionKind, answeredCount: number | null, mean: number | null, options: Array<{ optionId: string, label: string, count: number | null, suppressed: boolean }> }> } | null };

export type FieldIssueDashboardQueryVariables = Exact<{
  filter?: FieldIssueSummaryFilter | null | undefined;
}>;


export type FieldIssueDashboardQuery = { fieldIssueSummary: Array<{ prefectureCode: string, field: ConsultationField, category: FieldIssueCategory, count: number | null, suppressed: boolean }> };

export type PartnerCoverageQueryVariables = Exact<{
  prefectureCode: string;
}>;


export type PartnerCoverageQuery = { partnerCoverage: Array<{ field: ConsultationField, partnerCount: number, coordinatorCount: number, shortageReports: number | null, gap: boolean }> };


export const DirectorySearchDocument = {"__meta__":{"hash":"sha256:ffdbb928d6805b2cc032850189f1edb14c361bb7b1b299802838dbd7ba9efa0f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DirectorySearch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CoordinatorFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"coordinators"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameKana"}},{"kind":"Field","name":{"kind":"Name","value":"activityRegions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"prefectureCode"}},{"kind":"Field","name":{"kind":"Name","value":"prefectureName"}},{"kind":"Field","name":{"kind":"Name","value":"municipality"}}]}},{"kind":"Field","name":{"kind":"Name","value":"expertiseFields"}},{"kind":"Field","name":{"kind":"Name","value":"languages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"level"}}]}},{"kind":"Field","name":{"kind":"Name","value":"qualifications"}},{"kind":"Field","name":{"kind":"Name","value":"currentWorkplace"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"prefectureCode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"certification"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cohortYear"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<DirectorySearchQuery, DirectorySearchQueryVariables>;
export const CoordinatorProfileDocument = {"__meta__":{"hash":"sha256:dc3dfb25febb0ecb956f90a4558d70bfc8e179ba7a64d108066e1594aef9972e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CoordinatorProfile"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"coordinator"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"bio"}},{"kind":"Field","name":{"kind":"Name","value":"expertiseFields"}},{"kind":"Field","name":{"kind":"Name","value":"endorsedPartners"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"fields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"caseStudies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}}]}}]}}]}}]} as unknown as DocumentNode<CoordinatorProfileQuery, CoordinatorProfileQueryVariables>;
export const MyProfileDocument = {"__meta__":{"hash":"sha256:0ed40515efe712af52abe98f5980b5532e482c56b74b3e8e8e8918a1ee6b3a19"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyProfile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"contactVisibility"}},{"kind":"Field","name":{"kind":"Name","value":"certification"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"certificateNumber"}},{"kind":"Field","name":{"kind":"Name","value":"cohortYear"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}}]}}]}}]}}]} as unknown as DocumentNode<MyProfileQuery, MyProfileQueryVariables>;
export const UpdateMyProfileDocument = {"__meta__":{"hash":"sha256:8da24401076b8fd88e2e41d268f92a8df60d312639ce6369a30016c43e2784a9"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateMyProfile"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateProfileInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateMyProfile"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"bio"}},{"kind":"Field","name":{"kind":"Name","value":"expertiseFields"}},{"kind":"Field","name":{"kind":"Name","value":"languages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"level"}}]}},{"kind":"Field","name":{"kind":"Name","value":"qualifications"}},{"kind":"Field","name":{"kind":"Name","value":"activityRegions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"prefectureCode"}},{"kind":"Field","name":{"kind":"Name","value":"municipality"}}]}},{"kind":"Field","name":{"kind":"Name","value":"currentWorkplace"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"prefectureCode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contactVisibility"}}]}}]}}]} as unknown as DocumentNode<UpdateMyProfileMutation, UpdateMyProfileMutationVariables>;
export const RegisterCoordinatorDocument = {"__meta__":{"hash":"sha256:17524a6b6aeaef191b37bb5845e515ee4d0876255e36ea63cc830b796516d251"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RegisterCoordinator"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RegisterCoordinatorInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registerCoordinator"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"certification"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"certificateNumber"}},{"kind":"Field","name":{"kind":"Name","value":"cohortYear"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}}]}}]}}]}}]} as unknown as DocumentNode<RegisterCoordinatorMutation, RegisterCoordinatorMutationVariables>;
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
export const SurveyDashboardDocument = {"__meta__":{"hash":"sha256:2a11a100bebafa6cd70cd14f0050ec9bb4353ab4b7f28060541bc832fd77ec77"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SurveyDashboard"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"surveyId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"prefectureCode"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"surveyReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"surveyId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"surveyId"}}},{"kind":"Argument","name":{"kind":"Name","value":"prefectureCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"prefectureCode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"survey"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totalResponses"}},{"kind":"Field","name":{"kind":"Name","value":"lastEventAt"}},{"kind":"Field","name":{"kind":"Name","value":"respondentsByPrefecture"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"prefectureCode"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"questions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"questionId"}},{"kind":"Field","name":{"kind":"Name","value":"prompt"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"answeredCount"}},{"kind":"Field","name":{"kind":"Name","value":"options"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"optionId"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"mean"}}]}}]}}]}}]} as unknown as DocumentNode<SurveyDashboardQuery, SurveyDashboardQueryVariables>;
export const FieldIssueDashboardDocument = {"__meta__":{"hash":"sha256:a3e1f16316e8371c447b0b51ce781e526ece281032c09c1292c2ed501e857bfb"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FieldIssueDashboard"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"FieldIssueSummaryFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fieldIssueSummary"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"prefectureCode"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}}]}}]} as unknown as DocumentNode<FieldIssueDashboardQuery, FieldIssueDashboardQueryVariables>;
export const PartnerCoverageDocument = {"__meta__":{"hash":"sha256:e6a48467cfb2ebc6c604184d06edeb73c09c09cca666bd09323a0810b33c983f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PartnerCoverage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"prefectureCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partnerCoverage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"prefectureCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"prefectureCode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"partnerCount"}},{"kind":"Field","name":{"kind":"Name","value":"coordinatorCount"}},{"kind":"Field","name":{"kind":"Name","value":"shortageReports"}},{"kind":"Field","name":{"kind":"Name","value":"gap"}}]}}]}}]} as unknown as DocumentNode<PartnerCoverageQuery, PartnerCoverageQueryVariables>;