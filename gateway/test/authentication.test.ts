import { generateKeyPairSync } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, SignJWT, UnsecuredJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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

describe('several issuers: the token script’s key and an OpenID provider’s JWKS', () => {
  const provider = generateKeyPairSync('rsa', { modulusLength: 2048 });
  let jwks: Server;
  let both: ReturnType<typeof createAuthenticator>;
  beforeAll(async () => {
    const jwk = { ...(await exportJWK(provider.publicKey)), kid: 'k1', alg: 'RS256', use: 'sig' };
    jwks = createServer((_req, res) => res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ keys: [jwk] })));
    await new Promise<void>((resolve) => jwks.listen(0, '127.0.0.1', resolve));
    const { port } = jwks.address() as AddressInfo;
    both = createAuthenticator([
      { publicKeyPem: rsaPem, issuer: 'idp', audience: 'portal' },
      { jwksUrl: `http://127.0.0.1:${port}/jwks`, issuer: 'http://oidc.test', audience: 'dashboard' },
    ]);
  });
  afterAll(() => new Promise((resolve) => jwks.close(resolve)));

  const fromProvider = (build = (jwt: SignJWT) => jwt, key = provider.privateKey) =>
    build(new SignJWT({ roles: ['MINISTRY_ANALYST'] }).setProtectedHeader({ alg: 'RS256', kid: 'k1' }).setSubject('oidc|analyst').setIssuer('http://oidc.test').setAudience('dashboard').setIssuedAt().setExpirationTime('5m')).sign(key);
  const refusal = (authorization: string) => both(authorization).then(() => null, (error: Error & { code: string }) => ({ code: error.code, message: error.message }));

  it('accepts each issuer’s tokens with its own keys and audience', async () => {
    expect(await both(`Bearer ${await signed()}`)).toEqual({ sub: 'idp|c-1', roles: ['COORDINATOR'], prefectureCodes: ['09'] });
    expect(await both(`Bearer ${await fromProvider()}`)).toEqual({ sub: 'oidc|analyst', roles: ['MINISTRY_ANALYST'], prefectureCodes: [] });
  });

  it('never lets one issuer’s key vouch for another issuer, nor an audience cross over', async () => {
    // Signed by the token script's key but claiming the provider as issuer, and the other way round.
    expect(await refusal(`Bearer ${await fromProvider((jwt) => jwt, rsa.privateKey)}`)).toEqual({ code: 'UNAUTHENTICATED', message: 'The token is not valid' });
    expect(await refusal(`Bearer ${await signed(provider.privateKey)}`)).toEqual({ code: 'UNAUTHENTICATED', message: 'The token is not valid' });
    expect(await refusal(`Bearer ${await fromProvider((jwt) => jwt.setAudience('portal'))}`)).toEqual({ code: 'UNAUTHENTICATED', message: 'The token\'s "aud" claim is not accepted here' });
    // An unknown issuer meets the first issuer's key, whose signature check refuses it.
    expect(await refusal(`Bearer ${await fromProvider((jwt) => jwt.setIssuer('http://elsewhere'))}`)).toEqual({ code: 'UNAUTHENTICATED', message: 'The token is not valid' });
    expect(await refusal('Bearer not.a.jwt')).toEqual({ code: 'UNAUTHENTICATED', message: 'The token is not valid' });
  });
});
