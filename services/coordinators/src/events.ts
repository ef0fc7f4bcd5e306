import { portalEvent, type CoordinatorSnapshot } from '@portal/platform/events';
import type { CoordinatorRow } from './db/schema';

type CoordinatorEventType =
  | 'coordinator.registered'
  | 'coordinator.profile_updated'
  | 'coordinator.certification_changed'
  | 'coordinator.certification_renewed'
  | 'coordinator.certification_expired';

/** What other services may know of a coordinator: regions, fields, languages, certification. */
function snapshotOf(row: CoordinatorRow): CoordinatorSnapshot {
  return {
    coordinatorId: row.id,
    accountId: row.accountId,
    prefectureCodes: row.prefectureCodes,
    primaryPrefectureCode: row.activityRegions[0]?.prefectureCode ?? null,
    fields: row.expertiseFields,
    languages: row.languages.map((l) => l.code),
    certificationStatus: row.certificationStatus,
    validUntil: row.validUntil,
  };
}

export const coordinatorEvent = (type: CoordinatorEventType, row: CoordinatorRow) => portalEvent(type, row.id, snapshotOf(row));

/** Ids only: each service finds what it holds of the coordinator by them, and forgets it. */
export const coordinatorErased = (erased: { id: string; accountId: string }) =>
  portalEvent('coordinator.erased', erased.id, { coordinatorId: erased.id, accountId: erased.accountId });

/** The member's own e-mail address, for notices to them only (the notifications service). */
export const notificationAddressChanged = (row: CoordinatorRow) =>
  portalEvent('notification_address.changed', row.id, { coordinatorId: row.id, accountId: row.accountId, email: row.email });
