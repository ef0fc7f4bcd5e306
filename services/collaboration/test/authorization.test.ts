import { beforeAll, expect, it } from 'vitest';
import type { Role } from '@portal/platform';
import { describeRoleMatrix, type RoleMatrixOperation, type TestCaller } from '@portal/platform/testing';
import { admin, analyst, ANSWER, ANSWER_QUESTION, ASK, COMPLETE, member, questionInput, REFERRAL, referralInput, SEND, useCollaborationService, WITHDRAW } from './helpers';

const service = useCollaborationService();
// The COORDINATOR of the matrix sends referrals and asks questions; `receiver` is on the other side.
const sender = member('idp|matrix-member', ['09']);
const receiver = member('idp|matrix-receiver', ['10']);

beforeAll(async () => {
  await service.directory([sender, receiver]);
});

/** A fresh referral from the matrix member to the receiver; `accepted` when the receiver took it. */
async function referral(accepted = false): Promise<string> {
  const id = (await service.ok(sender.caller, SEND, { input: referralInput([{ coordinatorId: receiver.coordinatorId }]) })).sendReferral.id;
  if (accepted) await service.ok(receiver.caller, ANSWER, { input: { referralId: id, accept: true } });
  return id;
}

/** A fresh question of the matrix member's, with an answer of the receiver's. */
async function thread(): Promise<{ threadId: string; answerId: string }> {
  const threadId = (await service.ok(sender.caller, ASK, { input: questionInput() })).askConsultationQuestion.id;
  const answerId = (await service.ok(receiver.caller, ANSWER_QUESTION, { threadId, body: '県の窓口に相談できます。' })).answerConsultationQuestion.id;
  return { threadId, answerId };
}

// Operations on one side's object are sent by that side when the role is COORDINATOR.
const as = (caller: TestCaller, who: TestCaller) => (caller.roles.includes('COORDINATOR') ? who : caller);

const operations = {
  readReferrals: () => ['{ referrals(first: 5) { totalCount } }', {}],
  readReferral: async () => [REFERRAL, { id: await referral() }],
  suggestReceivers: () => ['{ referralSuggestions(need: { fields: [MEDICAL], destinationPrefectureCode: "10" }) { reason } }', {}],
  sendReferral: () => [SEND, { input: referralInput([{ coordinatorId: receiver.coordinatorId }]) }],
  answerReferral: async (caller) => [ANSWER, { input: { referralId: await referral(), accept: true } }, as(caller, receiver.caller)],
  completeReferral: async (caller) => [COMPLETE, { id: await referral(true) }, as(caller, receiver.caller)],
  withdrawReferral: async () => [WITHDRAW, { id: await referral() }],
  readBoard: () => ['{ consultationThreads(first: 5) { totalCount } }', {}],
  readThread: async () => ['query($id: ID!) { consultationThread(id: $id) { id } }', { id: (await thread()).threadId }],
  suggestExperts: async () => ['query($id: ID!) { expertSuggestions(threadId: $id) { reason } }', { id: (await thread()).threadId }],
  askQuestion: () => [ASK, { input: questionInput() }],
  answerQuestion: async () => [ANSWER_QUESTION, { threadId: (await thread()).threadId, body: '回答です。' }],
  editPost: async () => ['mutation($id: ID!) { editConsultationQuestion(id: $id, input: { title: "題", body: "本文" }) { id } }', { id: (await thread()).threadId }],
  markSolvingAnswer: async () => ['mutation($t: ID!, $a: ID!) { markSolvingAnswer(threadId: $t, answerId: $a) { id } }', await thread().then(({ threadId, answerId }) => ({ t: threadId, a: answerId }))],
  inviteExperts: async () => ['mutation($t: ID!, $c: [ID!]!) { inviteExperts(threadId: $t, coordinatorIds: $c) { id } }', { t: (await thread()).threadId, c: [receiver.coordinatorId] }],
  requestCaseStudyDraft: async (caller) => {
    const { threadId, answerId } = await thread();
    await service.ok(sender.caller, 'mutation($t: ID!, $a: ID!) { markSolvingAnswer(threadId: $t, answerId: $a) { id } }', { t: threadId, a: answerId });
    return ['mutation($t: ID!) { requestCaseStudyDraft(threadId: $t) { id } }', { t: threadId }, as(caller, sender.caller)];
  },
  hideThread: async () => ['mutation($id: ID!) { hideConsultationThread(id: $id, reason: "理由") { id } }', { id: (await thread()).threadId }],
  hideAnswer: async () => ['mutation($id: ID!) { hideConsultationAnswer(id: $id, reason: "理由") { id } }', { id: (await thread()).answerId }],
} satisfies Record<string, RoleMatrixOperation>;

// Who may do what: every other role gets FORBIDDEN. Ministries and local governments see
// collaboration through reporting only.
const members: Role[] = ['COORDINATOR', 'AGENCY_ADMIN'];
const coordinators: Role[] = ['COORDINATOR'];
const allowed: Record<keyof typeof operations, Role[]> = {
  readReferrals: members,
  readReferral: members,
  suggestReceivers: members,
  sendReferral: coordinators,
  answerReferral: coordinators,
  completeReferral: coordinators,
  withdrawReferral: coordinators,
  readBoard: members,
  readThread: members,
  suggestExperts: members,
  askQuestion: coordinators,
  answerQuestion: coordinators,
  editPost: coordinators,
  markSolvingAnswer: coordinators,
  inviteExperts: coordinators,
  requestCaseStudyDraft: coordinators,
  hideThread: ['AGENCY_ADMIN'],
  hideAnswer: ['AGENCY_ADMIN'],
};

describeRoleMatrix({ run: service.run, coordinator: sender.caller, operations, allowed }, () => {
  it('records nothing for a refused caller', async () => {
    const before = await service.sql`select (select count(*) from outbox)::int as events, (select count(*) from referrals)::int as referrals`;
    await service.run(analyst, SEND, { input: referralInput([{ coordinatorId: receiver.coordinatorId }]) });
    await service.run(admin, ASK, { input: questionInput() });
    expect(await service.sql`select (select count(*) from outbox)::int as events, (select count(*) from referrals)::int as referrals`).toEqual(before);
  });
});
