import { beforeAll, describe, expect, it } from 'vitest';
import { applyEvents, erasureEvent, mentionsIn } from '@portal/platform/testing';
import { applyCoordinatorEvents } from '../src/erasure';
import { ANSWER, ANSWER_QUESTION, ASK, member, questionInput, REFERRAL, referralInput, SEND, THREAD, useCollaborationService } from './helpers';

const service = useCollaborationService();
const erased = member('idp|collaboration-erased', ['09']);
const other = member('idp|collaboration-stays', ['10']);
const erasure = erasureEvent({ coordinatorId: erased.coordinatorId, accountId: erased.caller.sub });
const ids = {} as Record<'sent' | 'received' | 'thread', string>;

describe('a coordinator erased from collaboration', () => {
  beforeAll(async () => {
    await service.directory([erased, other]);
    ids.sent = (await service.ok(erased.caller, SEND, { input: referralInput([{ coordinatorId: other.coordinatorId }]) })).sendReferral.id;
    ids.received = (await service.ok(other.caller, SEND, { input: referralInput([{ coordinatorId: erased.coordinatorId }], { originPrefectureCode: '10', destinationPrefectureCode: '09' }) })).sendReferral.id;
    await service.ok(erased.caller, ANSWER, { input: { referralId: ids.received, accept: true } });
    ids.thread = (await service.ok(erased.caller, ASK, { input: questionInput() })).askConsultationQuestion.id;
    const otherThread = (await service.ok(other.caller, ASK, { input: questionInput({ prefectureCode: '10' }) })).askConsultationQuestion.id;
    await service.ok(erased.caller, ANSWER_QUESTION, { threadId: otherThread, body: '県の窓口に相談できます。' });
    // Their own thread solved and asked for as a case-study draft: the request names them as its author.
    const solving = (await service.ok(other.caller, ANSWER_QUESTION, { threadId: ids.thread, body: '市の国際交流協会に通訳の手配を頼めます。' })).answerConsultationQuestion.id;
    await service.ok(erased.caller, 'mutation($t: ID!, $a: ID!) { markSolvingAnswer(threadId: $t, answerId: $a) { id } }', { t: ids.thread, a: solving });
    await service.ok(erased.caller, 'mutation($t: ID!) { requestCaseStudyDraft(threadId: $t) { id } }', { t: ids.thread });
    await service.ok(other.caller, 'mutation($t: ID!, $c: [ID!]!) { inviteExperts(threadId: $t, coordinatorIds: $c) { id } }', { t: otherThread, c: [erased.coordinatorId] });
    expect(await mentionsIn(service.databaseUrl, [erased.caller.sub, erased.coordinatorId])).not.toEqual([]);
    await applyEvents(service.databaseUrl, applyCoordinatorEvents, erasure);
  });

  it('holds their account id nowhere, and their coordinator id only in the projection’s tombstone', async () => {
    expect(await mentionsIn(service.databaseUrl, [erased.caller.sub])).toEqual([]);
    expect((await mentionsIn(service.databaseUrl, [erased.coordinatorId])).map((m) => m.table)).toEqual(['public.coordinator_projection']);
  });

  it('keeps the referrals for the other side, with no one in the erased one’s place', async () => {
    const sent = (await service.ok(other.caller, REFERRAL, { id: ids.sent })).referral;
    expect(sent).toMatchObject({ status: 'OPEN', sentByMe: false });
    const received = (await service.ok(other.caller, REFERRAL, { id: ids.received })).referral;
    expect(received.status).toBe('ACCEPTED');
    expect(received.receivers.map((r: any) => r.coordinator)).toEqual([null]);
  });

  it('keeps their question on the board, asked by no one, and nothing is undone by the same erasure again', async () => {
    await applyEvents(service.databaseUrl, applyCoordinatorEvents, erasure);
    expect((await service.ok(other.caller, THREAD, { id: ids.thread })).consultationThread).toMatchObject({ askedByMe: false, visibility: 'VISIBLE' });
    expect((await service.ok(erased.caller, THREAD, { id: ids.thread })).consultationThread.askedByMe).toBe(false);
  });
});
