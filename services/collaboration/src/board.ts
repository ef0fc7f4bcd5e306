import { conflict, forbidden, notFound, regionOf, screenForPersonalData, type Identity } from '@portal/platform';
import { guard, isAsker, isAuthor, isPublic, seesAnswer, seesThread } from './authorization';
import type { AnswerRow, ThreadRow } from './db/schema';
import { boardNotice, caseStudyRequested, questionAnswered, questionPosted } from './events';
import type { QuestionInput } from './inputs';
import type { BoardReader, Store } from './store';
import { placesNear, rankCandidates, type Suggestion } from './suggestions';

// The peer consultation board (相談掲示板). A question or answer is screened for personal
// data whenever it is written: with findings it is held back, readable by its author only
// (who sees the findings and edits it), until a version passes. Agency admins hide posts
// with a reason their author sees. The asker marks the answer that solved it, and may turn
// the solved thread into a case-study draft of theirs.

const EXPERTS_RANKED = 1_000;
/** The summary of a case-study draft: the question, cut to the case library's limit. */
const SUMMARY_MAX = 1_000;

export const boardReader = (identity: Identity): BoardReader => ({ accountId: identity.sub, heldAndHidden: guard.allows(identity, 'seeHeldAndHiddenPosts') });

/**
 * Records the question's first appearance to members (posted), once: a held question is
 * posted when an edit passes the screen.
 */
async function announceIfPosted(tx: Store, thread: ThreadRow, traceparent: string, now: Date): Promise<ThreadRow> {
  if (!isPublic(thread) || thread.postedAt || !thread.askerAccountId) return thread;
  const posted = await tx.updateThread(thread.id, { postedAt: now }, 'postedAt');
  if (!posted) return thread;
  await tx.recordEvents([questionPosted(posted, await tx.contributorIdOf(thread.askerAccountId))], traceparent);
  return posted;
}

export function askQuestion(store: Store, asker: Identity, input: QuestionInput, traceparent: string, now = new Date()): Promise<ThreadRow> {
  const piiFindings = screenForPersonalData({ title: input.title, body: input.body });
  return store.transaction(async (tx) => {
    const thread = await tx.insertThread({
      ...input,
      regionCode: regionOf(input.prefectureCode),
      askerAccountId: asker.sub,
      status: 'OPEN',
      piiFindings,
      createdAt: now,
      updatedAt: now,
    });
    return announceIfPosted(tx, thread, traceparent, now);
  });
}

/** The thread if the caller may read it; NOT_FOUND otherwise. */
export async function readableThread(store: Store, identity: Identity, id: string): Promise<ThreadRow> {
  const [thread] = await store.findThreads([id]);
  if (!thread || !seesThread(thread, identity)) throw notFound('Consultation thread', id);
  return thread;
}

async function ownThread(store: Store, identity: Identity, id: string, action: string): Promise<ThreadRow> {
  const thread = await readableThread(store, identity, id);
  if (!isAsker(thread, identity)) throw forbidden(`Only the asker may ${action}`);
  return thread;
}

export async function editQuestion(store: Store, identity: Identity, id: string, edit: { title: string; body: string }, traceparent: string, now = new Date()) {
  const thread = await ownThread(store, identity, id, 'edit the question');
  const piiFindings = screenForPersonalData(edit);
  return store.transaction(async (tx) => {
    const edited = await tx.updateThread(thread.id, { ...edit, piiFindings, updatedAt: now });
    return announceIfPosted(tx, edited!, traceparent, now);
  });
}

/** The first answer members can read marks the question answered (once). */
async function announceIfAnswered(tx: Store, thread: ThreadRow, answer: AnswerRow, traceparent: string, now: Date): Promise<void> {
  if (!isPublic(answer) || thread.answeredAt) return;
  const answered = await tx.updateThread(thread.id, { answeredAt: now }, 'answeredAt');
  if (answered) await tx.recordEvents([questionAnswered(answered)], traceparent);
}

/** The asker is told of each answer members can read, when it first is, but of their own. */
async function tellAsker(tx: Store, thread: ThreadRow, answer: AnswerRow, traceparent: string): Promise<void> {
  if (!isPublic(answer) || !thread.askerAccountId || answer.authorAccountId === thread.askerAccountId) return;
  await tx.recordEvents([boardNotice(thread.askerAccountId, 'ANSWERED')], traceparent);
}

export async function answerQuestion(store: Store, author: Identity, threadId: string, body: string, traceparent: string, now = new Date()): Promise<AnswerRow> {
  const thread = await readableThread(store, author, threadId);
  if (!isPublic(thread)) throw conflict('The question is not on the board; it cannot be answered');
  const piiFindings = screenForPersonalData({ body });
  return store.transaction(async (tx) => {
    const answer = await tx.insertAnswer({ threadId, authorAccountId: author.sub, body, piiFindings, createdAt: now, updatedAt: now });
    await announceIfAnswered(tx, thread, answer, traceparent, now);
    await tellAsker(tx, thread, answer, traceparent);
    return answer;
  });
}

/** The answer if the caller may read it; NOT_FOUND otherwise. */
async function readableAnswer(store: Store, identity: Identity, id: string): Promise<AnswerRow> {
  const [answer] = await store.findAnswers([id]);
  if (!answer || !seesAnswer(answer, identity)) throw notFound('Answer', id);
  return answer;
}

export async function editAnswer(store: Store, identity: Identity, id: string, body: string, traceparent: string, now = new Date()): Promise<AnswerRow> {
  const answer = await readableAnswer(store, identity, id);
  if (!isAuthor(answer, identity)) throw forbidden('Only its author may edit an answer');
  const piiFindings = screenForPersonalData({ body });
  const [thread] = await store.findThreads([answer.threadId]);
  return store.transaction(async (tx) => {
    const before = (await tx.lockAnswer(id))!;
    const edited = await tx.updateAnswer(id, { body, piiFindings, updatedAt: now });
    await announceIfAnswered(tx, thread!, edited, traceparent, now);
    // A held answer that an edit lets through reaches the asker now (of two such edits at once, the first).
    if (!isPublic(before)) await tellAsker(tx, thread!, edited, traceparent);
    return edited;
  });
}

/**
 * The asker marks a readable answer of the thread as the one that solved it; another mark
 * replaces it. The answer's author is told when their answer becomes the solving one.
 */
export async function markSolvingAnswer(store: Store, identity: Identity, threadId: string, answerId: string, traceparent: string, now = new Date()): Promise<ThreadRow> {
  await ownThread(store, identity, threadId, 'mark the solving answer');
  const [answer] = await store.findAnswers([answerId]);
  if (!answer || answer.threadId !== threadId || !isPublic(answer)) throw notFound('Answer', answerId);
  return store.transaction(async (tx) => {
    const before = (await tx.lockThread(threadId))!;
    const solved = (await tx.updateThread(threadId, { status: 'SOLVED', solvingAnswerId: answerId, updatedAt: now }))!;
    if (before.solvingAnswerId !== answerId && answer.authorAccountId && answer.authorAccountId !== identity.sub) {
      await tx.recordEvents([boardNotice(answer.authorAccountId, 'SOLVING')], traceparent);
    }
    return solved;
  });
}

/** Experts for the question: coordinators of its fields and languages, nearest first. */
export async function suggestExperts(store: Store, identity: Identity, thread: ThreadRow, limit: number): Promise<Suggestion[]> {
  const need = { fields: thread.fields, languages: thread.languages, prefectureCode: thread.prefectureCode as Parameters<typeof placesNear>[0] };
  const coordinators = await store.candidateCoordinators({
    fields: need.fields,
    prefectureCodes: placesNear(need.prefectureCode),
    excludeAccountId: thread.askerAccountId ?? identity.sub,
    limit: EXPERTS_RANKED,
  });
  return rankCandidates(need, coordinators, [], limit);
}

export async function inviteExperts(store: Store, identity: Identity, threadId: string, coordinatorIds: string[], now = new Date()): Promise<ThreadRow> {
  const thread = await ownThread(store, identity, threadId, 'invite experts');
  if (!isPublic(thread)) throw conflict('The question is not on the board; nobody can be invited to it');
  const experts = await store.activeCoordinators(coordinatorIds);
  const unknown = coordinatorIds.findIndex((id) => !experts.some((e) => e.coordinatorId === id));
  if (unknown >= 0) throw notFound('Coordinator', coordinatorIds[unknown]!);
  await store.invite(experts.map((e) => ({ threadId, coordinatorId: e.coordinatorId, accountId: e.accountId, invitedAt: now })));
  return thread;
}

/**
 * Turns a solved thread into a case-study draft of the asker's, once: the case-studies
 * service creates the draft from the event (the author then edits and submits it there).
 */
export async function requestCaseStudyDraft(store: Store, identity: Identity, threadId: string, traceparent: string, now = new Date()): Promise<ThreadRow> {
  const thread = await ownThread(store, identity, threadId, 'turn the thread into a case study');
  if (thread.status !== 'SOLVED' || !thread.solvingAnswerId) throw conflict('Only a solved thread can become a case study');
  if (!isPublic(thread)) throw conflict('A question that is not on the board cannot become a case study');
  const [answer] = await store.findAnswers([thread.solvingAnswerId]);
  return store.transaction(async (tx) => {
    const requested = await tx.updateThread(threadId, { caseStudyRequestedAt: now, updatedAt: now }, 'caseStudyRequestedAt');
    if (!requested) throw conflict('A case-study draft of this thread was already requested');
    const summary = [...thread.body].slice(0, SUMMARY_MAX).join('');
    const body = `【相談】\n${thread.body}\n\n【解決につながった回答】\n${answer!.body}`;
    await tx.recordEvents([caseStudyRequested(requested, { authorAccountId: identity.sub, title: thread.title, summary, body })], traceparent);
    return requested;
  });
}

export async function hideThread(store: Store, admin: Identity, id: string, reason: string, now = new Date()): Promise<ThreadRow> {
  const thread = await readableThread(store, admin, id);
  return (await store.updateThread(thread.id, { hiddenAt: now, hiddenReason: reason, hiddenBy: admin.sub, updatedAt: now }))!;
}

export async function hideAnswer(store: Store, admin: Identity, id: string, reason: string, now = new Date()): Promise<AnswerRow> {
  const answer = await readableAnswer(store, admin, id);
  return store.updateAnswer(answer.id, { hiddenAt: now, hiddenReason: reason, hiddenBy: admin.sub, updatedAt: now });
}

