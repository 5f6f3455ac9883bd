import { createHmac, hkdfSync, timingSafeEqual } from 'node:crypto';

export const WEBHOOK_SECRET_PREFIX = 'whsec_';
/** How far a receiver should accept `t` from its own clock (replays older than this are refused). */
export const SIGNATURE_TOLERANCE_SECONDS = 300;

/**
 * An endpoint's signing secret, derived — never stored: HMAC of the endpoint's tenant, id and secret
 * version under a key derived (HKDF) from WEBHOOK_SIGNING_SECRET. Rotating bumps the version.
 */
export function webhookSecret(
  serverSecret: string,
  tenantId: string,
  endpointId: string,
  version: number,
): string {
  const key = Buffer.from(hkdfSync('sha256', serverSecret, 'jazari', 'jazari:webhook-signing', 32));
  const mac = createHmac('sha256', key);
  for (const part of [tenantId.toLowerCase(), endpointId.toLowerCase(), String(version)])
    mac.update(part).update('\u0000');
  return `${WEBHOOK_SECRET_PREFIX}${mac.digest('base64url')}`;
}

/** hex HMAC-SHA256 of `<t>.<raw body>` with the secret (the whole `whsec_…` string) as key. */
export function signaturePayloadMac(secret: string, timestamp: number, rawBody: string | Buffer): string {
  return createHmac('sha256', secret).update(`${timestamp}.`).update(rawBody).digest('hex');
}

/** The `Jazari-Signature` header: `t=<unix seconds>,v1=<hex>`. */
export function signatureHeader(secret: string, timestamp: number, rawBody: string | Buffer): string {
  return `t=${timestamp},v1=${signaturePayloadMac(secret, timestamp, rawBody)}`;
}

/**
 * The documented check a receiver runs (docs/notifications.md#verifying-a-signature): parse `t` and every
 * `v1`, recompute the HMAC over `<t>.<raw body>`, compare in constant time, and refuse a `t` outside
 * the tolerance.
 */
export function verifyWebhookSignature(
  secret: string,
  header: string | undefined,
  rawBody: string | Buffer,
  options: { readonly nowSeconds?: number; readonly toleranceSeconds?: number } = {},
): boolean {
  if (!header) return false;
  const parts = header.split(',').map((p) => p.trim().split('=', 2) as [string, string | undefined]);
  const t = Number(parts.find(([k]) => k === 't')?.[1]);
  const signatures = parts.filter(([k]) => k === 'v1').map(([, v]) => v ?? '');
  if (!Number.isInteger(t) || signatures.length === 0) return false;
  const now = options.nowSeconds ?? Math.floor(Date.now() / 1000);
  if (Math.abs(now - t) > (options.toleranceSeconds ?? SIGNATURE_TOLERANCE_SECONDS)) return false;
  const expected = Buffer.from(signaturePayloadMac(secret, t, rawBody), 'hex');
  return signatures.some((s) => {
    const given = /^[0-9a-f]{64}$/i.test(s) ? Buffer.from(s, 'hex') : undefined;
    return given !== undefined && timingSafeEqual(given, expected);
  });
}
