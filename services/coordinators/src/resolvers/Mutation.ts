import { badInput, notFound, parseInput } from '@portal/platform';
import { guard } from '../authorization';
import type { Context } from '../context';
import { changeCertificationStatus, registerCoordinator, updateOwnProfile } from '../directory';
import { eraseCoordinator, requestErasure } from '../erasure';
import { coordinatorId, registerCoordinatorInput, scheduleTrainingSessionInput, trainingSessionId, updateProfileInput } from '../inputs';
import { renewCertification } from '../renewal';
import { recordTrainingAttendance, scheduleTrainingSession } from '../training';

export const Mutation = {
  async updateMyProfile(_: unknown, args: { input: unknown }, ctx: Context) {
    guard.require(ctx.identity, 'updateOwnProfile');
    const input = parseInput(updateProfileInput, args.input, 'input');
    const current = await ctx.loadCoordinator({ accountId: ctx.identity.sub });
    if (!current) throw notFound('Coordinator profile of account', ctx.identity.sub);
    return updateOwnProfile(ctx.store, current, input, ctx.traceparent);
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
    const current = await ctx.loadCoordinator({ accountId: ctx.identity.sub });
    if (!current) throw notFound('Coordinator profile of account', ctx.identity.sub);
    return requestErasure(ctx.store, current);
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
};
