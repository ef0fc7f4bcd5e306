import { createHmac, timingSafeEqual } from 'node:crypto';
import { z } from 'zod';
import { unauthenticated } from './errors';
import { ROLES, type Role } from './vocabulary';

/** The header in which the gateway passes the verified caller to subgraphs. */
export const IDENTITY_HEADER = 'x-portal-identity';

export interface Identity {
  sub: string;
  roles: Role[];
  prefectureCodes: string[];
}

const payloadSchema = z.object({
  sub: z.string().min(1),
  roles: z.array(z.enum(ROLES)),
  prefectureCodes: z.array(z.string()),
  iat: z.number().int(),
});

// Clocks of the gateway and subgraphs may differ a little; a header from the future is
// accepted only within this margin.
const CLOCK_SKEW_MS = 5_000;

const mac = (secret: string, payload: string) => createHmac('sha256', secret).update(payload).digest();

/** `base64url(json).base64url(hmac-sha256)`, stamped with the time of signing. */
export function signIdentity(identity: Identity, secret: string, now = Date.now()): string {
  const payload = Buffer.from(
    JSON.stringify({ sub: identity.sub, roles: identity.roles, prefectureCodes: identity.prefectureCodes, iat: now }),
  ).toString('base64url');
  return `${payload}.${mac(secret, payload).toString('base64url')}`;
}

export interface VerifyOptions {
  secret: string;
  maxAgeMs: number;
  now?: number;
}

/** Verifies a signed identity header; anything missing, forged, tampered or stale is UNAUTHENTICATED. */
export function verifyIdentity(header: string | undefined, { secret, maxAgeMs, now = Date.now() }: VerifyOptions): Identity {
  if (!header) throw unauthenticated('Missing signed identity');
  const [payload, signature, extra] = header.split('.');
  if (!payload || !signature || extra !== undefined) throw unauthenticated('Malformed signed identity');
  const expected = mac(secret, payload);
  const given = Buffer.from(signature, 'base64url');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
    throw unauthenticated('Invalid identity signature');
  }
  let parsed: z.infer<typeof payloadSchema>;
  try {
    parsed = payloadSchema.parse(JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')));
  } catch {
    throw unauthenticated('Malformed signed identity');
  }
  if (now - parsed.iat > maxAgeMs || parsed.iat - now > CLOCK_SKEW_MS) throw unauthenticated('Signed identity expired');
  return { sub: parsed.sub, roles: parsed.roles, prefectureCodes: parsed.prefectureCodes };
}
