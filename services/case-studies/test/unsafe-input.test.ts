import { describeUnsafeInputs, literal } from '@portal/platform/testing';
import { admin, CASE_INPUT, coordinator, DRAFT, LIBRARY, useCaseStudiesService } from './helpers';

const service = useCaseStudiesService();
const member = coordinator('idp|unsafe-input');

describeUnsafeInputs(service.run, [
  { name: 'a case body', field: 'input.body', caller: member, operation: (body) => [DRAFT, { input: { ...CASE_INPUT, body } }] },
  { name: 'a search text', field: 'filter.text', caller: member, operation: (text) => [LIBRARY, { filter: { text } }] },
  { name: 'an ID argument', field: 'id', caller: member, operation: (id) => ['query($id: ID!) { caseStudy(id: $id) { id } }', { id }] },
  { name: 'a list of IDs', field: 'input.caseStudyIds.0', caller: admin, operation: (id) => [
    'mutation($input: StudyMeetingInput!) { scheduleStudyMeeting(input: $input) { id } }',
    { input: { title: '事例検討会', startsAt: '2030-01-20T10:00:00+09:00', endsAt: '2030-01-20T12:00:00+09:00', format: 'ONLINE', onlineUrl: 'https://example.org/m', capacity: 10, caseStudyIds: [id] } },
  ] },
  { name: 'a literal argument', field: 'id', caller: member, literal: true, operation: (id) => [`{ caseStudy(id: ${literal(id)}) { id } }`] },
]);
