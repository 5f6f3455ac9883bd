import { timingSafeEqual } from 'node:crypto';
import type { AppConfig } from '@jazari/config';
import { deriveKey, hmac } from '../auth/auth-keys.js';
import { decodeOpaqueToken, encodeOpaqueToken, type OpaqueToken } from '../opaque-token.js';

export const PASSWORD_RESET_TOKEN_PREFIX = 'jzp';

/** A reset link lives this long after it is asked for. */
export const PASSWORD_RESET_TTL_SECONDS = 30 * 60;

/**
 * A reset link's secret is derived from its ids with the password-reset key, like an invitation's: the
 * worker that e-mails it derives the same link from the event's ids, so nothing secret goes into the
 * outbox. The row stores the secret's SHA-256, like every other token.
 */
export function passwordResetSecret(config: AppConfig, tenantId: string, resetId: string): Buffer {
  return hmac(deriveKey(config.auth.secret, 'password-reset'), tenantId, resetId);
}

export function passwordResetToken(config: AppConfig, tenantId: string, resetId: string): string {
  const secret = passwordResetSecret(config, tenantId, resetId);
  return encodeOpaqueToken(PASSWORD_RESET_TOKEN_PREFIX, { tenantId, id: resetId, secret });
}

export function passwordResetLink(config: AppConfig, tenantId: string, resetId: string): string {
  return `${config.publicUrl}/reset-password?token=${passwordResetToken(config, tenantId, resetId)}`;
}

/** The token's ids when its secret is the one the server derives; undefined for anything else. */
export function verifyPasswordResetToken(config: AppConfig, value: string): OpaqueToken | undefined {
  const token = decodeOpaqueToken(PASSWORD_RESET_TOKEN_PREFIX, value);
  if (!token) return undefined;
  const expected = passwordResetSecret(config, token.tenantId, token.id);
  return timingSafeEqual(expected, token.secret) ? token : undefined;
}
