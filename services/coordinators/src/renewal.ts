import { conflict, notFound } from '@portal/platform';
import type { CoordinatorRow } from './db/schema';
import { coordinatorEvent } from './events';
import type { Store } from './store';

/** Follow-up trainings (フォローアップ研修) a coordinator completes within a validity to have it renewed. */
export const REQUIRED_TRAININGS = 1;

const VALIDITY_YEARS = 3;

export type RenewalGap = 'CERTIFICATION_NOT_IN_GOOD_STANDING' | 'FOLLOW_UP_TRAINING';

export interface TrainingRecord {
  completed: boolean;
  session: { heldOn: string };
}

/** `date` (YYYY-MM-DD) moved by whole years; 29 February lands on 1 March. */
function addYears(date: string, years: number): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(year + years, month - 1, day)).toISOString().slice(0, 10);
}

const nextDay = (date: string) => new Date(Date.parse(`${date}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

/** The first day of the validity that ends on `validUntil`: three years of validity end the day before an anniversary. */
export const validityStartsOn = (validUntil: string) => nextDay(addYears(validUntil, -VALIDITY_YEARS));

/** What renewing the certification still needs, from its row and its holder's training records. */
export function renewalRequirement(row: Pick<CoordinatorRow, 'certificationStatus' | 'validUntil'>, records: readonly TrainingRecord[]) {
  const countsTrainingsFrom = validityStartsOn(row.validUntil);
  const completedTrainings = records.filter((r) => r.completed && r.session.heldOn >= countsTrainingsFrom).length;
  const missing: RenewalGap[] = [];
  // Renewal is how an expired certification comes back; a suspension or revocation is the agency's to lift.
  if (row.certificationStatus !== 'ACTIVE') missing.push('CERTIFICATION_NOT_IN_GOOD_STANDING');
  if (completedTrainings < REQUIRED_TRAININGS) missing.push('FOLLOW_UP_TRAINING');
  return { completedTrainings, requiredTrainings: REQUIRED_TRAININGS, countsTrainingsFrom, eligible: missing.length === 0, missing };
}

/**
 * Renews for three years from the current validUntil when the requirement is met, keeping
 * the earlier validity in the renewal history, and announces it.
 */
export function renewCertification(store: Store, coordinatorId: string, traceparent: string): Promise<CoordinatorRow> {
  return store.transaction(async (tx) => {
    const [row] = await tx.findByKeys([coordinatorId], []);
    if (!row) throw notFound('Coordinator', coordinatorId);
    const requirement = renewalRequirement(row, await tx.trainingRecordsOf([row.id]));
    if (!requirement.eligible) throw conflict(`The certification cannot be renewed yet: ${requirement.missing.join(', ')}`);
    // Renewing long after expiry still continues the same cycle: validity runs from the current end.
    const renewed = await tx.renew(row.id, row.validUntil, addYears(row.validUntil, VALIDITY_YEARS));
    if (!renewed) throw conflict('The certification was renewed meanwhile');
    await tx.recordEvents([coordinatorEvent('coordinator.certification_renewed', renewed)], traceparent);
    return renewed;
  });
}
