import { describe, expect, it } from '@jest/globals';
import { createHmac } from 'node:crypto';
import { signatureHeader, verifyWebhookSignature, webhookSecret } from './webhook-signature.js';

const SERVER = 'a-server-secret-of-at-least-thirty-two-characters';
const TENANT = '0195f3a4-7c1e-7d2a-9b3c-4d5e6f708192';
const ENDPOINT = '0195f3a4-7c1e-7d2a-9b3c-4d5e6f708193';

describe('webhook secrets', () => {
  it('are derived: stable per (tenant, endpoint, version), different otherwise', () => {
    const secret = webhookSecret(SERVER, TENANT, ENDPOINT, 1);
    expect(secret).toMatch(/^whsec_[A-Za-z0-9_-]{43}$/);
    expect(webhookSecret(SERVER, TENANT, ENDPOINT.toUpperCase(), 1)).toBe(secret);
    expect(webhookSecret(SERVER, TENANT, ENDPOINT, 2)).not.toBe(secret);
    expect(webhookSecret(SERVER, ENDPOINT, TENANT, 1)).not.toBe(secret);
    expect(webhookSecret(`${SERVER}!`, TENANT, ENDPOINT, 1)).not.toBe(secret);
  });
});

describe('the signature', () => {
  const secret = webhookSecret(SERVER, TENANT, ENDPOINT, 1);
  const body = JSON.stringify({ id: 'e1', type: 'conventions.activated', data: { a: 1 } });
  const t = 1_764_000_000;

  it('is t=<unix>,v1=<hex HMAC-SHA256(secret, "<t>.<body>")>', () => {
    const expected = createHmac('sha256', secret).update(`${t}.${body}`).digest('hex');
    expect(signatureHeader(secret, t, body)).toBe(`t=${t},v1=${expected}`);
  });

  it('verifies, and detects a tampered body, signature, timestamp or secret', () => {
    const header = signatureHeader(secret, t, body);
    const at = { nowSeconds: t + 10 };
    expect(verifyWebhookSignature(secret, header, body, at)).toBe(true);
    expect(verifyWebhookSignature(secret, header, body.replace('1', '2'), at)).toBe(false);
    expect(
      verifyWebhookSignature(
        secret,
        header.replace(/.$/, (c) => (c === '0' ? '1' : '0')),
        body,
        at,
      ),
    ).toBe(false);
    expect(verifyWebhookSignature(secret, header.replace(`t=${t}`, `t=${t + 1}`), body, at)).toBe(false);
    expect(verifyWebhookSignature(webhookSecret(SERVER, TENANT, ENDPOINT, 2), header, body, at)).toBe(false);
    expect(verifyWebhookSignature(secret, undefined, body, at)).toBe(false);
    expect(verifyWebhookSignature(secret, 'v1=abc', body, at)).toBe(false);
  });

  it('refuses a timestamp outside the tolerance (a replay)', () => {
    const header = signatureHeader(secret, t, body);
    expect(verifyWebhookSignature(secret, header, body, { nowSeconds: t + 301 })).toBe(false);
    expect(verifyWebhookSignature(secret, header, body, { nowSeconds: t - 301 })).toBe(false);
  });

  it('accepts any matching v1 among several (while a receiver rotates secrets)', () => {
    const other = signatureHeader(webhookSecret(SERVER, TENANT, ENDPOINT, 2), t, body).split(',')[1];
    const header = `${signatureHeader(secret, t, body)},${other}`;
    expect(verifyWebhookSignature(secret, header, body, { nowSeconds: t })).toBe(true);
  });
});
