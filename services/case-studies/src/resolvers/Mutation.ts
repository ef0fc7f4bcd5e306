import { parseInput } from '@portal/platform';
import { guard } from '../authorization';
import { archive, createDraft, review, submit, updateDraft } from '../case-studies';
import type { Context } from '../context';
import { anonymizationChecklist, caseStudyInput, caseStudyUpdateInput, id, parseReview, studyMeetingInput } from '../inputs';
import type { ReviewDecision } from '@portal/platform';
import { cancelRegistration, register, schedule } from '../study-meetings';

const caseStudyId = (value: string) => parseInput(id('case study'), value, 'id');
const meetingId = (value: string) => parseInput(id('study meeting'), value, 'id');

export const Mutation = {
  async createCaseStudyDraft(_: unknown, args: { input: unknown }, ctx: Context) {
    guard.require(ctx.identity, 'draftCaseStudy');
    return createDraft(ctx.store, ctx.identity, parseInput(caseStudyInput, args.input, 'input'));
  },

  async updateCaseStudyDraft(_: unknown, args: { id: string; input: unknown }, ctx: Context) {
    guard.require(ctx.identity, 'editOwnCaseStudy');
    const input = parseInput(caseStudyUpdateInput, args.input, 'input');
    return updateDraft(ctx.store, ctx.identity, caseStudyId(args.id), input);
  },

  async submitCaseStudy(_: unknown, args: { id: string; checklist: unknown }, ctx: Context) {
    guard.require(ctx.identity, 'submitOwnCaseStudy');
    const id = caseStudyId(args.id);
    parseInput(anonymizationChecklist, args.checklist, 'checklist');
    return submit(ctx.store, ctx.identity, id);
  },

  async reviewCaseStudy(_: unknown, args: { id: string; decision: ReviewDecision; note?: unknown }, ctx: Context) {
    guard.require(ctx.identity, 'reviewCaseStudy');
    const id = caseStudyId(args.id);
    const { decision, note } = parseReview(args.decision, args.note);
    return review(ctx.store, id, decision, note, ctx.traceparent);
  },

  async archiveCaseStudy(_: unknown, args: { id: string }, ctx: Context) {
    guard.require(ctx.identity, 'archiveCaseStudy');
    return archive(ctx.store, ctx.identity, caseStudyId(args.id));
  },

  async scheduleStudyMeeting(_: unknown, args: { input: unknown }, ctx: Context) {
    guard.require(ctx.identity, 'scheduleStudyMeeting');
    return schedule(ctx.store, ctx.identity, parseInput(studyMeetingInput, args.input, 'input'));
  },

  async registerForStudyMeeting(_: unknown, args: { id: string }, ctx: Context) {
    guard.require(ctx.identity, 'registerForStudyMeeting');
    return register(ctx.store, ctx.identity, meetingId(args.id), ctx.traceparent);
  },

  async cancelStudyMeetingRegistration(_: unknown, args: { id: string }, ctx: Context) {
    guard.require(ctx.identity, 'cancelStudyMeetingRegistration');
    return cancelRegistration(ctx.store, ctx.identity, meetingId(args.id), ctx.traceparent);
  },
};
