import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { isUuid } from '@jazari/database';

/**
 * Opaque credentials (refresh tokens, API keys, invitation links): a type prefix, then base64url of the
 * tenant id, the row id and a 32-byte secret. The ids tell the server which tenant's row to load (so the
 * lookup runs under that tenant's RLS); only the secret's SHA-256 is stored, and it proves the holder.
 */
export interface OpaqueToken {
  readonly tenantId: string;
  readonly id: string;
  readonly secret: Buffer;
}

const SECRET_BYTES = 32;

export function newSecret(): Buffer {
  return randomBytes(SECRET_BYTES);
}

export function encodeOpaqueToken(prefix: string, token: OpaqueToken): string {
  const body = Buffer.concat([uuidBytes(token.tenantId), uuidBytes(token.id), token.secret]);
  return `${prefix}_${body.toString('base64url')}`;
}

export function decodeOpaqueToken(prefix: string, value: string): OpaqueToken | undefined {
  if (!value.startsWith(`${prefix}_`)) return undefined;
  const encoded = value.slice(prefix.length + 1);
  if (!/^[A-Za-z0-9_-]{86}$/.test(encoded)) return undefined;
  const body = Buffer.from(encoded, 'base64url');
  if (body.length !== 32 + SECRET_BYTES) return undefined;
  const tenantId = uuidString(body.subarray(0, 16));
  const id = uuidString(body.subarray(16, 32));
  if (!isUuid(tenantId) || !isUuid(id)) return undefined;
  return { tenantId, id, secret: Buffer.from(body.subarray(32)) };
}

export function hashSecret(secret: Buffer): Buffer {
  return createHash('sha256').update(secret).digest();
}

export function secretMatches(secret: Buffer, storedHash: Buffer): boolean {
  const hash = hashSecret(secret);
  return hash.length === storedHash.length && timingSafeEqual(hash, storedHash);
}

function uuidBytes(uuid: string): Buffer {
  return Buffer.from(uuid.replace(/-/g, ''), 'hex');
}

function uuidString(bytes: Buffer): string {
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
