import { PortalError, forbidden } from './errors';
import type { Identity } from './identity';
import { CERTIFICATION_INACTIVE } from './membership';
import type { Role } from './vocabulary';

/** Which roles may perform each operation of a service: the one place a service decides. */
export type Policy<Operation extends string> = Readonly<Record<Operation, readonly Role[]>>;

export interface GuardOptions<Operation extends string> {
  /**
   * What a coordinator whose certification is inactive (membership.ts) may still do: reading
   * their own profile, certification and renewal. Everything else the COORDINATOR role
   * grants is refused to them.
   */
  openWhileCertificationInactive?: readonly NoInfer<Operation>[];
}

export interface Guard<Operation extends string> {
  readonly policy: Policy<Operation>;
  allows(identity: Identity, operation: Operation): boolean;
  /**
   * Throws FORBIDDEN unless one of the caller's roles may perform the operation; with
   * `extensions.reason: CERTIFICATION_INACTIVE` when only their certification stands in the way.
   */
  require(identity: Identity, operation: Operation): void;
}

export function createGuard<Operation extends string>(policy: Policy<Operation>, options: GuardOptions<Operation> = {}): Guard<Operation> {
  const open = new Set<Operation>(options.openWhileCertificationInactive ?? []);
  const byRole = (identity: Identity, operation: Operation) => identity.roles.some((role) => policy[operation].includes(role));
  // Only what the COORDINATOR role grants depends on the certification: another role the
  // same account holds (agency staff) keeps what it grants.
  const allows = (identity: Identity, operation: Operation) =>
    identity.roles.some(
      (role) => policy[operation].includes(role) && !(role === 'COORDINATOR' && identity.certificationInactive && !open.has(operation)),
    );
  return {
    policy,
    allows,
    require(identity, operation) {
      if (allows(identity, operation)) return;
      if (byRole(identity, operation)) {
        throw new PortalError('FORBIDDEN', 'Your certification is not active: renew it or ask the agency to reinstate it', {
          reason: CERTIFICATION_INACTIVE,
        });
      }
      throw forbidden(`Your role may not perform ${operation}`);
    },
  };
}

export const hasRole = (identity: Identity, role: Role) => identity.roles.includes(role);
