import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { admin, CANCEL, caseStudy, coordinator, REGISTER, REVIEW, SCHEDULE, useCaseStudiesService } from './helpers';

const service = useCaseStudiesService();
const author = coordinator('idp|events-author');
let sql: postgres.Sql;
beforeAll(() => {
  sql = postgres(service.databaseUrl, { max: 1 });
});
afterAll(() => sql.end());

const outbox = () => sql<{ type: string; aggregate_id: string; data: Record<string, unknown> }[]>`select type, aggregate_id, data from outbox order by seq`;

describe('case study events', () => {
  it('records case_study.published on publication: kind, fields and prefecture, never the text', async () => {
    const id = await caseStudy(service, author, 'PUBLISHED');
    const events = await outbox();
    expect(events).toEqual([
      { type: 'case_study.published', aggregate_id: id, data: { caseStudyId: id, kind: 'CONSULTATION', fields: ['EMPLOYMENT', 'LEGAL'], prefectureCode: '23' } },
    ]);
    expect(JSON.stringify(events)).not.toContain('技能実習生');
  });

  it('records nothing for drafts, submissions and rejections', async () => {
    const before = (await outbox()).length;
    await caseStudy(service, author, 'DRAFT');
    const submitted = await caseStudy(service, author, 'SUBMITTED');
    await service.run(admin, REVIEW, { id: submitted, decision: 'REJECT', note: '個人が特定できる記述があります' });
    expect((await outbox()).length).toBe(before);
  });

  it('records a member\'s seat at a study meeting and its cancellation, once each, for their reminder', async () => {
    const scheduled = await service.run(admin, SCHEDULE, {
      input: { title: '事例研究会', startsAt: '2099-01-20T13:00:00+09:00', endsAt: '2099-01-20T15:00:00+09:00', format: 'ONLINE', capacity: 10, caseStudyIds: [] },
    });
    const id = scheduled.data!.scheduleStudyMeeting.id as string;
    const before = (await outbox()).length;
    const member = coordinator('idp|seat-holder');
    await service.run(member, REGISTER, { id });
    await service.run(member, REGISTER, { id });
    await service.run(member, CANCEL, { id });
    await service.run(member, CANCEL, { id });
    expect((await outbox()).slice(before)).toEqual([
      { type: 'study_meeting.registered', aggregate_id: id, data: { studyMeetingId: id, accountId: member.sub, startsAt: '2099-01-20T04:00:00.000Z' } },
      { type: 'study_meeting.registration_cancelled', aggregate_id: id, data: { studyMeetingId: id, accountId: member.sub } },
    ]);
  });
});
