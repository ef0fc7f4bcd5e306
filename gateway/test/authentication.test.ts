import { generateKeyPairSync } from 'node:crypto';
import { SignJWT, UnsecuredJWT } from 'jose';
import { describe, expect, it } from 'vitest';
import { createAuthenticator } from '../src/authentication';

const rsa = generateKeyPairSync('rsa', { modulusLength: 2048 });
const otherRsa = generateKeyPairSync('rsa', { modulusLength: 2048 });
const rsaPem = rsa.publicKey.export({ type: 'spki', format: 'pem' }).toString();
const authenticate = createAuthenticator({ publicKeyPem: rsaPem, issuer: 'idp', audience: 'portal' });

const claims = { roles: ['COORDINATOR'], prefectureCodes: ['09'] };
const signed = (key = rsa.privateKey, build = (jwt: SignJWT) => jwt) =>
  build(new SignJWT(claims).setProtectedHeader({ alg: 'RS256' }).setSubject('idp|c-1').setIssuer('idp').setAudience('portal').setIssuedAt().setExpirationTime('5m')).sign(key);

async function failure(authorization: string | undefined) {
  try {
    await authenticate(authorization);
  } catch (error) {
    return { code: (error as { code: string }).code, message: (error as Error).message };
  }
  return null;
}

describe('RS256 tokens verified with a PEM public key', () => {
  it('yields the caller from a valid token', async () => {
    expect(await authenticate(`Bearer ${await signed()}`)).toEqual({ sub: 'idp|c-1', roles: ['COORDINATOR'], prefectureCodes: ['09'] });
  });

  it('refuses a missing or non-bearer authorization', async () => {
    expect(await failure(undefined)).toEqual({ code: 'UNAUTHENTICATED', message: 'A bearer token is required' });
    expect(await failure('Basic dXNlcjpwYXNz')).toEqual({ code: 'UNAUTHENTICATED', message: 'A bearer token is required' });
  });

  it('refuses a token signed by another key', async () => {
    expect(await failure(`Bearer ${await signed(otherRsa.privateKey)}`)).toEqual({ code: 'UNAUTHENTICATED', message: 'The token is not valid' });
  });

  it('refuses alg none', async () => {
    const unsecured = new UnsecuredJWT(claims).setSubject('idp|c-1').setIssuer('idp').setAudience('portal').encode();
    expect(await failure(`Bearer ${unsecured}`)).toEqual({ code: 'UNAUTHENTICATED', message: 'The token is not valid' });
  });

  it('refuses HS256 signed with the public key as a shared secret (algorithm confusion)', async () => {
    const forged = await new SignJWT(claims).setProtectedHeader({ alg: 'HS256' }).setSubject('idp|c-1').setIssuer('idp').setAudience('portal').sign(new TextEncoder().encode(rsaPem));
    expect(await failure(`Bearer ${forged}`)).toEqual({ code: 'UNAUTHENTICATED', message: 'The token is not valid' });
  });

  it('refuses an expired token, another issuer or audience, and a token without roles', async () => {
    expect(await failure(`Bearer ${await signed(rsa.privateKey, (jwt) => jwt.setExpirationTime(Math.floor(Date.now() / 1000) - 60))}`)).toEqual({
      code: 'UNAUTHENTICATED',
      message: 'The token has expired',
    });
    expect((await failure(`Bearer ${await signed(rsa.privateKey, (jwt) => jwt.setIssuer('elsewhere'))}`))?.code).toBe('UNAUTHENTICATED');
    expect((await failure(`Bearer ${await signed(rsa.privateKey, (jwt) => jwt.setAudience('other'))}`))?.code).toBe('UNAUTHENTICATED');
    const roleless = await new SignJWT({}).setProtectedHeader({ alg: 'RS256' }).setSubject('x').setIssuer('idp').setAudience('portal').setIssuedAt().setExpirationTime('5m').sign(rsa.privateKey);
    expect(await failure(`Bearer ${roleless}`)).toEqual({ code: 'UNAUTHENTICATED', message: 'The token lacks a subject or roles' });
  });
});
