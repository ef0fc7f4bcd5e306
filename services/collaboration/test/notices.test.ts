import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { applyEvents, erasureEvent } from '@portal/platform/testing';
import { applyCoordinatorEvents } from '../src/erasure';
import { ANSWER, ANSWER_QUESTION, ASK, COMPLETE, member, questionInput, referralInput, SEND, useCollaborationService, WITHDRAW } from './helpers';

// What members are told of referrals and the board travels as notices that name the one
// account they concern and nothing the pseudonymous events carry.

const service = useCollaborationService();
const sender = member('idp|notice-sender', ['09']);
const gunma = member('idp|notice-gunma', ['10']);
const saitama = member('idp|notice-saitama', ['11']);
const partner = { partnerId: randomUUID(), prefectureCodes: ['10'], fields: ['MEDICAL'], languages: ['vi'] };

beforeAll(async () => {
  await service.directory([sender, gunma, saitama], [partner]);
});

/** The notices recorded since `from` (an outbox length), as [account, change]. */
const noticesSince = async (from: number) =>
  (await service.outbox())
    .slice(from)
    .filter((e) => e.type === 'referral.party_notice' || e.type === 'consultation.author_notice')
    .map((e) => e.data);
const outboxLength = async () => (await service.outbox()).length;

const send = async (receivers: { coordinatorId?: string; partnerId?: string }[], changes = {}) =>
  (await service.ok(sender.caller, SEND, { input: referralInput(receivers, changes) })).sendReferral;

describe('referral notices', () => {
  it('tell each receiving coordinator of a new referral with its urgency, and no partner', async () => {
    const from = await outboxLength();
    await send([{ coordinatorId: gunma.coordinatorId }, { coordinatorId: saitama.coordinatorId }, { partnerId: partner.partnerId }], { urgency: 'URGENT' });
    expect(await noticesSince(from)).toEqual([
      { accountId: gunma.caller.sub, change: 'RECEIVED', urgency: 'URGENT' },
      { accountId: saitama.caller.sub, change: 'RECEIVED', urgency: 'URGENT' },
    ]);
    // In the order the sender listed the receivers, whatever order the database finds them in.
    const next = await outboxLength();
    await send([{ coordinatorId: saitama.coordinatorId }, { coordinatorId: gunma.coordinatorId }]);
    expect((await noticesSince(next)).map((notice) => notice.accountId)).toEqual([saitama.caller.sub, gunma.caller.sub]);
  });

  it('tell the sender when a receiver accepts and completes it; nothing carries the referral, its places or fields', async () => {
    const referral = await send([{ coordinatorId: gunma.coordinatorId }]);
    const from = await outboxLength();
    await service.ok(gunma.caller, ANSWER, { input: { referralId: referral.id, accept: true } });
    await service.ok(gunma.caller, COMPLETE, { id: referral.id });
    expect(await noticesSince(from)).toEqual([
      { accountId: sender.caller.sub, change: 'ACCEPTED', urgency: null },
      { accountId: sender.caller.sub, change: 'COMPLETED', urgency: null },
    ]);
    const notices = (await service.sql`select aggregate_id, data from outbox where type = 'referral.party_notice'`).map((r) => JSON.stringify(r));
    for (const notice of notices) expect(notice).not.toMatch(new RegExp(`${referral.id}|"09"|"10"|MEDICAL`));
  });

  it('tell the sender once every receiver declined, not at the first decline', async () => {
    const referral = await send([{ coordinatorId: gunma.coordinatorId }, { coordinatorId: saitama.coordinatorId }]);
    const from = await outboxLength();
    await service.ok(gunma.caller, ANSWER, { input: { referralId: referral.id, accept: false, declineReason: 'NO_CAPACITY' } });
    expect(await noticesSince(from)).toEqual([]);
    await service.ok(saitama.caller, ANSWER, { input: { referralId: referral.id, accept: false, declineReason: 'OUT_OF_AREA' } });
    expect(await noticesSince(from)).toEqual([{ accountId: sender.caller.sub, change: 'DECLINED', urgency: null }]);
  });

  it('do not tell the sender what they recorded themselves (a partner\'s answer), nor of a withdrawal', async () => {
    const byPartner = await send([{ partnerId: partner.partnerId }]);
    const withdrawn = await send([{ coordinatorId: gunma.coordinatorId }]);
    const from = await outboxLength();
    await service.ok(sender.caller, ANSWER, { input: { referralId: byPartner.id, partnerId: partner.partnerId, accept: true } });
    await service.ok(sender.caller, COMPLETE, { id: byPartner.id });
    await service.ok(sender.caller, WITHDRAW, { id: withdrawn.id });
    expect(await noticesSince(from)).toEqual([]);
  });
});

describe('board notices', () => {
  const ask = async (changes = {}) => (await service.ok(sender.caller, ASK, { input: questionInput(changes) })).askConsultationQuestion;
  const reply = async (threadId: string, body: string, caller = gunma.caller) => (await service.ok(caller, ANSWER_QUESTION, { threadId, body })).answerConsultationQuestion;
  const MARK = 'mutation($threadId: ID!, $answerId: ID!) { markSolvingAnswer(threadId: $threadId, answerId: $answerId) { status } }';

  it('tell the asker of every answer members can read, a held one once an edit lets it through, never of their own', async () => {
    const thread = await ask();
    const from = await outboxLength();
    await reply(thread.id, '県の国際交流協会が夜間の電話通訳を委託しています。');
    await reply(thread.id, '当県では病院の医療ソーシャルワーカーに相談しています。', saitama.caller);
    await reply(thread.id, '補足です。', sender.caller);
    const held = await reply(thread.id, '担当者の携帯 090-1234-5678 に聞いてください');
    expect(held.visibility).toBe('HELD');
    expect(await noticesSince(from)).toEqual([
      { accountId: sender.caller.sub, change: 'ANSWERED' },
      { accountId: sender.caller.sub, change: 'ANSWERED' },
    ]);
    const edit = 'mutation($id: ID!, $body: String!) { editConsultationAnswer(id: $id, body: $body) { visibility } }';
    // Two passing edits at once: the first lets it through.
    const edits = await Promise.all(['県の窓口に聞いてください。', '県の窓口に聞いてみてください。'].map((body) => service.ok(gunma.caller, edit, { id: held.id, body })));
    expect(edits.map((e) => e.editConsultationAnswer.visibility)).toEqual(['VISIBLE', 'VISIBLE']);
    await service.ok(gunma.caller, edit, { id: held.id, body: '県の窓口にお問い合わせください。' });
    expect(await noticesSince(from)).toHaveLength(3);
  });

  it('tell an answer\'s author when it becomes the solving one, once per mark, and never the asker of their own', async () => {
    const thread = await ask();
    const answer = await reply(thread.id, '県の国際交流協会が夜間の電话通訳を委託しています。');
    const own = await reply(thread.id, '自己解決しました。', sender.caller);
    const from = await outboxLength();
    // Twice at once: one of them made it the solving answer.
    await Promise.all([service.ok(sender.caller, MARK, { threadId: thread.id, answerId: answer.id }), service.ok(sender.caller, MARK, { threadId: thread.id, answerId: answer.id })]);
    await service.ok(sender.caller, MARK, { threadId: thread.id, answerId: answer.id });
    await service.ok(sender.caller, MARK, { threadId: thread.id, answerId: own.id });
    expect(await noticesSince(from)).toEqual([{ accountId: gunma.caller.sub, change: 'SOLVING' }]);
  });
});

describe('erasure', () => {
  it('takes the notices to an erased member out of the outbox, and only theirs', async () => {
    await applyEvents(service.databaseUrl, applyCoordinatorEvents, erasureEvent({ coordinatorId: saitama.coordinatorId, accountId: saitama.caller.sub }));
    const left = await service.sql`select data ->> 'accountId' as account from outbox where type in ('referral.party_notice', 'consultation.author_notice')`;
    const accounts = new Set(left.map((r) => r.account));
    expect(accounts).toEqual(new Set([sender.caller.sub, gunma.caller.sub]));
  });
});
