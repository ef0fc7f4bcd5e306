import { canSeeContact, guard, isVisible } from '../authorization';
import type { Context, CoordinatorKey } from '../context';
import type { CoordinatorRow } from '../db/schema';
import { activityRegionView, effectiveStatus } from '../profile';

export const Coordinator = {
  async __resolveReference(reference: CoordinatorKey, ctx: Context) {
    guard.require(ctx.identity, 'readCoordinator');
    const row = await ctx.loadCoordinator('id' in reference ? { id: reference.id } : { accountId: reference.accountId });
    return row && isVisible(row, ctx.identity) ? row : null;
  },
  activityRegions: (row: CoordinatorRow) => row.activityRegions.map(activityRegionView),
  currentWorkplace: (row: CoordinatorRow) =>
    row.workplaceName ? { name: row.workplaceName, prefectureCode: row.workplacePrefectureCode } : null,
  contact: (row: CoordinatorRow, _args: unknown, ctx: Context) =>
    canSeeContact(row, ctx.identity) ? { email: row.email, phone: row.phone } : null,
  certification: (row: CoordinatorRow) => ({
    certificateNumber: row.certificateNumber,
    cohortYear: row.cohortYear,
    status: effectiveStatus(row),
    issuedAt: row.issuedAt,
    validUntil: row.validUntil,
  }),
};
