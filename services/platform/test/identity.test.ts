import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { PortalError, ReplayCheckUnavailable, SeenNonces, signIdentity, verifyIdentity, type Identity } from '../src';

const SECRET = 'identity-secret-for-the-unit-tests-0001';
const OTHER_SECRET = 'another-secret-that-is-also-32-chars-long';
const SIGNED_AT = Date.UTC(2027, 0, 20, 4, 0, 0);
const MAX_AGE_MS = 30_000;

const caller: Identity = { sub: 'idp|tochigi', roles: ['LOCAL_GOVERNMENT'], prefectureCodes: ['09'] };
const verifyAt = (header: string | undefined, now = SIGNED_AT) => verifyIdentity(header, { secret: SECRET, maxAgeMs: MAX_AGE_MS, now });

/** The PortalError that `work` throws (fails the test if it does not throw one). */
function thrown(work: () => unknown): PortalError {
  try {
    work();
  } catch (error) {
    expect(error).toBeInstanceOf(PortalError);
    return error as PortalError;
  }
  throw new Error('expected an error to be thrown');
}

function expectUnauthenticated(work: () => unknown, message: string) {
  const error = thrown(work);
  expect(error.code).toBe('UNAUTHENTICATED');
  expect(error.message).toBe(message);
}

describe('signIdentity and verifyIdentity', () => {
  it('round-trips exactly the sub, roles and prefecture codes', () => {
    const header = signIdentity(caller, SECRET, SIGNED_AT);
    expect(verifyAt(header)).toStrictEqual({ sub: 'idp|tochigi', roles: ['LOCAL_GOVERNMENT'], prefectureCodes: ['09'] });
  });

  it('carries an inactive certification when the gateway found one, and only then', () => {
    const lapsed: Identity = { sub: 'idp|c-0001', roles: ['COORDINATOR'], prefectureCodes: [], certificationInactive: true };
    expect(verifyAt(signIdentity(lapsed, SECRET, SIGNED_AT))).toStrictEqual(lapsed);
    const [payload] = signIdentity({ ...lapsed, certificationInactive: undefined }, SECRET, SIGNED_AT).split('.');
    expect(Object.keys(JSON.parse(Buffer.from(payload!, 'base64url').toString('utf8')))).toEqual(['sub', 'roles', 'prefectureCodes', 'iat', 'nonce']);
  });

  it('signs as base64url(json).base64url(mac) stamped with the signing time and a random nonce', () => {
    const [payload, signature, ...rest] = signIdentity(caller, SECRET, SIGNED_AT).split('.');
    expect(rest).toEqual([]);
    expect(JSON.parse(Buffer.from(payload!, 'base64url').toString('utf8'))).toEqual({ ...caller, iat: SIGNED_AT, nonce: expect.stringMatching(/^[0-9a-f-]{36}$/) });
    expect(Buffer.from(signature!, 'base64url')).toHaveLength(32);
  });

  it('gives every signature a nonce of its own, even for the same caller at the same moment', () => {
    const headers = new Set(Array.from({ length: 100 }, () => signIdentity(caller, SECRET, SIGNED_AT)));
    expect(headers.size).toBe(100);
  });

  it('drops properties other than sub, roles and prefecture codes', () => {
    const withExtra = { ...caller, email: 'someone@example.jp' } as Identity;
    expect(verifyAt(signIdentity(withExtra, SECRET, SIGNED_AT))).toStrictEqual(caller);
  });

  it('accepts a header signed with the previous secret during a rotation, and no other', () => {
    const rotating = { secret: OTHER_SECRET, previousSecret: SECRET, maxAgeMs: MAX_AGE_MS, now: SIGNED_AT };
    expect(verifyIdentity(signIdentity(caller, SECRET, SIGNED_AT), rotating)).toStrictEqual(caller);
    expect(verifyIdentity(signIdentity(caller, OTHER_SECRET, SIGNED_AT), rotating)).toStrictEqual(caller);
    const third = signIdentity(caller, 'a-third-secret-nobody-configured-here!', SIGNED_AT);
    expectUnauthenticated(() => verifyIdentity(third, rotating), 'Invalid identity signature');
    // Once the rotation is over, the old secret is refused.
    expectUnauthenticated(() => verifyIdentity(signIdentity(caller, SECRET, SIGNED_AT), { secret: OTHER_SECRET, maxAgeMs: MAX_AGE_MS, now: SIGNED_AT }), 'Invalid identity signature');
  });
});

describe('verifyIdentity refuses', () => {
  it('a missing header', () => {
    expectUnauthenticated(() => verifyAt(undefined), 'Missing signed identity');
    expectUnauthenticated(() => verifyAt(''), 'Missing signed identity');
  });

  it('a header signed with another secret', () => {
    expectUnauthenticated(() => verifyAt(signIdentity(caller, OTHER_SECRET, SIGNED_AT)), 'Invalid identity signature');
  });

  it('a tampered payload that keeps the old signature', () => {
    const [payload, signature] = signIdentity(caller, SECRET, SIGNED_AT).split('.');
    const claims = JSON.parse(Buffer.from(payload!, 'base64url').toString('utf8'));
    const forged = Buffer.from(JSON.stringify({ ...claims, roles: ['AGENCY_ADMIN'] })).toString('base64url');
    expectUnauthenticated(() => verifyAt(`${forged}.${signature}`), 'Invalid identity signature');
  });

  it('a truncated signature', () => {
    const header = signIdentity(caller, SECRET, SIGNED_AT);
    expectUnauthenticated(() => verifyAt(header.slice(0, -4)), 'Invalid identity signature');
  });

  it('a header with extra dot segments', () => {
    const header = signIdentity(caller, SECRET, SIGNED_AT);
    expectUnauthenticated(() => verifyAt(`${header}.extra`), 'Malformed signed identity');
    expectUnauthenticated(() => verifyAt(`${header}.`), 'Malformed signed identity');
  });

  it('a header without a signature', () => {
    const [payload] = signIdentity(caller, SECRET, SIGNED_AT).split('.');
    expectUnauthenticated(() => verifyAt(payload), 'Malformed signed identity');
    expectUnauthenticated(() => verifyAt(`${payload}.`), 'Malformed signed identity');
  });

  it('a correctly signed payload that is not an identity', () => {
    const payload = Buffer.from(JSON.stringify({ sub: 'x', roles: ['SUPERUSER'], prefectureCodes: [], iat: SIGNED_AT })).toString('base64url');
    // Signed with the right secret, so only the payload's shape is at fault.
    const mac = createHmac('sha256', SECRET).update(payload).digest('base64url');
    expectUnauthenticated(() => verifyAt(`${payload}.${mac}`), 'Malformed signed identity');
  });

  it('a correctly signed payload without a nonce, as signed before nonces existed', () => {
    const payload = Buffer.from(JSON.stringify({ ...caller, iat: SIGNED_AT })).toString('base64url');
    const mac = createHmac('sha256', SECRET).update(payload).digest('base64url');
    expectUnauthenticated(() => verifyAt(`${payload}.${mac}`), 'Malformed signed identity');
  });

  it('a header older than maxAgeMs', () => {
    const header = signIdentity(caller, SECRET, SIGNED_AT);
    expectUnauthenticated(() => verifyAt(header, SIGNED_AT + MAX_AGE_MS + 1), 'Signed identity expired');
  });

  it('a header from more than 5 s in the future', () => {
    const header = signIdentity(caller, SECRET, SIGNED_AT + 5_001);
    expectUnauthenticated(() => verifyAt(header, SIGNED_AT), 'Signed identity expired');
  });
});

describe('verifyIdentity accepts a header within the time window', () => {
  const header = signIdentity(caller, SECRET, SIGNED_AT);

  it('exactly maxAgeMs old', () => {
    expect(verifyAt(header, SIGNED_AT + MAX_AGE_MS)).toStrictEqual(caller);
  });

  it('up to 5 s in the future (clock skew)', () => {
    expect(verifyAt(signIdentity(caller, SECRET, SIGNED_AT + 5_000), SIGNED_AT)).toStrictEqual(caller);
  });

  it('signed just now, using the real clock by default', () => {
    expect(verifyIdentity(signIdentity(caller, SECRET), { secret: SECRET, maxAgeMs: MAX_AGE_MS })).toStrictEqual(caller);
  });
});

describe('verifyIdentity with the nonces seen before', () => {
  const verifySeen = (seen: SeenNonces, header: string, now = SIGNED_AT) => verifyIdentity(header, { secret: SECRET, maxAgeMs: MAX_AGE_MS, now, seen });

  it('accepts a header once and refuses it as a replay afterwards, within and at the end of its lifetime', () => {
    const seen = new SeenNonces(100);
    const header = signIdentity(caller, SECRET, SIGNED_AT);
    expect(verifySeen(seen, header)).toStrictEqual(caller);
    expectUnauthenticated(() => verifySeen(seen, header, SIGNED_AT + 1), 'Signed identity already used');
    expectUnauthenticated(() => verifySeen(seen, header, SIGNED_AT + MAX_AGE_MS), 'Signed identity already used');
    expectUnauthenticated(() => verifySeen(seen, header, SIGNED_AT + MAX_AGE_MS + 1), 'Signed identity expired');
  });

  it('does not remember headers it refused for another reason', () => {
    const seen = new SeenNonces(100);
    expectUnauthenticated(() => verifySeen(seen, signIdentity(caller, OTHER_SECRET, SIGNED_AT)), 'Invalid identity signature');
    expectUnauthenticated(() => verifySeen(seen, signIdentity(caller, SECRET, SIGNED_AT - MAX_AGE_MS - 1)), 'Signed identity expired');
    expect(seen.count).toBe(0);
  });

  it('refuses new identities when it holds as many unexpired nonces as it may, rather than forget any', () => {
    const seen = new SeenNonces(2);
    verifySeen(seen, signIdentity(caller, SECRET, SIGNED_AT));
    verifySeen(seen, signIdentity(caller, SECRET, SIGNED_AT));
    expect(() => verifySeen(seen, signIdentity(caller, SECRET, SIGNED_AT))).toThrow(ReplayCheckUnavailable);
    // Once those headers expire, their nonces go and there is room again.
    expect(verifySeen(seen, signIdentity(caller, SECRET, SIGNED_AT + MAX_AGE_MS + 1_000), SIGNED_AT + MAX_AGE_MS + 1_000)).toStrictEqual(caller);
    expect(seen.count).toBe(1);
  });
});

describe('SeenNonces', () => {
  it('forgets a nonce once its header has expired, and not before', () => {
    const seen = new SeenNonces(10);
    const expiresAt = SIGNED_AT + 30_000;
    expect(seen.claim('n-1', expiresAt, SIGNED_AT)).toBe('fresh');
    expect(seen.claim('n-1', expiresAt, expiresAt)).toBe('seen');
    expect(seen.count).toBe(1);
    expect(seen.claim('n-2', expiresAt + 5_000, expiresAt + 1_001)).toBe('fresh');
    expect(seen.count).toBe(1);
  });

  it('keeps nonces of headers expiring at different times apart', () => {
    const seen = new SeenNonces(10);
    expect(seen.claim('same', SIGNED_AT + 30_000, SIGNED_AT)).toBe('fresh');
    expect(seen.claim('other', SIGNED_AT + 31_000, SIGNED_AT)).toBe('fresh');
    expect(seen.claim('same', SIGNED_AT + 30_000, SIGNED_AT + 10)).toBe('seen');
    expect(seen.count).toBe(2);
  });
});
