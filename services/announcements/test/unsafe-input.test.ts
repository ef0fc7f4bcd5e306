import { describeUnsafeInputs, literal } from '@portal/platform/testing';
import { admin, announcementInput, coordinator, INBOX, PUBLISH, useAnnouncementsService } from './helpers';

const service = useAnnouncementsService();
const member = coordinator('idp|unsafe-input');

describeUnsafeInputs(service.run, [
  { name: 'an announcement body', field: 'input.body', caller: admin, operation: (body) => [PUBLISH, { input: announcementInput({ body }) }] },
  { name: 'a target prefecture', field: 'input.targetPrefectureCodes.0', caller: admin, operation: (code) => [PUBLISH, { input: announcementInput({ targetPrefectureCodes: [code] }) }] },
  { name: 'a search text', field: 'filter.text', caller: member, operation: (text) => [INBOX, { filter: { text } }] },
  { name: 'an ID argument', field: 'id', caller: member, operation: (id) => ['mutation($id: ID!) { markAnnouncementRead(id: $id) { id } }', { id }] },
  { name: 'a literal argument', field: 'id', caller: member, literal: true, operation: (id) => [`{ announcement(id: ${literal(id)}) { id } }`] },
]);
