import { parseInput } from '@portal/platform';
import { guard } from '../authorization';
import type { Context } from '../context';
import type { FieldIssueStatus } from '../db/schema';
import { reportFieldIssue, respondToFieldIssue } from '../field-issues';
import { answersInput, fieldIssueId, fieldIssueInput, publicResponse, surveyId, surveyInput } from '../inputs';
import { closeSurvey, createSurvey, openSurvey, submitResponse, updateSurvey } from '../surveys';

export const Mutation = {
  async createSurvey(_: unknown, args: { input: unknown }, ctx: Context) {
    guard.require(ctx.identity, 'createSurvey');
    return createSurvey(ctx.store, parseInput(surveyInput, args.input, 'input'), ctx.identity.sub);
  },

  async updateSurvey(_: unknown, args: { id: string; input: unknown }, ctx: Context) {
    guard.require(ctx.identity, 'updateSurvey');
    return updateSurvey(ctx.store, parseInput(surveyId, args.id, 'id'), parseInput(surveyInput, args.input, 'input'));
  },

  async openSurvey(_: unknown, args: { id: string }, ctx: Context) {
    guard.require(ctx.identity, 'openSurvey');
    return openSurvey(ctx.store, parseInput(surveyId, args.id, 'id'), ctx.traceparent);
  },

  async closeSurvey(_: unknown, args: { id: string }, ctx: Context) {
    guard.require(ctx.identity, 'closeSurvey');
    return closeSurvey(ctx.store, parseInput(surveyId, args.id, 'id'), ctx.traceparent);
  },

  async submitSurveyResponse(_: unknown, args: { surveyId: string; answers: unknown }, ctx: Context) {
    guard.require(ctx.identity, 'submitSurveyResponse');
    const id = parseInput(surveyId, args.surveyId, 'surveyId');
    return submitResponse(ctx.store, id, ctx.identity.sub, parseInput(answersInput, args.answers, 'answers'), ctx.traceparent);
  },

  async reportFieldIssue(_: unknown, args: { input: unknown }, ctx: Context) {
    guard.require(ctx.identity, 'reportFieldIssue');
    return reportFieldIssue(ctx.store, ctx.identity.sub, parseInput(fieldIssueInput, args.input, 'input'), ctx.traceparent);
  },

  async respondToFieldIssue(_: unknown, args: { id: string; status: FieldIssueStatus; response?: unknown }, ctx: Context) {
    guard.require(ctx.identity, 'respondToFieldIssue');
    const id = parseInput(fieldIssueId, args.id, 'id');
    const response = parseInput(publicResponse, args.response, 'response');
    return respondToFieldIssue(ctx.store, id, { status: args.status, response }, ctx.traceparent);
  },
};
