import { createPublicKey, type KeyObject } from 'node:crypto';
import { createRemoteJWKSet, errors, jwtVerify, type JWTVerifyGetKey } from 'jose';
import { z } from 'zod';
import { ROLES, unauthenticated, type Identity } from '@portal/platform';

export interface JwtConfig {
  /** A JWKS endpoint, or a PEM public key (RSA for RS256, Ed25519 for EdDSA). */
  jwksUrl?: string;
  publicKeyPem?: string;
  issuer?: string;
  audience?: string;
}

const claimsSchema = z.object({
  sub: z.string().min(1),
  roles: z.array(z.enum(ROLES)).min(1),
  prefectureCodes: z.array(z.string().regex(/^(0[1-9]|[1-3]\d|4[0-7])$/)).default([]),
});

function keyAlgorithm(key: KeyObject): 'RS256' | 'EdDSA' {
  if (key.asymmetricKeyType === 'rsa') return 'RS256';
  if (key.asymmetricKeyType === 'ed25519') return 'EdDSA';
  throw new Error(`JWT public key of type ${key.asymmetricKeyType} is not supported: use RSA or Ed25519`);
}

export type Authenticate = (authorization: string | undefined) => Promise<Identity>;

/**
 * Verifies bearer tokens with jose. Only RS256 and EdDSA are accepted: `alg: none`, HMAC
 * algorithms, bad signatures, expired or not-yet-valid tokens are all UNAUTHENTICATED.
 */
export function createAuthenticator(config: JwtConfig): Authenticate {
  let key: KeyObject | JWTVerifyGetKey;
  let algorithms: string[];
  if (config.jwksUrl) {
    key = createRemoteJWKSet(new URL(config.jwksUrl));
    algorithms = ['RS256', 'EdDSA'];
  } else if (config.publicKeyPem) {
    const publicKey = createPublicKey(config.publicKeyPem);
    key = publicKey;
    algorithms = [keyAlgorithm(publicKey)];
  } else {
    throw new Error('JWT verification needs a JWKS URL or a public key');
  }

  const verified = createVerifiedTokenCache();
  return async (authorization) => {
    const token = /^Bearer (\S+)$/i.exec(authorization ?? '')?.[1];
    if (!token) throw unauthenticated('A bearer token is required');
    const known = verified.get(token);
    if (known) return known;
    let payload: unknown;
    try {
      ({ payload } = await jwtVerify(token, key as KeyObject, {
        algorithms,
        issuer: config.issuer,
        audience: config.audience,
      }));
    } catch (error) {
      if (error instanceof errors.JWTExpired) throw unauthenticated('The token has expired');
      throw unauthenticated('The token is not valid');
    }
    const claims = claimsSchema.safeParse(payload);
    if (!claims.success) throw unauthenticated('The token lacks a subject or roles');
    verified.set(token, claims.data, (payload as { exp?: number }).exp);
    return claims.data;
  };
}

const CACHED_TOKENS = 10_000;

/**
 * Tokens already verified, until they expire: a client sends the same token with every
 * request, and verifying its signature each time is the costliest step of authentication.
 * Keyed by the whole token, so a changed byte is a cache miss and is verified anew.
 */
function createVerifiedTokenCache() {
  const entries = new Map<string, { identity: Identity; expiresAt: number }>();
  return {
    get(token: string): Identity | undefined {
      const entry = entries.get(token);
      if (!entry) return undefined;
      if (entry.expiresAt <= Date.now()) {
        entries.delete(token);
        return undefined;
      }
      return entry.identity;
    },
    set(token: string, identity: Identity, exp: number | undefined) {
      // A token without an expiry is verified every time.
      if (exp === undefined) return;
      if (entries.size >= CACHED_TOKENS) entries.delete(entries.keys().next().value!);
      entries.set(token, { identity, expiresAt: exp * 1000 });
    },
  };
}
