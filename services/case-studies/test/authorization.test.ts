import { beforeAll, describe, expect, it } from 'vitest';
import type { Identity, Role } from '@portal/platform';
import { isVisible, libraryScope, seesReviewDetails } from '../src/authorization';
import { CASE_STUDY_STATUSES } from '../src/db/schema';
import { describeRoleMatrix, errorCodes, type RoleMatrixOperation } from '@portal/platform/testing';
import {
  admin,
  analyst,
  ARCHIVE,
  CANCEL,
  CASE_INPUT,
  caseStudy,
  CHECKLIST,
  coordinator,
  DRAFT,
  LIBRARY,
  localGovernment,
  REGISTER,
  REVIEW,
  SCHEDULE,
  SUBMIT,
  UPDATE,
  useCaseStudiesService,
} from './helpers';

const service = useCaseStudiesService();
const member = coordinator('idp|matrix-member');
let published = '';
let meeting = '';

beforeAll(async () => {
  published = await caseStudy(service, member, 'PUBLISHED');
  const res = await service.run(admin, SCHEDULE, {
    input: { title: '事例研究会', startsAt: '2099-01-20T13:00:00+09:00', endsAt: '2099-01-20T15:00:00+09:00', format: 'ONLINE', capacity: 100 },
  });
  meeting = res.data!.scheduleStudyMeeting.id;
});

// Each operation on fresh objects where it changes state, so that every role is judged by
// its role alone and not by what an earlier call left behind.
const operations = {
  readCaseStudies: async () => [LIBRARY, {}],
  readCaseStudy: async () => ['query($id: ID!) { caseStudy(id: $id) { id } }', { id: published }],
  draftCaseStudy: async () => [DRAFT, { input: CASE_INPUT }],
  editOwnCaseStudy: async () => [UPDATE, { id: await caseStudy(service, member, 'DRAFT'), input: { title: '改題' } }],
  submitOwnCaseStudy: async () => [SUBMIT, { id: await caseStudy(service, member, 'DRAFT'), checklist: CHECKLIST }],
  reviewCaseStudy: async () => [REVIEW, { id: await caseStudy(service, member, 'SUBMITTED'), decision: 'APPROVE' }],
  archiveCaseStudy: async () => [ARCHIVE, { id: await caseStudy(service, member, 'PUBLISHED') }],
  readStudyMeetings: async () => ['{ studyMeetings { id } }', {}],
  readStudyMeeting: async () => ['query($id: ID!) { studyMeeting(id: $id) { id } }', { id: meeting }],
  scheduleStudyMeeting: async () => [
    SCHEDULE,
    { input: { title: '研究会', startsAt: '2099-02-01T10:00:00+09:00', endsAt: '2099-02-01T12:00:00+09:00', format: 'ONLINE', capacity: 10 } },
  ],
  registerForStudyMeeting: async () => [REGISTER, { id: meeting }],
  cancelStudyMeetingRegistration: async () => [CANCEL, { id: meeting }],
} satisfies Record<string, RoleMatrixOperation>;

// Who may do what: every other role gets FORBIDDEN. The case studies above are the
// member's own, so "may" for a coordinator means: on their own cases.
const allowed: Record<keyof typeof operations, Role[]> = {
  readCaseStudies: ['COORDINATOR', 'AGENCY_ADMIN'],
  readCaseStudy: ['COORDINATOR', 'AGENCY_ADMIN'],
  draftCaseStudy: ['COORDINATOR'],
  editOwnCaseStudy: ['COORDINATOR'],
  submitOwnCaseStudy: ['COORDINATOR'],
  reviewCaseStudy: ['AGENCY_ADMIN'],
  archiveCaseStudy: ['COORDINATOR', 'AGENCY_ADMIN'],
  readStudyMeetings: ['COORDINATOR', 'AGENCY_ADMIN'],
  readStudyMeeting: ['COORDINATOR', 'AGENCY_ADMIN'],
  scheduleStudyMeeting: ['AGENCY_ADMIN'],
  registerForStudyMeeting: ['COORDINATOR'],
  cancelStudyMeetingRegistration: ['COORDINATOR'],
};

describeRoleMatrix({ run: service.run, coordinator: member, operations, allowed }, () => {
  it('lets no other coordinator edit, submit or archive a case, nor an admin edit or submit one', async () => {
    const other = coordinator('idp|matrix-other');
    const draft = await caseStudy(service, member, 'DRAFT');
    // Someone else's draft is not even visible to another member.
    expect(errorCodes(await service.run(other, UPDATE, { id: draft, input: { title: 'x' } }))).toEqual(['NOT_FOUND']);
    expect(errorCodes(await service.run(other, SUBMIT, { id: draft, checklist: CHECKLIST }))).toEqual(['NOT_FOUND']);
    expect(errorCodes(await service.run(other, ARCHIVE, { id: draft }))).toEqual(['NOT_FOUND']);
    // A published case is visible, but still not theirs.
    expect(errorCodes(await service.run(other, ARCHIVE, { id: published }))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await service.run(other, UPDATE, { id: published, input: { title: 'x' } }))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await service.run(admin, UPDATE, { id: draft, input: { title: 'x' } }))).toEqual(['FORBIDDEN']);
  });

  it('serves no case-study entities or coordinator case lists to reporting roles', async () => {
    const entities = 'query($r: [_Any!]!) { _entities(representations: $r) { ... on CaseStudy { id } ... on Coordinator { caseStudies { id } } } }';
    for (const caller of [analyst, localGovernment]) {
      expect(errorCodes(await service.run(caller, entities, { r: [{ __typename: 'CaseStudy', id: published }] }))).toEqual(['FORBIDDEN']);
      expect(errorCodes(await service.run(caller, entities, { r: [{ __typename: 'Coordinator', accountId: member.sub }] }))).toEqual(['FORBIDDEN']);
    }
  });
});

describe('what each role sees of a case study', () => {
  const author: Identity = { sub: 'idp|author', roles: ['COORDINATOR'], prefectureCodes: [] };
  const colleague: Identity = { sub: 'idp|colleague', roles: ['COORDINATOR'], prefectureCodes: [] };
  const agency: Identity = { sub: 'idp|agency', roles: ['AGENCY_ADMIN'], prefectureCodes: [] };
  const viewers = [author, colleague, agency];

  it('shows a published case to every member, any other only to its author and agency admins', () => {
    const seen = Object.fromEntries(CASE_STUDY_STATUSES.map((status) => [status, viewers.map((v) => isVisible({ authorAccountId: author.sub, status }, v))]));
    expect(seen).toEqual({
      DRAFT: [true, false, true],
      SUBMITTED: [true, false, true],
      PUBLISHED: [true, true, true],
      REJECTED: [true, false, true],
      ARCHIVED: [true, false, true],
    });
  });

  it('shows the review note and personal-data findings to the author and agency admins only, whatever the status', () => {
    expect(viewers.map((v) => seesReviewDetails({ authorAccountId: author.sub }, v))).toEqual([true, false, true]);
  });

  it('lets the library list unpublished cases of the caller alone, or of everyone for agency admins', () => {
    expect(viewers.map(libraryScope)).toEqual([author.sub, colleague.sub, undefined]);
  });
});
