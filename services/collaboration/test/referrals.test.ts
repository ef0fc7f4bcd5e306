import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { errorCodes } from '@portal/platform/testing';
import { admin, ANSWER, COMPLETE, member, REFERRAL, referralInput, SEND, useCollaborationService, WITHDRAW } from './helpers';

const service = useCollaborationService();
const sender = member('idp|referral-sender', ['09']);
const gunma = member('idp|referral-gunma', ['10']);
const saitama = member('idp|referral-saitama', ['11']);
const outsider = member('idp|referral-outsider', ['10']);
const partner = { partnerId: randomUUID(), prefectureCodes: ['10'], fields: ['MEDICAL'], languages: ['vi'] };

beforeAll(async () => {
  await service.directory([sender, gunma, saitama, outsider], [partner]);
});

const send = async (receivers: { coordinatorId?: string; partnerId?: string }[] = [{ coordinatorId: gunma.coordinatorId }, { coordinatorId: saitama.coordinatorId }], changes = {}) =>
  (await service.ok(sender.caller, SEND, { input: referralInput(receivers, changes) })).sendReferral;
const answer = (caller = gunma.caller, input: Record<string, unknown>) => service.run(caller, ANSWER, { input });

describe('sending a referral', () => {
  it('is OPEN for its receivers, recorded in its history and announced with the sender as a pseudonym', async () => {
    const referral = await send();
    expect(referral).toMatchObject({
      status: 'OPEN',
      fields: ['MEDICAL'],
      languages: ['vi'],
      urgency: 'SOON',
      originPrefectureCode: '09',
      destinationPrefectureCode: '10',
      sentByMe: true,
      acceptedBy: null,
      history: [{ action: 'SENT', by: 'SENDER', declineReason: null, receiver: null }],
    });
    expect(referral.receivers.map((r: any) => [r.coordinator.accountId, r.answer, r.isMe])).toEqual(
      expect.arrayContaining([
        [gunma.caller.sub, 'PENDING', false],
        [saitama.caller.sub, 'PENDING', false],
      ]),
    );
    const events = (await service.outbox()).filter((e) => (e.data as { referralId?: string }).referralId === referral.id);
    expect(events).toEqual([
      {
        type: 'referral.status_changed',
        aggregateId: referral.id,
        data: { referralId: referral.id, contributorId: expect.any(String), originPrefectureCode: '09', destinationPrefectureCode: '10', fields: ['MEDICAL'], status: 'OPEN' },
      },
    ]);
    expect(JSON.stringify(events)).not.toContain(sender.caller.sub);
  });

  it('refuses a description with a resident’s personal data, naming the finding, and stores nothing', async () => {
    const before = await service.sql`select count(*)::int as n from referrals`;
    const res = await service.run(sender.caller, SEND, {
      input: referralInput([{ coordinatorId: gunma.coordinatorId }], { description: '相談者の携帯 090-1234-5678 に連絡してください' }),
    });
    expect(errorCodes(res)).toEqual(['BAD_USER_INPUT']);
    expect(res.errors![0]!.extensions!.field).toBe('input.description');
    expect(res.errors![0]!.message).toContain('PHONE_NUMBER');
    expect(res.errors![0]!.message).not.toContain('1234');
    expect(await service.sql`select count(*)::int as n from referrals`).toEqual(before);
  });

  it('needs the confirmation that resident details travel outside the portal, another prefecture, and known receivers', async () => {
    const unconfirmed = await service.run(sender.caller, SEND, { input: referralInput([{ coordinatorId: gunma.coordinatorId }], { residentDetailsOutsidePortal: false }) });
    expect(errorCodes(unconfirmed)).toEqual(['BAD_USER_INPUT']);
    expect(unconfirmed.errors![0]!.extensions!.field).toBe('input.residentDetailsOutsidePortal');
    const samePrefecture = await service.run(sender.caller, SEND, { input: referralInput([{ coordinatorId: gunma.coordinatorId }], { destinationPrefectureCode: '09' }) });
    expect(samePrefecture.errors![0]!.extensions!.field).toBe('input.destinationPrefectureCode');
    const receivers = await service.run(sender.caller, SEND, {
      input: referralInput([{ coordinatorId: randomUUID() }, { coordinatorId: sender.coordinatorId }, { partnerId: randomUUID() }, { coordinatorId: gunma.coordinatorId, partnerId: partner.partnerId }]),
    });
    expect(receivers.errors![0]!.extensions!.issues.map((i: { field: string; message: string }) => `${i.field} ${i.message}`)).toEqual([
      'input.receivers.3 must name either a coordinatorId or a partnerId',
    ]);
    const unknown = await service.run(sender.caller, SEND, {
      input: referralInput([{ coordinatorId: randomUUID() }, { coordinatorId: sender.coordinatorId }, { partnerId: randomUUID() }]),
    });
    expect(unknown.errors![0]!.extensions!.issues.map((i: { field: string; message: string }) => `${i.field} ${i.message}`)).toEqual([
      'input.receivers.0 is not a coordinator with an active certification',
      'input.receivers.1 is the sender',
      'input.receivers.2 is not an approved partner',
    ]);
  });
});

describe('answering, completing and withdrawing', () => {
  it('a decline keeps it OPEN while another receiver may still answer; the first accept takes it', async () => {
    const referral = await send();
    const declined = (await answer(saitama.caller, { referralId: referral.id, accept: false, declineReason: 'NO_CAPACITY' })).data!.answerReferral;
    expect(declined.status).toBe('OPEN');
    const accepted = (await answer(gunma.caller, { referralId: referral.id, accept: true })).data!.answerReferral;
    expect(accepted.status).toBe('ACCEPTED');
    expect(accepted.history.map((h: any) => [h.action, h.by, h.declineReason])).toEqual([
      ['SENT', 'SENDER', null],
      ['DECLINED', 'RECEIVER', 'NO_CAPACITY'],
      ['ACCEPTED', 'RECEIVER', null],
    ]);
    const seen = (await service.ok(sender.caller, REFERRAL, { id: referral.id })).referral;
    expect(seen.status).toBe('ACCEPTED');
    expect(seen.acceptedBy.id).toBe(seen.receivers.find((r: any) => r.coordinator.accountId === gunma.caller.sub).id);
    const events = (await service.outbox()).filter((e) => (e.data as { referralId?: string }).referralId === referral.id).map((e) => [e.type, e.data.status ?? e.data.reason]);
    expect(events).toEqual([
      ['referral.status_changed', 'OPEN'],
      ['referral.declined', 'NO_CAPACITY'],
      ['referral.status_changed', 'ACCEPTED'],
    ]);
    expect(errorCodes(await answer(saitama.caller, { referralId: referral.id, accept: true }))).toEqual(['CONFLICT']);
  });

  it('is DECLINED once every receiver declined', async () => {
    const referral = await send();
    await answer(saitama.caller, { referralId: referral.id, accept: false, declineReason: 'OUT_OF_FIELD' });
    const last = (await answer(gunma.caller, { referralId: referral.id, accept: false, declineReason: 'NO_CAPACITY' })).data!.answerReferral;
    expect(last.status).toBe('DECLINED');
    expect(errorCodes(await answer(gunma.caller, { referralId: referral.id, accept: true }))).toEqual(['CONFLICT']);
  });

  it('needs a reason to decline, and none to accept', async () => {
    const referral = await send();
    const res = await answer(gunma.caller, { referralId: referral.id, accept: false });
    expect(res.errors![0]!.extensions!.field).toBe('input.declineReason');
    const both = await answer(gunma.caller, { referralId: referral.id, accept: true, declineReason: 'OTHER' });
    expect(both.errors![0]!.extensions!.field).toBe('input.declineReason');
  });

  it('the accepting receiver completes it; the sender cannot, nor can it be completed twice', async () => {
    const referral = await send();
    await answer(gunma.caller, { referralId: referral.id, accept: true });
    expect(errorCodes(await service.run(sender.caller, COMPLETE, { id: referral.id }))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await service.run(saitama.caller, COMPLETE, { id: referral.id }))).toEqual(['FORBIDDEN']);
    const done = (await service.ok(gunma.caller, COMPLETE, { id: referral.id })).completeReferral;
    expect(done.status).toBe('COMPLETED');
    expect(done.history.at(-1)).toEqual({ action: 'COMPLETED', by: 'RECEIVER' });
    expect(errorCodes(await service.run(gunma.caller, COMPLETE, { id: referral.id }))).toEqual(['CONFLICT']);
    expect(errorCodes(await service.run(sender.caller, WITHDRAW, { id: referral.id }))).toEqual(['CONFLICT']);
  });

  it('either side withdraws: the sender an open one, the accepting receiver an accepted one; a pending receiver cannot', async () => {
    const open = await send();
    expect(errorCodes(await service.run(gunma.caller, WITHDRAW, { id: open.id }))).toEqual(['FORBIDDEN']);
    expect((await service.ok(sender.caller, WITHDRAW, { id: open.id })).withdrawReferral).toMatchObject({ status: 'WITHDRAWN' });
    const accepted = await send();
    await answer(gunma.caller, { referralId: accepted.id, accept: true });
    const withdrawn = (await service.ok(gunma.caller, WITHDRAW, { id: accepted.id })).withdrawReferral;
    expect(withdrawn.history.map((h: any) => `${h.action} ${h.by}`)).toEqual(['SENT SENDER', 'ACCEPTED RECEIVER', 'WITHDRAWN RECEIVER']);
  });

  it('the sender records a partner’s answer and its completion', async () => {
    const referral = await send([{ partnerId: partner.partnerId }]);
    expect(errorCodes(await answer(gunma.caller, { referralId: referral.id, partnerId: partner.partnerId, accept: true }))).toEqual(['NOT_FOUND']);
    const accepted = (await answer(sender.caller, { referralId: referral.id, partnerId: partner.partnerId, accept: true })).data!.answerReferral;
    expect(accepted.acceptedBy.id).toBe(accepted.receivers[0].id);
    expect(accepted.receivers[0].partner).toEqual({ id: partner.partnerId });
    expect(accepted.history.at(-1)).toMatchObject({ action: 'ACCEPTED', by: 'SENDER' });
    expect((await service.ok(sender.caller, COMPLETE, { id: referral.id })).completeReferral.status).toBe('COMPLETED');
  });
});

describe('two receivers answering at once', () => {
  it('one takes the referral, the other gets CONFLICT, and the history records one acceptance', async () => {
    for (let round = 0; round < 5; round++) {
      const referral = await send();
      const results = await Promise.all([gunma, saitama].map((r) => answer(r.caller, { referralId: referral.id, accept: true })));
      expect(results.map(errorCodes).sort()).toEqual([[], ['CONFLICT']]);
      const [row] = await service.sql`select status, accepted_receiver_id from referrals where id = ${referral.id}`;
      const accepted = await service.sql`select id from referral_receivers where referral_id = ${referral.id} and answer = 'ACCEPTED'`;
      expect(row!.status).toBe('ACCEPTED');
      expect(accepted.map((r) => r.id)).toEqual([row!.accepted_receiver_id]);
      const history = await service.sql`select action from referral_history where referral_id = ${referral.id} order by seq`;
      expect(history.map((h) => h.action)).toEqual(['SENT', 'ACCEPTED']);
    }
  });
});

describe('who sees a referral', () => {
  it('the two sides and agency admins; another coordinator finds nothing and cannot answer', async () => {
    const referral = await send();
    expect((await service.ok(outsider.caller, REFERRAL, { id: referral.id })).referral).toBeNull();
    expect(errorCodes(await answer(outsider.caller, { referralId: referral.id, accept: true }))).toEqual(['NOT_FOUND']);
    expect(errorCodes(await service.run(outsider.caller, WITHDRAW, { id: referral.id }))).toEqual(['NOT_FOUND']);
    expect((await service.ok(gunma.caller, REFERRAL, { id: referral.id })).referral.receivers.find((r: any) => r.isMe).coordinator.accountId).toBe(gunma.caller.sub);
    expect((await service.ok(admin, REFERRAL, { id: referral.id })).referral.sentByMe).toBe(false);
  });

  it('lists what the caller sent or receives, newest first, narrowed by side and status', async () => {
    const list = async (caller: typeof admin, filter: Record<string, unknown> = {}) =>
      (await service.ok(caller, 'query($f: ReferralFilter) { referrals(filter: $f, first: 100) { totalCount edges { node { id status } } } }', { f: filter })).referrals;
    const all = await list(admin);
    const sent = await list(sender.caller, { sentByMe: true });
    expect(sent.totalCount).toBe(all.totalCount);
    expect((await list(outsider.caller)).totalCount).toBe(0);
    const received = await list(saitama.caller, { receivedByMe: true, statuses: ['OPEN'] });
    expect(received.edges.every((e: any) => e.node.status === 'OPEN')).toBe(true);
    expect(received.totalCount).toBe(received.edges.length);
    const firstPage = (await service.ok(admin, '{ referrals(first: 2) { pageInfo { endCursor hasNextPage } edges { node { id } } } }')).referrals;
    const next = (await service.ok(admin, 'query($a: String) { referrals(first: 100, after: $a) { edges { node { id } } } }', { a: firstPage.pageInfo.endCursor })).referrals;
    expect([...firstPage.edges, ...next.edges].map((e: any) => e.node.id)).toEqual(all.edges.map((e: any) => e.node.id));
  });
});
