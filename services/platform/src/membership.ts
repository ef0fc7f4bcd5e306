import { todayInJapan } from './calendar';

/**
 * Member access follows the credential. A certification that the agency suspended or
 * revoked, or that expired more than a grace period ago, no longer makes its holder a
 * member: the holder keeps only what the services declare open to them (their own profile,
 * certification and renewal). The gateway decides this per caller from the certification
 * events it projects and signs the verdict into the identity header; every service's guard
 * applies it (authorization.ts).
 */

/** Days after `validUntil` during which an expired certification still grants access: time to renew. */
export const DEFAULT_CERTIFICATION_GRACE_DAYS = 90;

/** The `extensions.reason` of the FORBIDDEN a lapsed member gets. */
export const CERTIFICATION_INACTIVE = 'CERTIFICATION_INACTIVE';

/** What the decision needs of a certification: the status the agency set and the last valid day (Japan). */
export interface CertificationState {
  certificationStatus: string;
  validUntil: string;
}

/** The last day (Japan) on which a certification valid through `validUntil` still grants access. */
export function graceEndsOn(validUntil: string, graceDays: number): string {
  const [year, month, day] = validUntil.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, day + graceDays)).toISOString().slice(0, 10);
}

/** True when the certification no longer grants member access at `now`. */
export function isCertificationInactive(state: CertificationState, { now = new Date(), graceDays = DEFAULT_CERTIFICATION_GRACE_DAYS } = {}): boolean {
  if (state.certificationStatus !== 'ACTIVE') return true;
  return graceEndsOn(state.validUntil, graceDays) < todayInJapan(now);
}
