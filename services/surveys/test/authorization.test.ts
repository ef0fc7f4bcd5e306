import { beforeAll, expect, it } from 'vitest';
import type { Role } from '@portal/platform';
import { describeRoleMatrix, type RoleMatrixOperation } from '@portal/platform/testing';
import { guard } from '../src/authorization';
import { coordinator, createSurvey, exampleSurvey, useSurveysService, validAnswers, type CreatedSurvey } from './helpers';

const service = useSurveysService();
const member = coordinator('idp|matrix-member');
let open: CreatedSurvey;
let fieldIssueId = '';

beforeAll(async () => {
  open = await createSurvey(service);
  const res = await service.run(member, 'mutation($input: FieldIssueInput!) { reportFieldIssue(input: $input) { id } }', {
    input: { prefectureCode: '09', fields: ['MEDICAL'], category: 'PARTNER_SHORTAGE', description: '医療通訳がいない' },
  });
  fieldIssueId = res.data!.reportFieldIssue.id;
});

// Each operation on a state where it succeeds for an allowed role (fresh drafts for the
// steps that change a survey's status, a fresh respondent per submit).
let n = 0;
const draftId = async () => (await createSurvey(service, exampleSurvey(), false)).id;
const openId = async () => (await createSurvey(service)).id;

const operations = {
  listSurveys: async () => ['{ surveys { id } }', {}],
  readSurvey: async () => ['query($id: ID!) { survey(id: $id) { id } }', { id: open.id }],
  resolveSurveyReference: async () => [
    'query($r: [_Any!]!) { _entities(representations: $r) { ... on Survey { id title } } }',
    { r: [{ __typename: 'Survey', id: open.id }] },
  ],
  createSurvey: async () => ['mutation($input: CreateSurveyInput!) { createSurvey(input: $input) { id } }', { input: exampleSurvey() }],
  updateSurvey: async () => ['mutation($id: ID!, $input: CreateSurveyInput!) { updateSurvey(id: $id, input: $input) { id } }', { id: await draftId(), input: exampleSurvey() }],
  openSurvey: async () => ['mutation($id: ID!) { openSurvey(id: $id) { id } }', { id: await draftId() }],
  closeSurvey: async () => ['mutation($id: ID!) { closeSurvey(id: $id) { id } }', { id: await openId() }],
  submitSurveyResponse: async (caller) => [
    'mutation($id: ID!, $answers: [AnswerInput!]!) { submitSurveyResponse(surveyId: $id, answers: $answers) { id } }',
    { id: open.id, answers: validAnswers(open) },
    { ...caller, sub: `${caller.sub}-${++n}` },
  ],
  exportSurveyResponses: async () => ['query($id: ID!) { surveyResponsesCsv(surveyId: $id) }', { id: open.id }],
  reportFieldIssue: async () => [
    'mutation($input: FieldIssueInput!) { reportFieldIssue(input: $input) { id } }',
    { input: { prefectureCode: '13', fields: ['HOUSING'], category: 'OTHER', description: '住宅の保証人' } },
  ],
  listFieldIssues: async () => ['{ fieldIssues { totalCount } }', {}],
  listOwnFieldIssues: async () => ['{ myFieldIssues { totalCount } }', {}],
  respondToFieldIssue: async () => ['mutation($id: ID!) { respondToFieldIssue(id: $id, status: UNDER_REVIEW) { id } }', { id: fieldIssueId }],
} satisfies Record<string, RoleMatrixOperation>;

// Who may do what: every other role gets FORBIDDEN.
const allowed: Record<keyof typeof operations, Role[]> = {
  listSurveys: ['COORDINATOR', 'AGENCY_ADMIN'],
  readSurvey: ['COORDINATOR', 'AGENCY_ADMIN'],
  resolveSurveyReference: ['COORDINATOR', 'AGENCY_ADMIN', 'MINISTRY_ANALYST', 'LOCAL_GOVERNMENT'],
  createSurvey: ['AGENCY_ADMIN'],
  updateSurvey: ['AGENCY_ADMIN'],
  openSurvey: ['AGENCY_ADMIN'],
  closeSurvey: ['AGENCY_ADMIN'],
  submitSurveyResponse: ['COORDINATOR'],
  exportSurveyResponses: ['AGENCY_ADMIN'],
  reportFieldIssue: ['COORDINATOR'],
  listFieldIssues: ['COORDINATOR', 'AGENCY_ADMIN'],
  listOwnFieldIssues: ['COORDINATOR'],
  respondToFieldIssue: ['AGENCY_ADMIN'],
};

describeRoleMatrix({ run: service.run, coordinator: member, operations, allowed, refusedWithoutData: true }, () => {
  it('covers every operation of the guard', () => {
    const visibilityRules = ['seeDraftSurveys', 'seeResponseCount', 'haveOwnResponse', 'seeEveryFieldIssueDescription', 'seeFieldIssueReporter'];
    expect(Object.keys(guard.policy).filter((op) => !visibilityRules.includes(op))).toEqual(Object.keys(operations));
    expect(Object.fromEntries(Object.keys(operations).map((op) => [op, guard.policy[op as keyof typeof guard.policy]]))).toEqual(allowed);
  });
});
