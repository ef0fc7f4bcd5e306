import { createHash, randomUUID } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { exportJWK, generateKeyPair, type JWK } from 'jose';

/**
 * The provider's RS256 signing key: kept in `file` so that tokens stay valid across restarts
 * of `npm start`, or made afresh for one process (tests). Cookie keys derive from the
 * portal's secret, so a restart keeps sign-in sessions too.
 */
export async function loadSigningKeys(file: string | undefined, secret: string): Promise<{ jwks: { keys: JWK[] }; cookieKeys: string[] }> {
  const cookieKeys = [createHash('sha256').update(`oidc-cookies:${secret}`).digest('base64url')];
  if (file && existsSync(file)) return { jwks: JSON.parse(readFileSync(file, 'utf8')), cookieKeys };
  const { privateKey } = await generateKeyPair('RS256', { extractable: true });
  const jwk = { ...(await exportJWK(privateKey)), alg: 'RS256', use: 'sig', kid: randomUUID() };
  const jwks = { keys: [jwk] };
  if (file) writeFileSync(file, JSON.stringify(jwks), { mode: 0o600 });
  return { jwks, cookieKeys };
}
