import { beforeAll, describe, expect, it } from 'vitest';
import { errorCodes } from '@portal/platform/testing';
import { admin, ANSWER_QUESTION, ASK, member, questionInput, THREAD, useCollaborationService } from './helpers';

const service = useCollaborationService();
const asker = member('idp|board-asker', ['09'], ['MEDICAL'], ['ne']);
const peer = member('idp|board-peer', ['10'], ['MEDICAL'], ['ne']);
const other = member('idp|board-other', ['40'], ['EMPLOYMENT'], ['en']);

beforeAll(async () => {
  await service.directory([asker, peer, other]);
});

const ask = async (changes = {}) => (await service.ok(asker.caller, ASK, { input: questionInput(changes) })).askConsultationQuestion;
const reply = async (threadId: string, body = '県の国際交流協会が夜間の電話通訳を委託しています。', caller = peer.caller) =>
  (await service.ok(caller, ANSWER_QUESTION, { threadId, body })).answerConsultationQuestion;
const read = async (id: string, caller = other.caller) => (await service.ok(caller, THREAD, { id })).consultationThread;
const types = async () => (await service.outbox()).map((e) => e.type);

describe('asking and answering', () => {
  it('a clean question is on the board for every member, de-identified, and announced once with a pseudonym', async () => {
    const before = (await types()).length;
    const thread = await ask();
    expect(thread).toMatchObject({ status: 'OPEN', visibility: 'VISIBLE', regionCode: 'KANTO', askedByMe: true, piiFindings: [], answers: [] });
    expect(await read(thread.id)).toMatchObject({ title: thread.title, askedByMe: false, visibility: 'VISIBLE' });
    const events = (await service.outbox()).slice(before);
    expect(events).toEqual([{ type: 'consultation.question_posted', aggregateId: thread.id, data: { threadId: thread.id, contributorId: expect.any(String), prefectureCode: '09', fields: ['MEDICAL'] } }]);
  });

  it('a question with personal data is held: only its asker reads it, with the findings, until an edit passes the screen', async () => {
    const before = (await types()).length;
    const thread = await ask({ body: '相談者（在留カード AB12345678CD）の夜間受診について' });
    expect(thread.visibility).toBe('HELD');
    expect(thread.piiFindings).toEqual([{ kind: 'RESIDENCE_CARD_NUMBER', field: 'body' }]);
    expect(await read(thread.id)).toBeNull();
    expect(errorCodes(await service.run(peer.caller, ANSWER_QUESTION, { threadId: thread.id, body: '回答' }))).toEqual(['NOT_FOUND']);
    expect((await types()).length).toBe(before);
    const edited = (
      await service.ok(asker.caller, 'mutation($id: ID!, $input: ConsultationQuestionEditInput!) { editConsultationQuestion(id: $id, input: $input) { visibility piiFindings { kind } } }', {
        id: thread.id,
        input: { title: thread.title, body: '相談者の夜間受診について' },
      })
    ).editConsultationQuestion;
    expect(edited).toEqual({ visibility: 'VISIBLE', piiFindings: [] });
    expect((await read(thread.id)).visibility).toBe('VISIBLE');
    expect((await types()).slice(before)).toEqual(['consultation.question_posted']);
  });

  it('an answer is screened too; the first readable answer marks the question answered once', async () => {
    const thread = await ask();
    const before = (await types()).length;
    const held = await reply(thread.id, '担当者の携帯 090-1234-5678 に電話してください');
    expect(held).toMatchObject({ visibility: 'HELD', piiFindings: [{ kind: 'PHONE_NUMBER' }] });
    expect((await read(thread.id)).answers).toEqual([]);
    expect((await read(thread.id, peer.caller)).answers.map((a: any) => a.id)).toEqual([held.id]);
    await reply(thread.id);
    await reply(thread.id, '市の医療通訳派遣を使えます。', other.caller);
    expect((await read(thread.id)).answers.map((a: any) => a.visibility)).toEqual(['VISIBLE', 'VISIBLE']);
    // Once for the question; each readable answer is a notice to its asker (notices.test.ts).
    expect((await types()).slice(before)).toEqual(['consultation.question_answered', 'consultation.author_notice', 'consultation.author_notice']);
  });
});

describe('solving and turning into a case study', () => {
  it('the asker marks the solving answer and requests a case-study draft once; the event carries the thread’s wording for its author, never the thread’s id', async () => {
    const thread = await ask();
    const answer = await reply(thread.id);
    const mark = 'mutation($t: ID!, $a: ID!) { markSolvingAnswer(threadId: $t, answerId: $a) { status solvingAnswer { id } } }';
    expect(errorCodes(await service.run(peer.caller, mark, { t: thread.id, a: answer.id }))).toEqual(['FORBIDDEN']);
    const request = 'mutation($t: ID!) { requestCaseStudyDraft(threadId: $t) { id caseStudyDraftRequestedAt } }';
    expect(errorCodes(await service.run(asker.caller, request, { t: thread.id }))).toEqual(['CONFLICT']);
    expect((await service.ok(asker.caller, mark, { t: thread.id, a: answer.id })).markSolvingAnswer).toEqual({ status: 'SOLVED', solvingAnswer: { id: answer.id } });
    expect((await read(thread.id)).answers[0].isSolving).toBe(true);
    const requested = (await service.ok(asker.caller, request, { t: thread.id })).requestCaseStudyDraft;
    expect(requested.caseStudyDraftRequestedAt).not.toBeNull();
    expect(errorCodes(await service.run(asker.caller, request, { t: thread.id }))).toEqual(['CONFLICT']);
    const [event, ...more] = (await service.outbox()).filter((e) => e.type === 'consultation.case_study_requested' && e.data.title === thread.title);
    expect(more).toEqual([]);
    expect(event!.aggregateId).not.toBe(thread.id);
    expect(JSON.stringify(event)).not.toContain(thread.id);
    expect(event!.data).toEqual({
      authorAccountId: asker.caller.sub,
      fields: ['MEDICAL'],
      prefectureCode: '09',
      title: thread.title,
      summary: thread.body,
      body: `【相談】\n${thread.body}\n\n【解決につながった回答】\n${answer.body}`,
    });
  });
});

describe('moderation', () => {
  it('an admin hides a question or an answer; its author sees the reason, other members see nothing of it', async () => {
    const thread = await ask();
    const answer = await reply(thread.id);
    const hideAnswer = 'mutation($id: ID!, $r: String!) { hideConsultationAnswer(id: $id, reason: $r) { visibility hiddenReason } }';
    expect(errorCodes(await service.run(asker.caller, hideAnswer, { id: answer.id, r: '宣伝' }))).toEqual(['FORBIDDEN']);
    expect((await service.ok(admin, hideAnswer, { id: answer.id, r: '特定の事業者の宣伝のため' })).hideConsultationAnswer).toEqual({ visibility: 'HIDDEN', hiddenReason: '特定の事業者の宣伝のため' });
    expect((await read(thread.id)).answers).toEqual([]);
    const byAuthor = (await read(thread.id, peer.caller)).answers;
    expect(byAuthor.map((a: any) => [a.visibility, a.hiddenReason])).toEqual([['HIDDEN', '特定の事業者の宣伝のため']]);

    await service.ok(admin, 'mutation($id: ID!) { hideConsultationThread(id: $id, reason: "個人が特定されるおそれ") { id } }', { id: thread.id });
    expect(await read(thread.id, peer.caller)).toBeNull();
    expect(await read(thread.id, asker.caller)).toMatchObject({ visibility: 'HIDDEN', hiddenReason: '個人が特定されるおそれ' });
    expect(await read(thread.id, admin)).toMatchObject({ visibility: 'HIDDEN', hiddenReason: '個人が特定されるおそれ' });
  });
});

describe('experts', () => {
  it('are suggested from the directory by field, language and nearness, with a reason; the asker invites them and they find the thread', async () => {
    const thread = await ask();
    const suggestions = (
      await service.ok(asker.caller, 'query($t: ID!) { expertSuggestions(threadId: $t) { coordinator { accountId } matchedFields matchedLanguages reach reachPrefectureCode reason } }', { t: thread.id })
    ).expertSuggestions;
    expect(suggestions).toEqual([
      {
        coordinator: { accountId: peer.caller.sub },
        matchedFields: ['MEDICAL'],
        matchedLanguages: ['ne'],
        reach: 'NEIGHBOURING_PREFECTURE',
        reachPrefectureCode: '10',
        reason: '分野 医療、言語 ne に対応、隣接県（群馬県）で活動',
      },
    ]);
    const invite = 'mutation($t: ID!, $c: [ID!]!) { inviteExperts(threadId: $t, coordinatorIds: $c) { id } }';
    expect(errorCodes(await service.run(peer.caller, invite, { t: thread.id, c: [other.coordinatorId] }))).toEqual(['FORBIDDEN']);
    await service.ok(asker.caller, invite, { t: thread.id, c: [peer.coordinatorId] });
    await service.ok(asker.caller, invite, { t: thread.id, c: [peer.coordinatorId] });
    const invited = (await service.ok(peer.caller, '{ consultationThreads(filter: { invitedMe: true }) { totalCount edges { node { id invitedMe invitedExperts { accountId } } } } }')).consultationThreads;
    expect(invited).toEqual({ totalCount: 1, edges: [{ node: { id: thread.id, invitedMe: true, invitedExperts: [] } }] });
    expect((await read(thread.id, asker.caller)).invitedMe).toBe(false);
  });
});
