import { describeUnsafeInputs, literal } from '@portal/platform/testing';
import { admin, ANSWER_QUESTION, ASK, member, questionInput, referralInput, SEND, useCollaborationService } from './helpers';

const service = useCollaborationService();
const caller = member('idp|unsafe-input', ['09']).caller;

describeUnsafeInputs(service.run, [
  { name: 'a referral description', field: 'input.description', caller, operation: (description) => [SEND, { input: referralInput([], { description }) }] },
  { name: 'a receiver id', field: 'input.receivers.0.coordinatorId', caller, operation: (coordinatorId) => [SEND, { input: referralInput([{ coordinatorId }]) }] },
  { name: 'a question body', field: 'input.body', caller, operation: (body) => [ASK, { input: questionInput({ body }) }] },
  { name: 'an answer', field: 'body', caller, operation: (body) => [ANSWER_QUESTION, { threadId: '00000000-0000-4000-a000-000000000001', body }] },
  { name: 'a moderation reason', field: 'reason', caller: admin, operation: (reason) => ['mutation($r: String!) { hideConsultationThread(id: "00000000-0000-4000-a000-000000000001", reason: $r) { id } }', { r: reason }] },
  { name: 'a literal argument', field: 'id', caller, literal: true, operation: (id) => [`{ referral(id: ${literal(id)}) { id } }`] },
]);
