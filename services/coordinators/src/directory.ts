import { conflict, notFound } from '@portal/platform';
import type { CoordinatorRow } from './db/schema';
import { coordinatorEvent, notificationAddressChanged } from './events';
import type { RegisterCoordinatorInput, UpdateProfileInput } from './inputs';
import { certificateValidUntil, derivedColumns, type ProfileContent } from './profile';
import type { Store } from './store';

/** Registers a graduate and issues a certificate valid for three years from today. */
export function registerCoordinator(store: Store, input: RegisterCoordinatorInput, traceparent: string, now = new Date()) {
  return store.transaction(async (tx) => {
    const row = await insertCoordinator(tx, input, now);
    await tx.recordEvents([coordinatorEvent('coordinator.registered', row), notificationAddressChanged(row)], traceparent);
    return row;
  });
}

async function insertCoordinator(store: Store, input: RegisterCoordinatorInput, now: Date): Promise<CoordinatorRow> {
  const content: ProfileContent = {
    name: input.name,
    nameKana: input.nameKana,
    bio: null,
    activityRegions: input.activityRegions,
    languages: input.languages ?? [],
    qualifications: [],
    workplaceName: null,
  };
  const row = await store.insert({
    accountId: input.accountId,
    ...content,
    expertiseFields: input.expertiseFields ?? [],
    workplacePrefectureCode: null,
    email: input.email ?? null,
    phone: input.phone ?? null,
    contactVisibility: 'MEMBERS',
    cohortYear: input.cohortYear,
    certificationStatus: 'ACTIVE',
    issuedAt: now,
    validUntil: certificateValidUntil(now),
    ...derivedColumns(content),
  });
  if (!row) throw conflict(`Account ${input.accountId} is already registered`);
  return row;
}

/** Applies the fields given; the derived search columns follow the new profile. */
export function updateOwnProfile(store: Store, current: CoordinatorRow, input: UpdateProfileInput, traceparent: string) {
  return store.transaction(async (tx) => {
    const row = await updateProfileRow(tx, current, input);
    const addressChanged = row.email !== current.email ? [notificationAddressChanged(row)] : [];
    await tx.recordEvents([coordinatorEvent('coordinator.profile_updated', row), ...addressChanged], traceparent);
    return row;
  });
}

async function updateProfileRow(store: Store, current: CoordinatorRow, input: UpdateProfileInput): Promise<CoordinatorRow> {
  const content: ProfileContent = {
    name: input.name ?? current.name,
    nameKana: input.nameKana !== undefined ? input.nameKana : current.nameKana,
    bio: input.bio !== undefined ? input.bio : current.bio,
    activityRegions: input.activityRegions ?? current.activityRegions,
    languages: input.languages ?? current.languages,
    qualifications: input.qualifications ?? current.qualifications,
    workplaceName: input.currentWorkplace !== undefined ? (input.currentWorkplace?.name ?? null) : current.workplaceName,
  };
  const contactGiven = input.contact !== undefined;
  const row = await store.updateByAccountId(current.accountId, {
    ...content,
    expertiseFields: input.expertiseFields ?? current.expertiseFields,
    workplacePrefectureCode:
      input.currentWorkplace !== undefined ? (input.currentWorkplace?.prefectureCode ?? null) : current.workplacePrefectureCode,
    email: contactGiven ? (input.contact?.email ?? null) : current.email,
    phone: contactGiven ? (input.contact?.phone ?? null) : current.phone,
    contactVisibility: input.contactVisibility ?? current.contactVisibility,
    ...derivedColumns(content),
  });
  if (!row) throw notFound('Coordinator profile of account', current.accountId);
  return row;
}

export function changeCertificationStatus(store: Store, id: string, status: CoordinatorRow['certificationStatus'], traceparent: string) {
  return store.transaction(async (tx) => {
    const row = await tx.setCertificationStatus(id, status);
    if (!row) throw notFound('Coordinator', id);
    await tx.recordEvents([coordinatorEvent('coordinator.certification_changed', row)], traceparent);
    return row;
  });
}
