import { createHmac, randomUUID, timingSafeEqual } from 'node:crypto';
import { z } from 'zod';
import { unauthenticated } from './errors';
import type { SeenNonces } from './seen-nonces';
import { ROLES, type Role } from './vocabulary';

/** The header in which the gateway passes the verified caller to subgraphs. */
export const IDENTITY_HEADER = 'x-portal-identity';

export interface Identity {
  sub: string;
  roles: Role[];
  prefectureCodes: string[];
  /**
   * Set by the gateway when the caller's certification no longer grants member access
   * (membership.ts); absent for everyone else.
   */
  certificationInactive?: true;
}

const payloadSchema = z.object({
  sub: z.string().min(1),
  roles: z.array(z.enum(ROLES)),
  prefectureCodes: z.array(z.string()),
  certificationInactive: z.literal(true).optional(),
  iat: z.number().int(),
  // One per subgraph request: a subgraph accepts each signed identity once.
  nonce: z.string().regex(/^[\w-]{16,64}$/),
});

// Clocks of the gateway and subgraphs may differ a little; a header from the future is
// accepted only within this margin.
const CLOCK_SKEW_MS = 5_000;

const mac = (secret: string, payload: string) => createHmac('sha256', secret).update(payload).digest();

/**
 * `base64url(json).base64url(hmac-sha256)`, stamped with the time of signing and a nonce
 * of its own: sign anew for every subgraph request.
 */
export function signIdentity(identity: Identity, secret: string, now = Date.now(), nonce = randomUUID()): string {
  const payload = Buffer.from(
    JSON.stringify({
      sub: identity.sub,
      roles: identity.roles,
      prefectureCodes: identity.prefectureCodes,
      ...(identity.certificationInactive ? { certificationInactive: true } : {}),
      iat: now,
      nonce,
    }),
  ).toString('base64url');
  return `${payload}.${mac(secret, payload).toString('base64url')}`;
}

export interface VerifyOptions {
  secret: string;
  /** While the secret is rotated: the one it replaces, still accepted (IDENTITY_SECRET_PREVIOUS). */
  previousSecret?: string;
  maxAgeMs: number;
  now?: number;
  /** The nonces accepted before: a header whose nonce is among them is a replay. */
  seen?: SeenNonces;
}

/** Too many identities to remember within their lifetime: the caller should retry shortly (503). */
export class ReplayCheckUnavailable extends Error {
  constructor() {
    super('Too many requests to check for replays; try again shortly');
    this.name = 'ReplayCheckUnavailable';
  }
}

/**
 * Verifies a signed identity header; anything missing, forged, tampered, stale or (with
 * `seen`) replayed is UNAUTHENTICATED.
 */
export function verifyIdentity(header: string | undefined, { secret, previousSecret, maxAgeMs, now = Date.now(), seen }: VerifyOptions): Identity {
  if (!header) throw unauthenticated('Missing signed identity');
  const [payload, signature, extra] = header.split('.');
  if (!payload || !signature || extra !== undefined) throw unauthenticated('Malformed signed identity');
  const given = Buffer.from(signature, 'base64url');
  const signedWith = (key: string) => {
    const expected = mac(key, payload);
    return given.length === expected.length && timingSafeEqual(given, expected);
  };
  if (!signedWith(secret) && !(previousSecret && signedWith(previousSecret))) throw unauthenticated('Invalid identity signature');
  let parsed: z.infer<typeof payloadSchema>;
  try {
    parsed = payloadSchema.parse(JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')));
  } catch {
    throw unauthenticated('Malformed signed identity');
  }
  if (now - parsed.iat > maxAgeMs || parsed.iat - now > CLOCK_SKEW_MS) throw unauthenticated('Signed identity expired');
  // Only a genuine, current header is remembered: forgeries cannot fill the set.
  const claim = seen?.claim(parsed.nonce, parsed.iat + maxAgeMs, now);
  if (claim === 'seen') throw unauthenticated('Signed identity already used');
  if (claim === 'full') throw new ReplayCheckUnavailable();
  return {
    sub: parsed.sub,
    roles: parsed.roles,
    prefectureCodes: parsed.prefectureCodes,
    ...(parsed.certificationInactive ? { certificationInactive: true as const } : {}),
  };
}
