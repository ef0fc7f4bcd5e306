import { describeUnsafeInputs, literal } from '@portal/platform/testing';
import { admin, coordinator, useSurveysService } from './helpers';

const service = useSurveysService();
const member = coordinator('idp|unsafe-input');
const REPORT = 'mutation($input: FieldIssueInput!) { reportFieldIssue(input: $input) { id } }';
const fieldIssue = { prefectureCode: '09', fields: ['MEDICAL'], category: 'INFORMATION_GAP', description: '多言語の医療情報が届かない' };

describeUnsafeInputs(service.run, [
  { name: 'a field-issue description', field: 'input.description', caller: member, operation: (description) => [REPORT, { input: { ...fieldIssue, description } }] },
  { name: 'a free-text answer', field: 'answers.0.text', caller: member, operation: (text) => [
    'mutation($id: ID!, $answers: [AnswerInput!]!) { submitSurveyResponse(surveyId: $id, answers: $answers) { id } }',
    { id: '00000000-0000-4000-8000-000000000000', answers: [{ questionId: 'q1', text }] },
  ] },
  { name: 'a listing filter', field: 'filter.prefectureCodes.0', caller: member, operation: (code) => ['query($filter: FieldIssueFilter) { fieldIssues(filter: $filter) { totalCount } }', { filter: { prefectureCodes: [code] } }] },
  { name: 'a public response', field: 'response', caller: admin, operation: (response) => [
    'mutation($id: ID!, $response: String) { respondToFieldIssue(id: $id, status: UNDER_REVIEW, response: $response) { id } }',
    { id: '00000000-0000-4000-8000-000000000000', response },
  ] },
  { name: 'an ID argument', field: 'id', caller: member, operation: (id) => ['query($id: ID!) { survey(id: $id) { id } }', { id }] },
  { name: 'a literal argument', field: 'surveyId', caller: admin, literal: true, operation: (id) => [`{ surveyResponsesCsv(surveyId: ${literal(id)}) }`] },
]);
