import { createHmac, timingSafeEqual } from 'node:crypto';
import { isKind, type NotificationKind } from './kinds';

// An unsubscribe link works without signing in (it is clicked in a mail program): it carries
// the account and the kind, signed with the service's secret, so nobody can turn off
// another member's mail by guessing.

const mac = (secret: string, payload: string) => createHmac('sha256', `unsubscribe:${secret}`).update(payload).digest('base64url');

export function unsubscribeToken(secret: string, accountId: string, kind: NotificationKind): string {
  const payload = Buffer.from(JSON.stringify([accountId, kind])).toString('base64url');
  return `${payload}.${mac(secret, payload)}`;
}

/** The account and kind a token names, or null for anything not signed by us. */
export function readUnsubscribeToken(secret: string, token: string): { accountId: string; kind: NotificationKind } | null {
  const [payload, signature, extra] = token.split('.');
  if (!payload || !signature || extra !== undefined) return null;
  const expected = Buffer.from(mac(secret, payload));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
  try {
    const [accountId, kind] = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as unknown[];
    if (typeof accountId !== 'string' || typeof kind !== 'string' || !isKind(kind)) return null;
    return { accountId, kind };
  } catch {
    return null;
  }
}
