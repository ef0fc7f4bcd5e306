import { createPublicKey, type KeyObject } from 'node:crypto';
import { createRemoteJWKSet, decodeJwt, errors, jwtVerify, type JWTPayload, type JWTVerifyGetKey } from 'jose';
import { z } from 'zod';
import { ROLES, unauthenticated, type Identity } from '@portal/platform';

export interface JwtConfig {
  /** A JWKS endpoint, or a PEM public key (RSA for RS256, Ed25519 for EdDSA). */
  jwksUrl?: string;
  publicKeyPem?: string;
  /** The `iss` and `aud` every token must carry. */
  issuer: string;
  audience: string;
  /** How long after its `iat` a token is accepted, whatever its `exp` says. */
  maxAgeSeconds?: number;
  /** How far the issuer's clock may differ from ours when `exp`, `nbf` and `iat` are checked. */
  clockToleranceSeconds?: number;
}

/** A working day: `npm run token` issues tokens for 8 hours. */
export const DEFAULT_TOKEN_MAX_AGE_SECONDS = 8 * 3600;
export const DEFAULT_CLOCK_TOLERANCE_SECONDS = 30;

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
 * algorithms and bad signatures are UNAUTHENTICATED, and so is a token without `exp`,
 * `iat`, the configured `iss` and `aud`, one past its `exp` or older than the maximum age,
 * or one whose `nbf` or `iat` lies ahead (each time within the clock tolerance).
 *
 * Several issuers may be trusted (the portal's token script and an OpenID provider, say),
 * each with its own keys and audience: a token is verified against the issuer its `iss`
 * names, read before verification only to choose the keys, which then check every claim.
 */
export function createAuthenticator(configs: JwtConfig | readonly JwtConfig[]): Authenticate {
  const verifiers = new Map<string, Verifier>();
  for (const config of [configs].flat()) verifiers.set(config.issuer, createVerifier(config));
  const fallback = verifiers.values().next().value;
  if (!fallback) throw new Error('JWT verification needs at least one issuer');

  const verified = createVerifiedTokenCache();
  return async (authorization) => {
    const token = /^Bearer (\S+)$/i.exec(authorization ?? '')?.[1];
    if (!token) throw unauthenticated('A bearer token is required');
    const known = verified.get(token);
    if (known) return known;
    // An unknown or missing issuer goes to the first verifier, which refuses it by that claim.
    const verifier = verifiers.get(claimedIssuer(token) ?? '') ?? fallback;
    const { identity, validUntil } = await verifier(token);
    verified.set(token, identity, validUntil * 1000);
    return identity;
  };
}

type Verifier = (token: string) => Promise<{ identity: Identity; validUntil: number }>;

function claimedIssuer(token: string): string | undefined {
  try {
    const { iss } = decodeJwt(token);
    return typeof iss === 'string' ? iss : undefined;
  } catch {
    return undefined;
  }
}

function createVerifier(config: JwtConfig): Verifier {
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
  const maxAge = config.maxAgeSeconds ?? DEFAULT_TOKEN_MAX_AGE_SECONDS;
  const tolerance = config.clockToleranceSeconds ?? DEFAULT_CLOCK_TOLERANCE_SECONDS;

  return async (token) => {
    let payload: JWTPayload;
    try {
      ({ payload } = await jwtVerify(token, key as KeyObject, {
        algorithms,
        issuer: config.issuer,
        audience: config.audience,
        requiredClaims: ['exp'],
        // Also makes `iat` required.
        maxTokenAge: maxAge,
        clockTolerance: tolerance,
      }));
    } catch (error) {
      throw unauthenticated(refusal(error));
    }
    const claims = claimsSchema.safeParse(payload);
    if (!claims.success) throw unauthenticated('The token lacks a subject or roles');
    // Accepted by a fresh verification until then (jose has checked both are numbers).
    return { identity: claims.data, validUntil: Math.min(payload.exp!, payload.iat! + maxAge) + tolerance };
  };
}

/** Why a token was refused, for its holder: which claim, never its expected value. */
function refusal(error: unknown): string {
  if (error instanceof errors.JWTExpired) return error.claim === 'iat' ? 'The token is older than the gateway accepts' : 'The token has expired';
  if (error instanceof errors.JWTClaimValidationFailed) {
    if (error.reason === 'missing') return `The token lacks the "${error.claim}" claim`;
    if (error.reason === 'check_failed' && (error.claim === 'nbf' || error.claim === 'iat')) return 'The token is not valid yet';
    if (error.reason === 'check_failed' && (error.claim === 'iss' || error.claim === 'aud')) return `The token's "${error.claim}" claim is not accepted here`;
  }
  return 'The token is not valid';
}

const CACHED_TOKENS = 10_000;

/**
 * Tokens already verified, until a fresh verification would refuse them: a client sends
 * the same token with every request, and verifying its signature each time is the
 * costliest step of authentication. Keyed by the whole token, so a changed byte is a
 * cache miss and is verified anew.
 */
function createVerifiedTokenCache() {
  const entries = new Map<string, { identity: Identity; validUntil: number }>();
  return {
    get(token: string): Identity | undefined {
      const entry = entries.get(token);
      if (!entry) return undefined;
      if (entry.validUntil <= Date.now()) {
        entries.delete(token);
        return undefined;
      }
      return entry.identity;
    },
    set(token: string, identity: Identity, validUntil: number) {
      if (entries.size >= CACHED_TOKENS) entries.delete(entries.keys().next().value!);
      entries.set(token, { identity, validUntil });
    },
  };
}
