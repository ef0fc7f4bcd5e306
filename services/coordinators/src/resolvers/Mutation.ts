import { badInput, parseInput } from '@portal/platform';
import { guard } from '../authorization';
import { ownProfile, type Context } from '../context';
import { fileActivityReport } from '../activity-reports';
import { changeCertificationStatus, registerCoordinator, updateOwnProfile } from '../directory';
import { eraseCoordinator, requestErasure } from '../erasure';
import { coordinatorId, fileActivityReportInput, registerCoordinatorInput, scheduleTrainingSessionInput, trainingSessionId, updateProfileInput } from '../inputs';
import { renewCertification } from '../renewal';
import { recordTrainingAttendance, scheduleTrainingSession } from '../training';

export const Mutation = {
  async updateMyProfile(_: unknown, args: { input: unknown }, ctx: Context) {
    guard.require(ctx.identity, 'updateOwnProfile');
    const input = parseInput(updateProfileInput, args.input, 'input');
    return updateOwnProfile(ctx.store, await ownProfile(ctx), input, ctx.traceparent);
  },

  async registerCoordinator(_: unknown, args: { input: unknown }, ctx: Context) {
    guard.require(ctx.identity, 'registerCoordinator');
    return registerCoordinator(ctx.store, parseInput(registerCoordinatorInput, args.input, 'input'), ctx.traceparent);
  },

  async setCertificationStatus(_: unknown, args: { id: string; status: string }, ctx: Context) {
    guard.require(ctx.identity, 'setCertificationStatus');
    const id = parseInput(coordinatorId, args.id, 'id');
    if (args.status === 'EXPIRED') {
      throw badInput({ field: 'status', message: 'EXPIRED follows from validUntil and cannot be set' });
    }
    return changeCertificationStatus(ctx.store, id, args.status as 'ACTIVE' | 'SUSPENDED' | 'REVOKED', ctx.traceparent);
  },

  async requestMyErasure(_: unknown, _args: unknown, ctx: Context) {
    guard.require(ctx.identity, 'requestOwnErasure');
    return requestErasure(ctx.store, await ownProfile(ctx));
  },

  async eraseCoordinator(_: unknown, args: { id: string }, ctx: Context) {
    guard.require(ctx.identity, 'eraseCoordinator');
    return eraseCoordinator(ctx.store, parseInput(coordinatorId, args.id, 'id'), ctx.traceparent);
  },

  async scheduleTrainingSession(_: unknown, args: { input: unknown }, ctx: Context) {
    guard.require(ctx.identity, 'scheduleTrainingSession');
    return scheduleTrainingSession(ctx.store, parseInput(scheduleTrainingSessionInput, args.input, 'input'));
  },

  async recordTrainingAttendance(_: unknown, args: { sessionId: string; coordinatorId: string; completed: boolean }, ctx: Context) {
    guard.require(ctx.identity, 'recordTrainingAttendance');
    const sessionId = parseInput(trainingSessionId, args.sessionId, 'sessionId');
    return recordTrainingAttendance(ctx.store, sessionId, parseInput(coordinatorId, args.coordinatorId, 'coordinatorId'), args.completed);
  },

  async renewCertification(_: unknown, args: { id: string }, ctx: Context) {
    guard.require(ctx.identity, 'renewCertification');
    return renewCertification(ctx.store, parseInput(coordinatorId, args.id, 'id'), ctx.traceparent);
  },

  async fileActivityReport(_: unknown, args: { input: unknown }, ctx: Context) {
    guard.require(ctx.identity, 'fileOwnActivityReport');
    const input = parseInput(fileActivityReportInput, args.input, 'input');
    return fileActivityReport(ctx.store, await ownProfile(ctx), input, ctx.traceparent);
  },
};
