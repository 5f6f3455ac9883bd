import { createHmac, hkdfSync } from 'node:crypto';

/**
 * One configured secret (`AUTH_SECRET`), one derived key per use, so a key leaked from one use (say,
 * invitation links) cannot forge another (access tokens).
 */
export function deriveKey(
  secret: string,
  purpose: 'access-token' | 'invitation' | 'password-reset' | 'second-factor' | 'sso-client-secret',
): Buffer {
  return Buffer.from(hkdfSync('sha256', secret, 'jazari', `jazari:${purpose}`, 32));
}

export function hmac(key: Buffer, ...parts: readonly string[]): Buffer {
  const mac = createHmac('sha256', key);
  for (const part of parts) mac.update(part).update('\u0000');
  return mac.digest();
}
