import { SignJWT } from 'jose';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DEV_AUDIENCE, DEV_ISSUER } from '../../scripts/lib/tokens';
import { DEFAULT_CLOCK_TOLERANCE_SECONDS, DEFAULT_TOKEN_MAX_AGE_SECONDS } from '../src/authentication';
import { useGateway } from './helpers';

// The gateway with the token rules it has when nothing is configured: 8 hours, 30 seconds.
const gateway = useGateway();
const MAX_AGE = DEFAULT_TOKEN_MAX_AGE_SECONDS;
const SKEW = DEFAULT_CLOCK_TOLERANCE_SECONDS;
const now = () => Math.floor(Date.now() / 1000);

interface Claims {
  iss?: string;
  aud?: string;
  iat?: number;
  exp?: number;
  nbf?: number;
}

/** A token signed with the gateway's key, with every claim the gateway requires unless `claims` leaves one out (undefined). */
function token(claims: Claims = {}): Promise<string> {
  const complete: Claims = { iss: DEV_ISSUER, aud: DEV_AUDIENCE, iat: now(), exp: now() + 300, ...claims };
  const present = Object.fromEntries(Object.entries(complete).filter(([, value]) => value !== undefined));
  return new SignJWT({ roles: ['COORDINATOR'], ...present }).setProtectedHeader({ alg: 'EdDSA' }).setSubject('idp|c-1').sign(gateway.keys.privateKey);
}

async function ask(jwt: string) {
  const response = await gateway.post({ query: '{ me { id } }' }, { token: jwt });
  return { status: response.status, body: response.body };
}
const served = { status: 200, body: { data: { me: null } } };
const refused = (message: string) => ({ status: 401, body: { errors: [{ message, extensions: { code: 'UNAUTHENTICATED' } }] } });

describe('required claims', () => {
  it('serves a token with iss, aud, iat and exp', async () => {
    expect(await ask(await token())).toEqual(served);
  });

  for (const claim of ['exp', 'iat', 'iss', 'aud'] as const) {
    it(`refuses a token without "${claim}"`, async () => {
      expect(await ask(await token({ [claim]: undefined }))).toEqual(refused(`The token lacks the "${claim}" claim`));
    });
  }

  it('refuses another issuer or audience', async () => {
    expect(await ask(await token({ iss: 'https://elsewhere.example' }))).toEqual(refused('The token\'s "iss" claim is not accepted here'));
    expect(await ask(await token({ aud: 'another-portal' }))).toEqual(refused('The token\'s "aud" claim is not accepted here'));
  });
});

describe('time', () => {
  it(`refuses a token issued more than ${MAX_AGE} s ago, whatever its exp, and serves one just younger`, async () => {
    const exp = now() + 3600;
    expect(await ask(await token({ iat: now() - MAX_AGE - SKEW - 2, exp }))).toEqual(refused('The token is older than the gateway accepts'));
    expect(await ask(await token({ iat: now() - MAX_AGE - SKEW + 2, exp }))).toEqual(served);
  });

  it(`honours nbf, with ${SKEW} s for the issuer's clock`, async () => {
    expect(await ask(await token({ nbf: now() + SKEW + 5 }))).toEqual(refused('The token is not valid yet'));
    expect(await ask(await token({ nbf: now() + SKEW - 5 }))).toEqual(served);
  });

  it('refuses a token issued in the future beyond the skew', async () => {
    expect(await ask(await token({ iat: now() + SKEW + 5 }))).toEqual(refused('The token is not valid yet'));
  });

  it(`serves a token up to ${SKEW} s past its exp, and refuses it after`, async () => {
    expect(await ask(await token({ exp: now() - SKEW + 5 }))).toEqual(served);
    expect(await ask(await token({ exp: now() - SKEW - 5 }))).toEqual(refused('The token has expired'));
  });
});

describe('the verified-token cache', () => {
  afterEach(() => {
    vi.useRealTimers();
  });
  // Only the clock is faked: the gateway, the subgraph and jose read the same time.
  const advanceClock = (seconds: number) => vi.setSystemTime(Date.now() + seconds * 1000);

  it('stops serving a token once its exp (and the skew) has passed', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    const jwt = await token({ exp: now() + 60 });
    expect(await ask(jwt)).toEqual(served);
    advanceClock(60 + SKEW - 3);
    expect(await ask(jwt)).toEqual(served);
    advanceClock(4);
    expect(await ask(jwt)).toEqual(refused('The token has expired'));
  });

  it('stops serving a token once it is older than the maximum age, before its exp', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    const jwt = await token({ exp: now() + 24 * 3600 });
    expect(await ask(jwt)).toEqual(served);
    advanceClock(MAX_AGE + SKEW - 3);
    expect(await ask(jwt)).toEqual(served);
    advanceClock(4);
    expect(await ask(jwt)).toEqual(refused('The token is older than the gateway accepts'));
  });
});
