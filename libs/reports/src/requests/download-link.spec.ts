import { describe, expect, it } from '@jest/globals';
import { signDownloadToken, verifyDownloadToken } from './download-link.js';

const SECRET = 's'.repeat(40);
const grant = {
  reportId: '01a25038-9f17-71b9-8447-2c79097522ea',
  tenantId: '01a25038-9588-7653-b427-56a822612879',
  expiresAt: 1_800_000_300,
};

describe('report download tokens', () => {
  it('round-trips the report, the tenant and the expiry, in under 100 characters', () => {
    const token = signDownloadToken(SECRET, grant);
    expect(token.length).toBeLessThan(100);
    expect(verifyDownloadToken(SECRET, token, grant.expiresAt - 1)).toEqual({ ok: true, grant });
  });

  it('expires at its expiry', () => {
    const token = signDownloadToken(SECRET, grant);
    expect(verifyDownloadToken(SECRET, token, grant.expiresAt)).toEqual({ ok: false, reason: 'expired' });
  });

  it('refuses any changed byte, another key, and what is not a token', () => {
    const token = signDownloadToken(SECRET, grant);
    for (let i = 0; i < token.length; i += 1) {
      if (token[i] === '.') continue;
      const changed = token.slice(0, i) + (token[i] === 'A' ? 'B' : 'A') + token.slice(i + 1);
      expect(verifyDownloadToken(SECRET, changed, 0)).toEqual({ ok: false, reason: 'invalid' });
    }
    expect(verifyDownloadToken('k'.repeat(40), token, 0)).toEqual({ ok: false, reason: 'invalid' });
    for (const bad of ['', token.split('.')[0], `${token}x`, `${token}.x`, 'a'.repeat(70)]) {
      expect(verifyDownloadToken(SECRET, bad, 0)).toEqual({ ok: false, reason: 'invalid' });
    }
  });
});
