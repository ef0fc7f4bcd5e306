import { describe, expect, it } from 'vitest';
import { todayInJapan } from '@portal/platform';
import { eventually } from '@portal/platform/testing';
import { contractExamples } from '../lib/operations';
import { admin } from './callers';
import { useStack } from './stack-fixture';

// The membership lifecycle with the contract's operations, as processes: the gateway learns
// of each certification change from the stream.
const portal = useStack();
const examples = contractExamples();
const member = { sub: 'idp|c-0001', roles: ['COORDINATOR' as const] };

const codes = (res: { errors?: { extensions?: Record<string, unknown> }[] }) => (res.errors ?? []).map((e) => `${e.extensions?.code} ${e.extensions?.reason ?? ''}`.trim());
const searchCodes = async () => codes(await portal.sendOperation(member, 'DirectorySearch', examples.DirectorySearch));

describe('membership through the gateway', () => {
  let id = '';
  let validUntil = '';
  let sessionId = '';

  it('an agency admin registers a graduate and schedules a follow-up training session', async () => {
    const registered = await portal.sendOperation(admin, 'RegisterCoordinator', examples.RegisterCoordinator);
    ({ id } = registered.data.registerCoordinator);
    validUntil = registered.data.registerCoordinator.certification.validUntil;
    const scheduled = await portal.sendOperation(admin, 'ScheduleTrainingSession', { input: { ...(examples.ScheduleTrainingSession!.input as object), heldOn: todayInJapan() } });
    expect(scheduled.errors).toBeUndefined();
    sessionId = scheduled.data.scheduleTrainingSession.id;
    const listed = await portal.sendOperation(member, 'TrainingSessions', examples.TrainingSessions);
    expect(listed.data.trainingSessions.map((s: { id: string }) => s.id)).toEqual([sessionId]);
  });

  it('a suspension refuses the member the directory but leaves them their renewal information; reinstatement gives it back', async () => {
    expect(await searchCodes()).toEqual([]);
    await portal.sendOperation(admin, 'SetCertificationStatus', { id, status: 'SUSPENDED' });
    await eventually(async () => (await searchCodes()).length > 0, 'the suspension through the gateway');
    expect(await searchCodes()).toEqual(['FORBIDDEN CERTIFICATION_INACTIVE']);
    const renewal = await portal.sendOperation(member, 'MyRenewal');
    expect(renewal.errors).toBeUndefined();
    expect(renewal.data.me.certification).toMatchObject({ status: 'SUSPENDED', renewal: { eligible: false, missing: ['CERTIFICATION_NOT_IN_GOOD_STANDING', 'FOLLOW_UP_TRAINING'] } });
    await portal.sendOperation(admin, 'SetCertificationStatus', { id, status: 'ACTIVE' });
    await eventually(async () => (await searchCodes()).length === 0, 'the reinstatement through the gateway');
  });

  it('attendance completed, an agency admin renews for three years from the current end', async () => {
    const recorded = await portal.sendOperation(admin, 'RecordTrainingAttendance', { sessionId, coordinatorId: id, completed: true });
    expect(recorded.data.recordTrainingAttendance).toMatchObject({ completed: true, session: { id: sessionId } });
    expect((await portal.sendOperation(member, 'MyRenewal')).data.me.certification.renewal).toMatchObject({ completedTrainings: 1, eligible: true, missing: [] });
    const renewed = await portal.sendOperation(admin, 'RenewCertification', { id });
    const next = `${Number(validUntil.slice(0, 4)) + 3}${validUntil.slice(4)}`;
    expect(renewed.data.renewCertification.certification).toMatchObject({ status: 'ACTIVE', validUntil: next, renewals: [{ previousValidUntil: validUntil, validUntil: next }] });
    expect((await portal.sendOperation(member, 'MyRenewal')).data.me.trainingHistory).toMatchObject([{ completed: true, session: { id: sessionId } }]);
  });
});
