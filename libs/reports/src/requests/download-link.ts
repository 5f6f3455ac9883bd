import { createHmac, hkdfSync, timingSafeEqual } from 'node:crypto';

/** How long a download link works: enough to click it, too short to be worth forwarding. */
export const DOWNLOAD_LINK_TTL_SECONDS = 300;

// 16 + 16 bytes of UUIDs and a 4-byte expiry (48 base64url characters), then a 128-bit MAC (22): the
// whole token stays under Fastify's 100-character limit for a path parameter.
const TOKEN = /^[A-Za-z0-9_-]{48}\.[A-Za-z0-9_-]{22}$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export interface DownloadGrant {
  readonly reportId: string;
  readonly tenantId: string;
  /** Unix seconds. */
  readonly expiresAt: number;
}

export type DownloadLinkCheck =
  | { readonly ok: true; readonly grant: DownloadGrant }
  | { readonly ok: false; readonly reason: 'invalid' | 'expired' };

function key(serverSecret: string): Buffer {
  return Buffer.from(hkdfSync('sha256', serverSecret, 'jazari', 'jazari:report-download-link', 32));
}

function mac(serverSecret: string, payload: Buffer): Buffer {
  return createHmac('sha256', key(serverSecret)).update(payload).digest().subarray(0, 16);
}

const uuidBytes = (id: string) => Buffer.from(id.replaceAll('-', ''), 'hex');
const uuidText = (bytes: Buffer) =>
  bytes.toString('hex').replace(/^(.{8})(.{4})(.{4})(.{4})(.{12})$/, '$1-$2-$3-$4-$5');

/**
 * A report's download token: `<payload>.<MAC>` (both base64url), the payload being the report, its tenant
 * and the expiry (unix seconds), the MAC a truncated HMAC-SHA256 under a key derived from AUTH_SECRET.
 * Nothing is stored: the signature is the proof.
 */
export function signDownloadToken(serverSecret: string, grant: DownloadGrant): string {
  if (!UUID.test(grant.reportId.toLowerCase()) || !UUID.test(grant.tenantId.toLowerCase()))
    throw new Error('a download link names a report and a tenant by their UUIDs');
  const expiry = Buffer.alloc(4);
  expiry.writeUInt32BE(grant.expiresAt);
  const payload = Buffer.concat([uuidBytes(grant.reportId), uuidBytes(grant.tenantId), expiry]);
  return `${payload.toString('base64url')}.${mac(serverSecret, payload).toString('base64url')}`;
}

/** The grant a token carries, if its signature holds and it has not expired at `nowSeconds`. */
export function verifyDownloadToken(
  serverSecret: string,
  token: string,
  nowSeconds: number,
): DownloadLinkCheck {
  if (!TOKEN.test(token)) return { ok: false, reason: 'invalid' };
  const [encoded = '', signature = ''] = token.split('.');
  const payload = Buffer.from(encoded, 'base64url');
  const given = Buffer.from(signature, 'base64url');
  const expected = mac(serverSecret, payload);
  // Canonical base64url only: the MAC's last character has spare bits that must not make a second spelling.
  const canonical = payload.toString('base64url') === encoded && given.toString('base64url') === signature;
  if (
    !canonical ||
    payload.length !== 36 ||
    given.length !== expected.length ||
    !timingSafeEqual(given, expected)
  )
    return { ok: false, reason: 'invalid' };
  const expiresAt = payload.readUInt32BE(32);
  if (expiresAt <= nowSeconds) return { ok: false, reason: 'expired' };
  return {
    ok: true,
    grant: {
      reportId: uuidText(payload.subarray(0, 16)),
      tenantId: uuidText(payload.subarray(16, 32)),
      expiresAt,
    },
  };
}
