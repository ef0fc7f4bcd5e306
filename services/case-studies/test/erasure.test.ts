import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { applyEvents, erasureEvent, mentionsIn } from '@portal/platform/testing';
import { applyCoordinatorErasure } from '../src/erasure';
import { admin, ARCHIVE, caseStudy, coordinator, LIBRARY, REGISTER, SCHEDULE, useCaseStudiesService } from './helpers';

const service = useCaseStudiesService();
const erased = coordinator('idp|cases-erased');
const other = coordinator('idp|cases-stays');
// An account that is a member and agency staff at once: what it organised as staff loses it too.
const staffMember = { sub: 'idp|cases-staff-member', roles: ['COORDINATOR' as const, 'AGENCY_ADMIN' as const] };
const erasure = erasureEvent({ coordinatorId: randomUUID(), accountId: erased.sub });

const CASE = /* GraphQL */ `
  query($id: ID!) { caseStudy(id: $id) { id kind title summary body fields prefectureCode status publishedAt author { accountId } } }
`;
const MEETING = /* GraphQL */ `query($id: ID!) { studyMeeting(id: $id) { id title registeredCount viewerIsRegistered caseStudies { id } } }`;
const AUTHORS_CASES = /* GraphQL */ `
  query($r: [_Any!]!) { _entities(representations: $r) { ... on Coordinator { caseStudies { id } } } }
`;

const meetingInput = (caseStudyIds: string[]) => ({
  title: '事例研究会',
  startsAt: '2099-02-01T13:00:00+09:00',
  endsAt: '2099-02-01T15:00:00+09:00',
  format: 'ONLINE',
  capacity: 10,
  caseStudyIds,
});

describe('a coordinator erased from the case library', () => {
  const ids = {} as Record<'published' | 'archived' | 'draft' | 'submitted' | 'othersCase' | 'meeting' | 'staffMeeting', string>;
  let publishedBefore: Record<string, any>;

  beforeAll(async () => {
    ids.published = await caseStudy(service, erased, 'PUBLISHED', { title: '公開された事例' });
    ids.archived = await caseStudy(service, erased, 'PUBLISHED', { title: '公開後に取り下げた事例' });
    await service.ok(erased, ARCHIVE, { id: ids.archived });
    ids.draft = await caseStudy(service, erased, 'DRAFT', { title: '書きかけの事例' });
    ids.submitted = await caseStudy(service, erased, 'SUBMITTED', { title: '審査中の事例' });
    ids.othersCase = await caseStudy(service, other, 'PUBLISHED', { title: '他の人の事例' });
    ids.meeting = (await service.ok(admin, SCHEDULE, { input: meetingInput([ids.published]) })).scheduleStudyMeeting.id;
    ids.staffMeeting = (await service.ok(staffMember, SCHEDULE, { input: meetingInput([]) })).scheduleStudyMeeting.id;
    for (const caller of [erased, other]) await service.ok(caller, REGISTER, { id: ids.meeting });
    publishedBefore = (await service.ok(admin, CASE, { id: ids.published })).caseStudy;
    expect(publishedBefore.author).toEqual({ accountId: erased.sub });
    expect(await mentionsIn(service.databaseUrl, [erased.sub])).not.toEqual([]);
    await applyEvents(service.databaseUrl, applyCoordinatorErasure, erasure);
  });

  it('holds their account id nowhere', async () => {
    expect(await mentionsIn(service.databaseUrl, [erased.sub])).toEqual([]);
  });

  it('keeps their published case as it was, authored by no one', async () => {
    const after = (await service.ok(other, CASE, { id: ids.published })).caseStudy;
    expect(after).toEqual({ ...publishedBefore, author: null });
    const library = await service.ok(other, LIBRARY, {});
    expect(library.caseStudies.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual([ids.othersCase, ids.published]);
    expect((await service.ok(admin, CASE, { id: ids.archived })).caseStudy).toMatchObject({ status: 'ARCHIVED', author: null });
  });

  it('deletes what they never published', async () => {
    for (const id of [ids.draft, ids.submitted]) expect(await service.ok(admin, CASE, { id })).toEqual({ caseStudy: null });
    const queue = await service.ok(admin, LIBRARY, { filter: { statuses: ['SUBMITTED', 'DRAFT'] } });
    expect(queue.caseStudies.totalCount).toBe(0);
  });

  it('gives their meeting seat back: the meeting counts one registration fewer; the linked case stays', async () => {
    expect((await service.ok(other, MEETING, { id: ids.meeting })).studyMeeting).toEqual({
      id: ids.meeting,
      title: '事例研究会',
      registeredCount: 1,
      viewerIsRegistered: true,
      caseStudies: [{ id: ids.published }],
    });
    expect((await service.ok(erased, MEETING, { id: ids.meeting })).studyMeeting.viewerIsRegistered).toBe(false);
  });

  it('lists no cases for their account any more', async () => {
    const res = await service.ok(admin, AUTHORS_CASES, { r: [{ __typename: 'Coordinator', accountId: erased.sub }] });
    expect(res._entities).toEqual([{ caseStudies: [] }]);
  });

  it('changes nothing when the same erasure is applied again', async () => {
    const snapshot = async () => Promise.all([ids.published, ids.archived, ids.othersCase].map((id) => service.ok(admin, CASE, { id })));
    const meeting = async () => service.ok(other, MEETING, { id: ids.meeting });
    const [cases, seats] = [await snapshot(), await meeting()];
    await applyEvents(service.databaseUrl, applyCoordinatorErasure, erasure, erasure);
    expect([await snapshot(), await meeting()]).toEqual([cases, seats]);
  });

  it('also forgets an account that organised a meeting as agency staff', async () => {
    expect(await mentionsIn(service.databaseUrl, [staffMember.sub])).toEqual([{ table: 'public.study_meetings', text: staffMember.sub, rows: 1 }]);
    await applyEvents(service.databaseUrl, applyCoordinatorErasure, erasureEvent({ coordinatorId: randomUUID(), accountId: staffMember.sub }));
    expect(await mentionsIn(service.databaseUrl, [staffMember.sub])).toEqual([]);
    expect((await service.ok(admin, MEETING, { id: ids.staffMeeting })).studyMeeting.title).toBe('事例研究会');
  });
});
