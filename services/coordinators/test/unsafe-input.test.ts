import { describeUnsafeInputs, literal } from '@portal/platform/testing';
import { admin, coordinator, REGISTER, SCHEDULE_TRAINING, SEARCH, UPDATE_PROFILE, useCoordinatorsService } from './helpers';

const service = useCoordinatorsService();
const member = coordinator('idp|unsafe-input');
const registration = { accountId: 'idp|new', name: '試験 太郎', cohortYear: 2025, activityRegions: [{ prefectureCode: '13' }] };

describeUnsafeInputs(service.run, [
  { name: 'a profile field', field: 'input.bio', caller: member, operation: (bio) => [UPDATE_PROFILE, { input: { bio } }] },
  { name: 'a nested profile field', field: 'input.qualifications.1', caller: member, operation: (q) => [UPDATE_PROFILE, { input: { qualifications: ['社会福祉士', q] } }] },
  { name: 'an account id (ID) in an input', field: 'input.accountId', caller: admin, operation: (accountId) => [REGISTER, { input: { ...registration, accountId } }] },
  { name: 'a search text', field: 'filter.text', caller: member, operation: (text) => [SEARCH, { filter: { text } }] },
  { name: 'an ID argument', field: 'id', caller: member, operation: (id) => ['query($id: ID!) { coordinator(id: $id) { id } }', { id }] },
  {
    name: 'an entity reference',
    field: 'representations.0.accountId',
    caller: member,
    operation: (accountId) => ['query($r: [_Any!]!) { _entities(representations: $r) { ... on Coordinator { id } } }', { r: [{ __typename: 'Coordinator', accountId }] }],
  },
  { name: 'a training session title', field: 'input.title', caller: admin, operation: (title) => [SCHEDULE_TRAINING, { input: { title, heldOn: '2027-02-10', format: 'ONLINE' } }] },
  {
    name: 'a training session id',
    field: 'sessionId',
    caller: admin,
    operation: (sessionId) => ['mutation($s: ID!) { recordTrainingAttendance(sessionId: $s, coordinatorId: "00000000-0000-4000-8000-000000000000", completed: true) { completed } }', { s: sessionId }],
  },
  { name: 'a literal argument', field: 'id', caller: member, literal: true, operation: (id) => [`{ coordinator(id: ${literal(id)}) { id } }`] },
  { name: 'a literal in an input object', field: 'filter.text', caller: member, literal: true, operation: (text) => [`{ coordinators(filter: { text: ${literal(text)} }) { totalCount } }`] },
]);
