import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { todayInJapan } from '@portal/platform';
import { errorCodes } from '@portal/platform/testing';
import { admin, coordinator, REGISTER, SCHEDULE_TRAINING, useCoordinatorsService } from './helpers';

const service = useCoordinatorsService();
const today = todayInJapan();
let sql: postgres.Sql;

beforeAll(() => {
  sql = postgres(service.databaseUrl, { max: 1, onnotice: () => {} });
});
afterAll(() => sql.end());

const RENEWAL = /* GraphQL */ `
  query {
    me {
      certification {
        status
        validUntil
        renewal { completedTrainings requiredTrainings countsTrainingsFrom eligible missing }
        renewals { previousValidUntil validUntil }
      }
      trainingHistory { completed session { title heldOn format } }
    }
  }
`;
const RECORD = 'mutation($s: ID!, $c: ID!, $done: Boolean!) { recordTrainingAttendance(sessionId: $s, coordinatorId: $c, completed: $done) { completed session { title } } }';
const RENEW = 'mutation($id: ID!) { renewCertification(id: $id) { certification { validUntil } } }';

async function register(accountId: string) {
  const data = await service.ok(admin, REGISTER, { input: { accountId, name: '研修 太郎', cohortYear: 2025, activityRegions: [{ prefectureCode: '09' }] } });
  return data.registerCoordinator as { id: string; certification: { validUntil: string } };
}

async function schedule(title: string, heldOn: string) {
  return (await service.ok(admin, SCHEDULE_TRAINING, { input: { title, heldOn, format: 'ONLINE' } })).scheduleTrainingSession as { id: string };
}

const plusYears = (date: string, years: number) => `${Number(date.slice(0, 4)) + years}${date.slice(4)}`;

describe('follow-up training sessions', () => {
  it('an agency admin schedules online and in-person sessions; members list them earliest first, upcoming ones on asking', async () => {
    const past = await service.ok(admin, SCHEDULE_TRAINING, { input: { title: '2025年度 フォローアップ研修（東京）', heldOn: '2025-10-01', format: 'IN_PERSON', prefectureCode: '13' } });
    expect(past.scheduleTrainingSession).toEqual({ id: expect.any(String), title: '2025年度 フォローアップ研修（東京）', heldOn: '2025-10-01', format: 'IN_PERSON', prefectureCode: '13' });
    await schedule('2030年度 フォローアップ研修（オンライン）', '2030-06-01');
    const member = coordinator('idp|session-reader');
    const all = await service.ok(member, '{ trainingSessions { title heldOn } }');
    expect(all.trainingSessions.map((s: { heldOn: string }) => s.heldOn).filter((d: string) => d === '2025-10-01' || d === '2030-06-01')).toEqual(['2025-10-01', '2030-06-01']);
    const upcoming = await service.ok(member, '{ trainingSessions(upcomingOnly: true) { heldOn } }');
    expect(upcoming.trainingSessions.every((s: { heldOn: string }) => s.heldOn >= today)).toBe(true);
    expect(upcoming.trainingSessions.map((s: { heldOn: string }) => s.heldOn)).toContain('2030-06-01');
  });

  it('refuses an in-person session without a prefecture and an online one with one, naming the field', async () => {
    const inPerson = await service.run(admin, SCHEDULE_TRAINING, { input: { title: '研修', heldOn: today, format: 'IN_PERSON' } });
    expect(inPerson.errors?.map((e) => [e.extensions?.code, e.extensions?.field])).toEqual([['BAD_USER_INPUT', 'input.prefectureCode']]);
    const online = await service.run(admin, SCHEDULE_TRAINING, { input: { title: '研修', heldOn: today, format: 'ONLINE', prefectureCode: '13' } });
    expect(online.errors?.map((e) => [e.extensions?.code, e.extensions?.field])).toEqual([['BAD_USER_INPUT', 'input.prefectureCode']]);
    const badDate = await service.run(admin, SCHEDULE_TRAINING, { input: { title: '研修', heldOn: '2027-02-30', format: 'ONLINE' } });
    expect(errorCodes(badDate)).toEqual(['BAD_USER_INPUT']);
  });

  it('recording attendance for an unknown session or coordinator is NOT_FOUND', async () => {
    const member = await register('idp|unknown-session');
    const session = await schedule('研修', today);
    const unknown = '00000000-0000-4000-8000-000000000000';
    expect(errorCodes(await service.run(admin, RECORD, { s: unknown, c: member.id, done: true }))).toEqual(['NOT_FOUND']);
    expect(errorCodes(await service.run(admin, RECORD, { s: session.id, c: unknown, done: true }))).toEqual(['NOT_FOUND']);
    expect(errorCodes(await service.run(admin, RECORD, { s: 'not-a-uuid', c: member.id, done: true }))).toEqual(['BAD_USER_INPUT']);
  });
});

describe('renewal follows follow-up training', () => {
  it('a coordinator sees what renewal needs; once training is completed an admin renews for three years from the current end, keeping the history', async () => {
    const member = await register('idp|renewing');
    const caller = coordinator('idp|renewing');
    const validUntil = member.certification.validUntil;
    expect((await service.ok(caller, RENEWAL)).me).toEqual({
      certification: {
        status: 'ACTIVE',
        validUntil,
        renewal: { completedTrainings: 0, requiredTrainings: 1, countsTrainingsFrom: today, eligible: false, missing: ['FOLLOW_UP_TRAINING'] },
        renewals: [],
      },
      trainingHistory: [],
    });
    const refused = await service.run(admin, RENEW, { id: member.id });
    expect(refused.errors?.map((e) => [e.extensions?.code, e.message])).toEqual([['CONFLICT', 'The certification cannot be renewed yet: FOLLOW_UP_TRAINING']]);

    // A session before the current validity does not count; attending without completing neither.
    const before = await schedule('前回の研修', '2020-04-01');
    const session = await schedule('フォローアップ研修 第1回', today);
    await service.ok(admin, RECORD, { s: before.id, c: member.id, done: true });
    expect(await service.ok(admin, RECORD, { s: session.id, c: member.id, done: false })).toEqual({ recordTrainingAttendance: { completed: false, session: { title: 'フォローアップ研修 第1回' } } });
    expect((await service.ok(caller, RENEWAL)).me.certification.renewal).toMatchObject({ completedTrainings: 0, eligible: false });
    await service.ok(admin, RECORD, { s: session.id, c: member.id, done: true });
    expect((await service.ok(caller, RENEWAL)).me.certification.renewal).toEqual({
      completedTrainings: 1,
      requiredTrainings: 1,
      countsTrainingsFrom: today,
      eligible: true,
      missing: [],
    });

    expect(await service.ok(admin, RENEW, { id: member.id })).toEqual({ renewCertification: { certification: { validUntil: plusYears(validUntil, 3) } } });
    const after = (await service.ok(caller, RENEWAL)).me;
    expect(after.certification.renewals).toEqual([{ previousValidUntil: validUntil, validUntil: plusYears(validUntil, 3) }]);
    expect(after.trainingHistory).toEqual([
      { completed: true, session: { title: 'フォローアップ研修 第1回', heldOn: today, format: 'ONLINE' } },
      { completed: true, session: { title: '前回の研修', heldOn: '2020-04-01', format: 'ONLINE' } },
    ]);
    // The training counted for this renewal; the next validity needs its own.
    expect(after.certification.renewal).toMatchObject({ completedTrainings: 0, eligible: false, missing: ['FOLLOW_UP_TRAINING'] });
    expect(errorCodes(await service.run(admin, RENEW, { id: member.id }))).toEqual(['CONFLICT']);

    const [event] = await sql`select type, data from outbox where aggregate_id = ${member.id} and type = 'coordinator.certification_renewed'`;
    expect(event).toMatchObject({ type: 'coordinator.certification_renewed', data: { coordinatorId: member.id, certificationStatus: 'ACTIVE', validUntil: plusYears(validUntil, 3) } });
  });

  it('a suspended certification is not renewed, whatever the training', async () => {
    const member = await register('idp|suspended-renewal');
    await service.ok(admin, RECORD, { s: (await schedule('研修', today)).id, c: member.id, done: true });
    await service.ok(admin, 'mutation($id: ID!) { setCertificationStatus(id: $id, status: SUSPENDED) { id } }', { id: member.id });
    expect((await service.ok(coordinator('idp|suspended-renewal'), RENEWAL)).me.certification.renewal).toMatchObject({
      eligible: false,
      missing: ['CERTIFICATION_NOT_IN_GOOD_STANDING'],
    });
    expect(errorCodes(await service.run(admin, RENEW, { id: member.id }))).toEqual(['CONFLICT']);
  });

  it('two simultaneous renewals extend the validity once', async () => {
    const member = await register('idp|double-renewal');
    await service.ok(admin, RECORD, { s: (await schedule('研修', today)).id, c: member.id, done: true });
    const results = await Promise.all([service.run(admin, RENEW, { id: member.id }), service.run(admin, RENEW, { id: member.id })]);
    expect(results.map(errorCodes).sort()).toEqual([[], ['CONFLICT']]);
    const [row] = await sql`select valid_until::text as "validUntil", (select count(*)::int from certification_renewals where coordinator_id = ${member.id}) as renewals from coordinators where id = ${member.id}`;
    expect(row).toEqual({ validUntil: plusYears(member.certification.validUntil, 3), renewals: 1 });
  });

  it('another member sees neither the training history nor the renewal of a coordinator; an agency admin sees both', async () => {
    const member = await register('idp|private-training');
    const query = 'query($id: ID!) { coordinator(id: $id) { trainingHistory { completed } certification { renewal { eligible } renewals { validUntil } } } }';
    expect((await service.ok(coordinator('idp|someone-else'), query, { id: member.id })).coordinator).toEqual({
      trainingHistory: null,
      certification: { renewal: null, renewals: null },
    });
    expect((await service.ok(admin, query, { id: member.id })).coordinator).toEqual({
      trainingHistory: [],
      certification: { renewal: { eligible: false }, renewals: [] },
    });
  });

  it('erasing a coordinator deletes their training records and renewal history; the session stays', async () => {
    const member = await register('idp|erased-trainee');
    const session = await schedule('消去の研修', today);
    await service.ok(admin, RECORD, { s: session.id, c: member.id, done: true });
    await service.ok(admin, RENEW, { id: member.id });
    await service.ok(admin, 'mutation($id: ID!) { eraseCoordinator(id: $id) { coordinatorId } }', { id: member.id });
    const [left] = await sql`
      select (select count(*)::int from training_attendance where coordinator_id = ${member.id}) as attendance,
             (select count(*)::int from certification_renewals where coordinator_id = ${member.id}) as renewals,
             (select count(*)::int from training_sessions where id = ${session.id}) as sessions`;
    expect(left).toEqual({ attendance: 0, renewals: 0, sessions: 1 });
  });
});
