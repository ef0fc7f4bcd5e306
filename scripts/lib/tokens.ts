import { createPrivateKey, generateKeyPairSync, type KeyObject } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { SignJWT } from 'jose';
import type { Role } from '@portal/platform';

export const DEV_ISSUER = 'portal-dev';
export const DEV_AUDIENCE = 'coordinator-portal';

export interface KeyPair {
  privateKey: KeyObject;
  publicKeyPem: string;
}

export function generateKeyPair(): KeyPair {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  return { privateKey, publicKeyPem: publicKey.export({ type: 'spki', format: 'pem' }).toString() };
}

/** The local key pair under `<dataDir>/dev-keys`, created on first use and kept afterwards. */
export function devKeyPair(dataDir: string): KeyPair & { publicKeyPath: string } {
  const dir = join(dataDir, 'dev-keys');
  const privatePath = join(dir, 'private.pem');
  const publicKeyPath = join(dir, 'public.pem');
  if (!existsSync(privatePath)) {
    mkdirSync(dir, { recursive: true });
    const { privateKey, publicKeyPem } = generateKeyPair();
    writeFileSync(privatePath, privateKey.export({ type: 'pkcs8', format: 'pem' }), { mode: 0o600 });
    writeFileSync(publicKeyPath, publicKeyPem);
  }
  return { privateKey: createPrivateKey(readFileSync(privatePath)), publicKeyPem: readFileSync(publicKeyPath, 'utf8'), publicKeyPath };
}

export interface TokenClaims {
  sub: string;
  roles: Role[];
  prefectureCodes?: string[];
}

/** An EdDSA-signed JWT for the portal's gateway. */
export function mintToken(privateKey: KeyObject, claims: TokenClaims, expiresIn: string | number = '8h'): Promise<string> {
  return new SignJWT({ roles: claims.roles, prefectureCodes: claims.prefectureCodes ?? [] })
    .setProtectedHeader({ alg: 'EdDSA', typ: 'JWT' })
    .setSubject(claims.sub)
    .setIssuer(DEV_ISSUER)
    .setAudience(DEV_AUDIENCE)
    .setIssuedAt()
    .setExpirationTime(expiresIn)
    .sign(privateKey);
}
