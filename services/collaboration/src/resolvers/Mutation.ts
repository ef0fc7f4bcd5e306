import { parseInput } from '@portal/platform';
import { guard } from '../authorization';
import { answerQuestion, askQuestion, editAnswer, editQuestion, hideAnswer, hideThread, inviteExperts, markSolvingAnswer, requestCaseStudyDraft } from '../board';
import type { Context } from '../context';
import { answerBody, answerReferralInput, id, invitees, moderationReason, questionEdit, questionInput, sendReferralInput } from '../inputs';
import { answerReferral, completeReferral, sendReferral, withdrawReferral } from '../referrals';

const referralId = id('referral');
const threadId = id('thread');
const answerId = id('answer');

export const Mutation = {
  sendReferral(_: unknown, args: { input: unknown }, ctx: Context) {
    guard.require(ctx.identity, 'sendReferral');
    return sendReferral(ctx.store, ctx.identity, parseInput(sendReferralInput, args.input, 'input'), ctx.traceparent);
  },

  answerReferral(_: unknown, args: { input: unknown }, ctx: Context) {
    guard.require(ctx.identity, 'answerReferral');
    return answerReferral(ctx.store, ctx.identity, parseInput(answerReferralInput, args.input, 'input'), ctx.traceparent);
  },

  completeReferral(_: unknown, args: { id: string }, ctx: Context) {
    guard.require(ctx.identity, 'completeReferral');
    return completeReferral(ctx.store, ctx.identity, parseInput(referralId, args.id, 'id'), ctx.traceparent);
  },

  withdrawReferral(_: unknown, args: { id: string }, ctx: Context) {
    guard.require(ctx.identity, 'withdrawReferral');
    return withdrawReferral(ctx.store, ctx.identity, parseInput(referralId, args.id, 'id'), ctx.traceparent);
  },

  askConsultationQuestion(_: unknown, args: { input: unknown }, ctx: Context) {
    guard.require(ctx.identity, 'askQuestion');
    return askQuestion(ctx.store, ctx.identity, parseInput(questionInput, args.input, 'input'), ctx.traceparent);
  },

  editConsultationQuestion(_: unknown, args: { id: string; input: unknown }, ctx: Context) {
    guard.require(ctx.identity, 'editPost');
    return editQuestion(ctx.store, ctx.identity, parseInput(threadId, args.id, 'id'), parseInput(questionEdit, args.input, 'input'), ctx.traceparent);
  },

  answerConsultationQuestion(_: unknown, args: { threadId: string; body: string }, ctx: Context) {
    guard.require(ctx.identity, 'answerQuestion');
    return answerQuestion(ctx.store, ctx.identity, parseInput(threadId, args.threadId, 'threadId'), parseInput(answerBody, args.body, 'body'), ctx.traceparent);
  },

  editConsultationAnswer(_: unknown, args: { id: string; body: string }, ctx: Context) {
    guard.require(ctx.identity, 'editPost');
    return editAnswer(ctx.store, ctx.identity, parseInput(answerId, args.id, 'id'), parseInput(answerBody, args.body, 'body'), ctx.traceparent);
  },

  markSolvingAnswer(_: unknown, args: { threadId: string; answerId: string }, ctx: Context) {
    guard.require(ctx.identity, 'markSolvingAnswer');
    return markSolvingAnswer(ctx.store, ctx.identity, parseInput(threadId, args.threadId, 'threadId'), parseInput(answerId, args.answerId, 'answerId'), ctx.traceparent);
  },

  inviteExperts(_: unknown, args: { threadId: string; coordinatorIds: unknown }, ctx: Context) {
    guard.require(ctx.identity, 'inviteExperts');
    return inviteExperts(ctx.store, ctx.identity, parseInput(threadId, args.threadId, 'threadId'), parseInput(invitees, args.coordinatorIds, 'coordinatorIds'));
  },

  requestCaseStudyDraft(_: unknown, args: { threadId: string }, ctx: Context) {
    guard.require(ctx.identity, 'requestCaseStudyDraft');
    return requestCaseStudyDraft(ctx.store, ctx.identity, parseInput(threadId, args.threadId, 'threadId'), ctx.traceparent);
  },

  hideConsultationThread(_: unknown, args: { id: string; reason: string }, ctx: Context) {
    guard.require(ctx.identity, 'moderateBoard');
    return hideThread(ctx.store, ctx.identity, parseInput(threadId, args.id, 'id'), parseInput(moderationReason, args.reason, 'reason'));
  },

  hideConsultationAnswer(_: unknown, args: { id: string; reason: string }, ctx: Context) {
    guard.require(ctx.identity, 'moderateBoard');
    return hideAnswer(ctx.store, ctx.identity, parseInput(answerId, args.id, 'id'), parseInput(moderationReason, args.reason, 'reason'));
  },
};
