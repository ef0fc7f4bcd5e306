import { describe, expect, it } from 'vitest';
import { CaseLibraryDocument, CoordinatorProfileDocument, DraftCaseStudyDocument, RegisterCoordinatorDocument, RegisterForStudyMeetingDocument, ReviewCaseStudyDocument, ScheduleStudyMeetingDocument, StudyMeetingsDocument, SubmitCaseStudyDocument } from '@portal/client';
import { contractExamples } from '../lib/operations';
import { admin } from './callers';
import { useStack } from './stack-fixture';

const portal = useStack();
const examples = contractExamples();
// The author is the graduate that RegisterCoordinator's example registers.
const author = { sub: 'idp|c-0001', roles: ['COORDINATOR' as const], prefectureCodes: ['13'] };
const reader = { sub: 'idp|c-0002', roles: ['COORDINATOR' as const] };
const codes = (res: { errors?: { extensions?: Record<string, any> }[] }) => res.errors?.map((e) => e.extensions?.code);

/** The example meeting on the same times of day, 60 days from now: the example's own date will pass. */
function upcoming(input: Record<string, any>) {
  const day = new Date(Date.now() + 60 * 86_400_000).toISOString().slice(0, 10);
  return { ...input, startsAt: `${day}T13:00:00+09:00`, endsAt: `${day}T15:00:00+09:00` };
}

describe('case studies and study meetings through the gateway', () => {
  let coordinatorId = '';
  let caseId = '';
  let meetingId = '';

  it('refuses an anonymous caller and the reporting roles', async () => {
    const anonymous = await portal.send(null, CaseLibraryDocument, examples.CaseLibrary);
    expect(anonymous.status).toBe(401);
    expect(codes(anonymous)).toEqual(['UNAUTHENTICATED']);
    const analyst = await portal.send({ sub: 'idp|mhlw', roles: ['MINISTRY_ANALYST'] }, CaseLibraryDocument, examples.CaseLibrary);
    expect(codes(analyst)).toEqual(['FORBIDDEN']);
  });

  it('DraftCaseStudy: a registered coordinator drafts the example case', async () => {
    const registered = await portal.send(admin, RegisterCoordinatorDocument, examples.RegisterCoordinator);
    coordinatorId = registered.data.registerCoordinator.id;
    const res = await portal.send(author, DraftCaseStudyDocument, examples.DraftCaseStudy);
    expect(res.errors).toBeUndefined();
    caseId = res.data.createCaseStudyDraft.id;
    expect(res.data.createCaseStudyDraft).toEqual({ id: caseId, status: 'DRAFT' });
  });

  it('SubmitCaseStudy: personal data keeps a draft back with masked findings; the example case passes', async () => {
    const withPhone = await portal.send(author, DraftCaseStudyDocument, {
      input: { ...(examples.DraftCaseStudy!.input as object), body: '相談者（携帯０９０－１２３４－５６７８）は製造業で働く20代の技能実習生。' },
    });
    const held = await portal.send(author, SubmitCaseStudyDocument, { ...examples.SubmitCaseStudy, id: withPhone.data.createCaseStudyDraft.id });
    expect(held.data.submitCaseStudy).toEqual({
      id: withPhone.data.createCaseStudyDraft.id,
      status: 'DRAFT',
      piiFindings: [{ kind: 'PHONE_NUMBER', excerpt: '相談者（携帯***－****－****）は製造' }],
    });

    const res = await portal.send(author, SubmitCaseStudyDocument, { ...examples.SubmitCaseStudy, id: caseId });
    expect(res.errors).toBeUndefined();
    expect(res.data.submitCaseStudy).toEqual({ id: caseId, status: 'SUBMITTED', piiFindings: [] });
  });

  it('ReviewCaseStudy: an agency admin publishes it', async () => {
    const res = await portal.send(admin, ReviewCaseStudyDocument, { ...examples.ReviewCaseStudy, id: caseId });
    expect(res.errors).toBeUndefined();
    expect(res.data.reviewCaseStudy).toEqual({ id: caseId, status: 'PUBLISHED', publishedAt: expect.any(String) });
    const again = await portal.send(admin, ReviewCaseStudyDocument, { ...examples.ReviewCaseStudy, id: caseId });
    expect(codes(again)).toEqual(['CONFLICT']);
  });

  it('CaseLibrary: another coordinator finds it with the example filter, its author resolved by the directory', async () => {
    const res = await portal.send(reader, CaseLibraryDocument, examples.CaseLibrary);
    expect(res.errors).toBeUndefined();
    const draft = examples.DraftCaseStudy!.input as Record<string, unknown>;
    expect(res.data.caseStudies).toEqual({
      totalCount: 1,
      pageInfo: { hasNextPage: false, endCursor: expect.any(String) },
      edges: [
        {
          node: {
            id: caseId,
            kind: 'CONSULTATION',
            title: draft.title,
            summary: draft.summary,
            fields: ['EMPLOYMENT', 'LEGAL'],
            prefectureCode: '23',
            status: 'PUBLISHED',
            publishedAt: expect.any(String),
            author: { id: coordinatorId, name: 'グエン・ティ・ラン' },
          },
        },
      ],
    });
  });

  it('CoordinatorProfile: the contract operation shows the published case beside the directory and partner data', async () => {
    const res = await portal.send(reader, CoordinatorProfileDocument, { ...examples.CoordinatorProfile, id: coordinatorId });
    expect(res.errors).toBeUndefined();
    expect(res.data.coordinator).toEqual({
      id: coordinatorId,
      name: 'グエン・ティ・ラン',
      bio: null,
      expertiseFields: [],
      endorsedPartners: [],
      caseStudies: [{ id: caseId, title: '技能実習生の未払い賃金相談を労働基準監督署につないだ事例', kind: 'CONSULTATION', publishedAt: expect.any(String) }],
    });
  });

  it('a case whose author the directory does not list keeps its place, with a null author', async () => {
    const unlisted = { sub: 'idp|not-in-directory', roles: ['COORDINATOR' as const] };
    const draft = await portal.send(unlisted, DraftCaseStudyDocument, {
      input: { ...(examples.DraftCaseStudy!.input as object), title: '名簿にない著者の事例' },
    });
    const id = draft.data.createCaseStudyDraft.id;
    await portal.send(unlisted, SubmitCaseStudyDocument, { ...examples.SubmitCaseStudy, id });
    await portal.send(admin, ReviewCaseStudyDocument, { ...examples.ReviewCaseStudy, id });
    const res = await portal.send(reader, CaseLibraryDocument, { filter: { text: '名簿にない著者の事例' } });
    expect(res.errors).toBeUndefined();
    expect(res.data.caseStudies.edges.map((e: any) => [e.node.id, e.node.title, e.node.author])).toEqual([[id, '名簿にない著者の事例', null]]);
  });

  it('ScheduleStudyMeeting: an agency admin schedules the example meeting on the published case', async () => {
    const input = upcoming({ ...(examples.ScheduleStudyMeeting!.input as object), caseStudyIds: [caseId] });
    const res = await portal.send(admin, ScheduleStudyMeetingDocument, { input });
    expect(res.errors).toBeUndefined();
    meetingId = res.data.scheduleStudyMeeting.id;
    expect(res.data.scheduleStudyMeeting).toEqual({ id: meetingId, title: '第1回 事例研究会（労働分野）', capacity: 40 });
  });

  it('StudyMeetings and RegisterForStudyMeeting: a coordinator sees the meeting and takes a seat', async () => {
    const meeting = {
      id: meetingId,
      title: '第1回 事例研究会（労働分野）',
      startsAt: expect.any(String),
      endsAt: expect.any(String),
      format: 'HYBRID',
      capacity: 40,
      caseStudies: [{ id: caseId, title: '技能実習生の未払い賃金相談を労働基準監督署につないだ事例' }],
    };
    const before = await portal.send(reader, StudyMeetingsDocument);
    expect(before.errors).toBeUndefined();
    expect(before.data.studyMeetings).toEqual([{ ...meeting, registeredCount: 0, viewerIsRegistered: false }]);

    const res = await portal.send(reader, RegisterForStudyMeetingDocument, { ...examples.RegisterForStudyMeeting, id: meetingId });
    expect(res.errors).toBeUndefined();
    expect(res.data.registerForStudyMeeting).toEqual({ id: meetingId, registeredCount: 1, viewerIsRegistered: true });

    const after = await portal.send(reader, StudyMeetingsDocument);
    expect(after.data.studyMeetings).toEqual([{ ...meeting, registeredCount: 1, viewerIsRegistered: true }]);
    const forAuthor = await portal.send(author, StudyMeetingsDocument);
    expect(forAuthor.data.studyMeetings).toEqual([{ ...meeting, registeredCount: 1, viewerIsRegistered: false }]);
  });
});
