import { describe, expect, it } from 'vitest';
import { createGuard, hasRole, PortalError, type Identity, type Role } from '../src';

const guard = createGuard({
  registerCoordinator: ['AGENCY_ADMIN'],
  viewStatistics: ['MINISTRY_ANALYST', 'LOCAL_GOVERNMENT'],
  closeDirectory: [],
});

const as = (...roles: Role[]): Identity => ({ sub: 'idp|someone', roles, prefectureCodes: [] });

describe('createGuard', () => {
  it('keeps the policy it was given', () => {
    expect(guard.policy.viewStatistics).toEqual(['MINISTRY_ANALYST', 'LOCAL_GOVERNMENT']);
  });

  it('allows a caller whose role the policy lists', () => {
    expect(guard.allows(as('AGENCY_ADMIN'), 'registerCoordinator')).toBe(true);
    expect(guard.allows(as('LOCAL_GOVERNMENT'), 'viewStatistics')).toBe(true);
  });

  it('refuses a caller whose role the policy does not list', () => {
    expect(guard.allows(as('COORDINATOR'), 'registerCoordinator')).toBe(false);
    expect(guard.allows(as('AGENCY_ADMIN'), 'viewStatistics')).toBe(false);
  });

  it('refuses a caller without roles, and everyone for an operation no role may perform', () => {
    expect(guard.allows(as(), 'viewStatistics')).toBe(false);
    expect(guard.allows(as('AGENCY_ADMIN', 'MINISTRY_ANALYST', 'LOCAL_GOVERNMENT', 'COORDINATOR'), 'closeDirectory')).toBe(false);
  });

  it('allows a caller with several roles when any one of them is listed', () => {
    expect(guard.allows(as('COORDINATOR', 'AGENCY_ADMIN'), 'registerCoordinator')).toBe(true);
    expect(guard.allows(as('COORDINATOR', 'AGENCY_ADMIN'), 'viewStatistics')).toBe(false);
  });

  it('require passes silently for an allowed caller', () => {
    expect(guard.require(as('MINISTRY_ANALYST'), 'viewStatistics')).toBeUndefined();
  });

  it('require throws FORBIDDEN naming the operation for a refused caller', () => {
    let error: unknown;
    try {
      guard.require(as('COORDINATOR'), 'registerCoordinator');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(PortalError);
    expect(error).toMatchObject({ code: 'FORBIDDEN', message: 'Your role may not perform registerCoordinator' });
  });
});

describe('createGuard and an inactive certification', () => {
  const memberGuard = createGuard(
    { readOwnProfile: ['COORDINATOR', 'AGENCY_ADMIN'], searchDirectory: ['COORDINATOR', 'AGENCY_ADMIN'], registerCoordinator: ['AGENCY_ADMIN'] },
    { openWhileCertificationInactive: ['readOwnProfile'] },
  );
  const lapsed = (...roles: Role[]): Identity => ({ ...as(...roles), certificationInactive: true });
  const thrown = (work: () => void) => {
    try {
      work();
    } catch (error) {
      return error;
    }
    return undefined;
  };

  it('refuses a lapsed coordinator what the role grants, with the reason CERTIFICATION_INACTIVE', () => {
    expect(memberGuard.allows(lapsed('COORDINATOR'), 'searchDirectory')).toBe(false);
    const error = thrown(() => memberGuard.require(lapsed('COORDINATOR'), 'searchDirectory'));
    expect(error).toBeInstanceOf(PortalError);
    expect(error).toMatchObject({ code: 'FORBIDDEN', extensions: { reason: 'CERTIFICATION_INACTIVE' } });
  });

  it('leaves a lapsed coordinator what the service declares open to them', () => {
    expect(memberGuard.allows(lapsed('COORDINATOR'), 'readOwnProfile')).toBe(true);
    expect(thrown(() => memberGuard.require(lapsed('COORDINATOR'), 'readOwnProfile'))).toBeUndefined();
  });

  it('refuses by role, without the reason, what the role never granted', () => {
    const error = thrown(() => memberGuard.require(lapsed('COORDINATOR'), 'registerCoordinator'));
    expect(error).toMatchObject({ code: 'FORBIDDEN', message: 'Your role may not perform registerCoordinator', extensions: {} });
  });

  it('keeps what another role of the same account grants', () => {
    expect(memberGuard.allows(lapsed('COORDINATOR', 'AGENCY_ADMIN'), 'searchDirectory')).toBe(true);
    expect(memberGuard.allows(lapsed('AGENCY_ADMIN'), 'registerCoordinator')).toBe(true);
  });

  it('changes nothing for a coordinator whose certification is active', () => {
    expect(memberGuard.allows(as('COORDINATOR'), 'searchDirectory')).toBe(true);
  });
});

describe('hasRole', () => {
  it('tells whether the caller holds the role', () => {
    expect(hasRole(as('COORDINATOR', 'LOCAL_GOVERNMENT'), 'LOCAL_GOVERNMENT')).toBe(true);
    expect(hasRole(as('COORDINATOR'), 'LOCAL_GOVERNMENT')).toBe(false);
  });
});
