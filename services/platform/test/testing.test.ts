import { describe, expect, it } from 'vitest';
import { verifyIdentity } from '../src';
import { databaseUrl } from '../src';
import { errorCodes, signedIdentityHeader, TEST_IDENTITY_SECRET } from '../testing';

describe('the testing helpers', () => {
  it('databaseUrl points at another database on the same server, keeping credentials and options', () => {
    expect(databaseUrl('postgres://portal:pw@127.0.0.1:5432/postgres?sslmode=disable', 'test_abc')).toBe(
      'postgres://portal:pw@127.0.0.1:5432/test_abc?sslmode=disable',
    );
  });

  it('signedIdentityHeader signs with the test secret and defaults prefectureCodes to []', () => {
    const header = signedIdentityHeader({ sub: 'idp|admin', roles: ['AGENCY_ADMIN'] });
    expect(verifyIdentity(header, { secret: TEST_IDENTITY_SECRET, maxAgeMs: 1_000 })).toEqual({
      sub: 'idp|admin',
      roles: ['AGENCY_ADMIN'],
      prefectureCodes: [],
    });
  });

  it('errorCodes lists the codes of a response in order, [] without errors', () => {
    expect(errorCodes({ status: 200, data: null, errors: [{ message: 'a', extensions: { code: 'FORBIDDEN' } }, { message: 'b' }] })).toEqual([
      'FORBIDDEN',
      undefined,
    ]);
    expect(errorCodes({ status: 200, data: {} })).toEqual([]);
  });
});
