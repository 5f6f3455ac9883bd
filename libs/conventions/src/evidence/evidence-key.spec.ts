import { generateKeyPairSync } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from '@jest/globals';
import type { AppConfig } from '@jazari/config';
import { EvidenceKey } from './evidence-key.js';

const config = (env: string, privateKeyPem?: string): AppConfig =>
  ({
    env,
    evidence: { privateKeyPem, keyFile: path.join(mkdtempSync(path.join(tmpdir(), 'evk-')), 'key.pem') },
  }) as unknown as AppConfig;

describe('EvidenceKey', () => {
  it('needs no key until something seals: a production worker without EVIDENCE_SIGNING_KEY boots', () => {
    const key = new EvidenceKey(config('production'));
    expect(() => key.sign(Buffer.from('head'))).toThrow(/EVIDENCE_SIGNING_KEY is required/);
    // What the API calls at boot: the same error, before it serves anything.
    expect(() => key.ensureLoaded()).toThrow(/EVIDENCE_SIGNING_KEY is required/);
  });

  it('seals with the configured key in production', () => {
    const pem = generateKeyPairSync('ed25519').privateKey.export({ format: 'pem', type: 'pkcs8' }).toString();
    const key = new EvidenceKey(config('production', pem));
    expect(() => key.ensureLoaded()).not.toThrow();
    expect(key.sign(Buffer.from('head'))).toHaveLength(64);
    expect(key.keyId).toMatch(/^[0-9a-f]{16}$/);
  });
});
