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

describe('hasRole', () => {
  it('tells whether the caller holds the role', () => {
    expect(hasRole(as('COORDINATOR', 'LOCAL_GOVERNMENT'), 'LOCAL_GOVERNMENT')).toBe(true);
    expect(hasRole(as('COORDINATOR'), 'LOCAL_GOVERNMENT')).toBe(false);
  });
});
