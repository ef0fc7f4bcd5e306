import { forbidden } from './errors';
import type { Identity } from './identity';
import type { Role } from './vocabulary';

/** Which roles may perform each operation of a service: the one place a service decides. */
export type Policy<Operation extends string> = Readonly<Record<Operation, readonly Role[]>>;

export interface Guard<Operation extends string> {
  readonly policy: Policy<Operation>;
  allows(identity: Identity, operation: Operation): boolean;
  /** Throws FORBIDDEN unless one of the caller's roles may perform the operation. */
  require(identity: Identity, operation: Operation): void;
}

export function createGuard<Operation extends string>(policy: Policy<Operation>): Guard<Operation> {
  const allows = (identity: Identity, operation: Operation) =>
    identity.roles.some((role) => policy[operation].includes(role));
  return {
    policy,
    allows,
    require(identity, operation) {
      if (!allows(identity, operation)) throw forbidden(`Your role may not perform ${operation}`);
    },
  };
}

export const hasRole = (identity: Identity, role: Role) => identity.roles.includes(role);
