import { beforeAll, describe, expect, it } from 'vitest';
import { errorCodes } from '@portal/platform/testing';
import { admin, ARCHIVE, CANCEL, caseStudy, coordinator, REGISTER, SCHEDULE, useCaseStudiesService } from './helpers';

const service = useCaseStudiesService();
const author = coordinator('idp|meeting-author');
const member = coordinator('idp|meeting-member');
let published = '';

const MEETING = {
  title: '第1回 事例研究会（労働分野）',
  description: '未払い賃金事例の検討',
  startsAt: '2099-01-20T13:00:00+09:00',
  endsAt: '2099-01-20T15:00:00+09:00',
  format: 'HYBRID',
  location: '東京都千代田区',
  capacity: 40,
};

const MEETINGS = /* GraphQL */ `
  query StudyMeetings($upcomingOnly: Boolean) {
    studyMeetings(upcomingOnly: $upcomingOnly) {
      id title startsAt endsAt format capacity registeredCount viewerIsRegistered onlineUrl caseStudies { id title }
    }
  }
`;

const schedule = async (input: Record<string, unknown>) => {
  const res = await service.run(admin, SCHEDULE, { input: { ...MEETING, ...input } });
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  return res.data!.scheduleStudyMeeting.id as string;
};

/** A meeting that has already started, which no caller can schedule. */
async function pastMeeting(startsAt: Date, endsAt: Date) {
  const meeting = await service.store.transaction((tx) =>
    tx.insertStudyMeeting(
      { title: '過去の研究会', startsAt, endsAt, format: 'ONLINE', capacity: 10, organizerAccountId: admin.sub, createdAt: new Date() },
      [],
    ),
  );
  return meeting.id;
}

beforeAll(async () => {
  published = await caseStudy(service, author, 'PUBLISHED');
});

describe('scheduling', () => {
  it('schedules a meeting with the contract example, linking a published case', async () => {
    const res = await service.run(admin, SCHEDULE, { input: { ...MEETING, caseStudyIds: [published] } });
    expect(res.data!.scheduleStudyMeeting).toEqual({ id: expect.any(String), title: MEETING.title, capacity: 40 });
    const meeting = (await service.run(member, 'query($id: ID!) { studyMeeting(id: $id) { startsAt endsAt format location caseStudies { id } } }', {
      id: res.data!.scheduleStudyMeeting.id,
    })).data!.studyMeeting;
    expect(meeting).toEqual({
      startsAt: '2099-01-20T04:00:00.000Z',
      endsAt: '2099-01-20T06:00:00.000Z',
      format: 'HYBRID',
      location: '東京都千代田区',
      caseStudies: [{ id: published }],
    });
  });

  it('names a linked case that does not exist or is not published', async () => {
    const draft = await caseStudy(service, author, 'DRAFT');
    const missing = '00000000-0000-4000-8000-000000000000';
    const res = await service.run(admin, SCHEDULE, { input: { ...MEETING, caseStudyIds: [published, draft, missing] } });
    expect(errorCodes(res)).toEqual(['BAD_USER_INPUT']);
    expect(res.errors![0]!.extensions!.issues).toEqual([
      { field: 'input.caseStudyIds.1', message: `${draft} is not a published case study` },
      { field: 'input.caseStudyIds.2', message: `${missing} is not a published case study` },
    ]);
  });

  it('refuses bad input naming each field', async () => {
    const res = await service.run(admin, SCHEDULE, {
      input: { ...MEETING, title: '', capacity: 0, onlineUrl: 'ftp://example.org', caseStudyIds: ['nope'] },
    });
    expect(res.errors![0]!.extensions!.issues.map((i: any) => i.field)).toEqual(['input.title', 'input.onlineUrl', 'input.capacity', 'input.caseStudyIds.0']);
    const times = await service.run(admin, SCHEDULE, { input: { ...MEETING, endsAt: MEETING.startsAt, location: null } });
    expect(times.errors![0]!.extensions!.issues.map((i: any) => i.field)).toEqual(['input.endsAt', 'input.location']);
    const past = await service.run(admin, SCHEDULE, { input: { ...MEETING, startsAt: '2020-01-20T13:00:00+09:00' } });
    expect(past.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.startsAt' });
    const badDate = await service.run(admin, SCHEDULE, { input: { ...MEETING, startsAt: '2099-02-30T13:00:00+09:00' } });
    expect(errorCodes(badDate)).toEqual(['BAD_USER_INPUT']);
  });

  it('needs no location online', async () => {
    expect(await schedule({ format: 'ONLINE', location: null, onlineUrl: 'https://meet.example.org/abc' })).toEqual(expect.any(String));
  });
});

describe('registration', () => {
  it('takes a seat, shows it to the member, and gives it back on cancellation', async () => {
    const id = await schedule({ capacity: 5, onlineUrl: 'https://meet.example.org/xyz' });
    const MEETING_URL = 'query($id: ID!) { studyMeeting(id: $id) { registeredCount viewerIsRegistered onlineUrl } }';
    expect((await service.run(member, MEETING_URL, { id })).data!.studyMeeting).toEqual({ registeredCount: 0, viewerIsRegistered: false, onlineUrl: null });
    expect((await service.run(member, REGISTER, { id })).data!.registerForStudyMeeting).toEqual({ id, registeredCount: 1, viewerIsRegistered: true });
    expect((await service.run(member, MEETING_URL, { id })).data!.studyMeeting).toEqual({
      registeredCount: 1,
      viewerIsRegistered: true,
      onlineUrl: 'https://meet.example.org/xyz',
    });
    expect((await service.run(author, MEETING_URL, { id })).data!.studyMeeting).toEqual({ registeredCount: 1, viewerIsRegistered: false, onlineUrl: null });
    expect((await service.run(admin, MEETING_URL, { id })).data!.studyMeeting.onlineUrl).toBe('https://meet.example.org/xyz');
    expect((await service.run(member, CANCEL, { id })).data!.cancelStudyMeetingRegistration).toEqual({ id, registeredCount: 0, viewerIsRegistered: false });
    // Cancelling without a seat changes nothing.
    expect((await service.run(member, CANCEL, { id })).data!.cancelStudyMeetingRegistration).toEqual({ id, registeredCount: 0, viewerIsRegistered: false });
  });

  it('with 20 simultaneous registrations for 10 seats, exactly 10 succeed and the rest get CONFLICT', async () => {
    const id = await schedule({ capacity: 10 });
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) => service.run(coordinator(`idp|rush-${i}`), REGISTER, { id })),
    );
    const codes = results.map(errorCodes);
    expect(codes.filter((c) => c.length === 0)).toHaveLength(10);
    expect(codes.filter((c) => c.length > 0)).toEqual(Array.from({ length: 10 }, () => ['CONFLICT']));
    expect(results.find((r) => r.errors)!.errors![0]!.message).toBe('The study meeting is full (10 seats)');
    const counted = await service.run(admin, 'query($id: ID!) { studyMeeting(id: $id) { registeredCount } }', { id });
    expect(counted.data!.studyMeeting.registeredCount).toBe(10);
  });

  it('registering the same coordinator 5 times at once holds exactly one seat', async () => {
    const id = await schedule({ capacity: 3 });
    const results = await Promise.all(Array.from({ length: 5 }, () => service.run(member, REGISTER, { id })));
    expect(results.map(errorCodes)).toEqual(Array.from({ length: 5 }, () => []));
    const counted = await service.run(member, 'query($id: ID!) { studyMeeting(id: $id) { registeredCount viewerIsRegistered } }', { id });
    expect(counted.data!.studyMeeting).toEqual({ registeredCount: 1, viewerIsRegistered: true });
  });

  it('lets a member who holds a seat of a full meeting register again, and frees a seat on cancellation', async () => {
    const id = await schedule({ capacity: 1 });
    expect(errorCodes(await service.run(member, REGISTER, { id }))).toEqual([]);
    expect(errorCodes(await service.run(member, REGISTER, { id }))).toEqual([]);
    expect(errorCodes(await service.run(author, REGISTER, { id }))).toEqual(['CONFLICT']);
    await service.run(member, CANCEL, { id });
    expect(errorCodes(await service.run(author, REGISTER, { id }))).toEqual([]);
  });

  it('is closed once the meeting has started', async () => {
    const hourAgo = new Date(Date.now() - 3_600_000);
    const running = await pastMeeting(hourAgo, new Date(Date.now() + 3_600_000));
    const register = await service.run(member, REGISTER, { id: running });
    expect(errorCodes(register)).toEqual(['CONFLICT']);
    expect(register.errors![0]!.message).toBe('Registration for this study meeting has closed: it has already started');
    expect(errorCodes(await service.run(member, CANCEL, { id: running }))).toEqual(['CONFLICT']);
  });

  it('is NOT_FOUND for an unknown meeting and BAD_USER_INPUT for a malformed id', async () => {
    expect(errorCodes(await service.run(member, REGISTER, { id: '00000000-0000-4000-8000-000000000000' }))).toEqual(['NOT_FOUND']);
    expect((await service.run(member, REGISTER, { id: 'x' })).errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
  });
});

describe('the list of meetings', () => {
  it('orders by start, and `upcomingOnly` drops meetings that have ended', async () => {
    const ended = await pastMeeting(new Date('2020-05-01T10:00:00Z'), new Date('2020-05-01T12:00:00Z'));
    const all = (await service.run(member, MEETINGS, {})).data!.studyMeetings;
    const starts = all.map((m: any) => m.startsAt);
    expect(starts).toEqual([...starts].sort());
    expect(all.map((m: any) => m.id)).toContain(ended);
    const upcoming = (await service.run(member, MEETINGS, { upcomingOnly: true })).data!.studyMeetings;
    expect(upcoming.map((m: any) => m.id)).not.toContain(ended);
    expect(upcoming.every((m: any) => Date.parse(m.endsAt) > Date.now())).toBe(true);
    expect(upcoming.length).toBe(all.length - 1);
  });

  it('drops a linked case for members once it is archived', async () => {
    const linked = await caseStudy(service, author, 'PUBLISHED', { title: '後で取り下げる事例' });
    const id = await schedule({ caseStudyIds: [published, linked] });
    const CASES = 'query($id: ID!) { studyMeeting(id: $id) { caseStudies { id } } }';
    expect((await service.run(member, CASES, { id })).data!.studyMeeting.caseStudies).toEqual([{ id: published }, { id: linked }]);
    await service.run(admin, ARCHIVE, { id: linked });
    expect((await service.run(member, CASES, { id })).data!.studyMeeting.caseStudies).toEqual([{ id: published }]);
    expect((await service.run(admin, CASES, { id })).data!.studyMeeting.caseStudies).toEqual([{ id: published }, { id: linked }]);
  });
});
