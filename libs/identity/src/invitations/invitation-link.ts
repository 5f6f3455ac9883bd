import { timingSafeEqual } from 'node:crypto';
import type { AppConfig } from '@jazari/config';
import { deriveKey, hmac } from '../auth/auth-keys.js';
import { decodeOpaqueToken, encodeOpaqueToken, type OpaqueToken } from '../opaque-token.js';

export const INVITATION_TOKEN_PREFIX = 'jzi';

/**
 * An invitation's token is derived from its ids with a server key, so nothing secret is stored or put in
 * an event: whoever sends the email (later, the notifications worker) derives the same link.
 */
export function invitationToken(config: AppConfig, tenantId: string, invitationId: string): string {
  const secret = hmac(deriveKey(config.auth.secret, 'invitation'), tenantId, invitationId);
  return encodeOpaqueToken(INVITATION_TOKEN_PREFIX, { tenantId, id: invitationId, secret });
}

export function invitationLink(config: AppConfig, tenantId: string, invitationId: string): string {
  return `${config.publicUrl}/invitations/accept?token=${invitationToken(config, tenantId, invitationId)}`;
}

export function verifyInvitationToken(config: AppConfig, value: string): OpaqueToken | undefined {
  const token = decodeOpaqueToken(INVITATION_TOKEN_PREFIX, value);
  if (!token) return undefined;
  const expected = hmac(deriveKey(config.auth.secret, 'invitation'), token.tenantId, token.id);
  return timingSafeEqual(expected, token.secret) ? token : undefined;
}
