import { describeUnsafeInputs, literal } from '@portal/platform/testing';
import { admin, coordinator, DIRECTORY, PROPOSE, proposal, usePartnersService } from './helpers';

const service = usePartnersService();
const member = coordinator('idp|unsafe-input');

describeUnsafeInputs(service.run, [
  { name: 'a description', field: 'input.description', caller: member, operation: (description) => [PROPOSE, { input: proposal({ description }) }] },
  {
    name: 'a contact phone deep in a service',
    field: 'input.services.0.phones.0.number',
    caller: member,
    operation: (number) => [PROPOSE, { input: proposal({ services: [{ name: '住まい相談', fields: ['HOUSING'], serviceAreas: [{ prefectureCode: '27' }], phones: [{ number }] }] }) }],
  },
  { name: 'a search text', field: 'filter.text', caller: member, operation: (text) => [DIRECTORY, { filter: { text } }] },
  { name: 'an ID argument', field: 'id', caller: member, operation: (id) => ['mutation($id: ID!) { endorsePartner(id: $id) { id } }', { id }] },
  { name: 'a review note', field: 'note', caller: admin, operation: (note) => ['mutation($id: ID!, $note: String) { reviewPartner(id: $id, decision: REJECT, note: $note) { id } }', { id: '00000000-0000-4000-8000-000000000000', note }] },
  { name: 'a literal argument', field: 'id', caller: member, literal: true, operation: (id) => [`{ partner(id: ${literal(id)}) { id } }`] },
]);
