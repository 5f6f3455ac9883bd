import { execFile } from 'node:child_process';
import { copyFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from '@jest/globals';
import * as standalone from '../../../../apps/web/src/features/verify/jazari-verify.mjs';
import { evidenceFixtures } from '../../../../test/fixtures/evidence-bundles.js';
import { describeSignatures, verifyEvidenceBundle } from './evidence-verifier.js';

const run = promisify(execFile);
const fixtures = evidenceFixtures();
const VERIFIER = path.resolve(
  import.meta.dirname,
  '../../../../apps/web/src/features/verify/jazari-verify.mjs',
);

describe('the self-contained verifier (the /verify page and `node jazari-verify.mjs`)', () => {
  it('accepts the good bundle, with and without the pinned platform key, as the server does', async () => {
    const pinned = { pinnedPublicKeyPem: fixtures.platformKeyPem };
    expect(verifyEvidenceBundle(fixtures.good, pinned)).toEqual({
      valid: true,
      events: 6,
      seals: 1,
      signatures: 1,
    });
    await expect(standalone.verifyEvidenceBundle(fixtures.good, pinned)).resolves.toEqual({
      valid: true,
      events: 6,
      seals: 1,
      signatures: 1,
      keyId: fixtures.good.keyId,
    });
    await expect(standalone.verifyEvidenceBundle(fixtures.good)).resolves.toMatchObject({ valid: true });
    expect(standalone.describeSignatures(fixtures.good)).toEqual(describeSignatures(fixtures.good));
    expect(describeSignatures(fixtures.good)).toEqual([
      '  signed 2026-01-02T03:04:05.678Z by Salma Idrissi, method: password+totp',
    ]);
    expect(verifyEvidenceBundle(fixtures.passwordOnly, pinned)).toMatchObject({ valid: true });
    await expect(standalone.verifyEvidenceBundle(fixtures.passwordOnly, pinned)).resolves.toMatchObject({
      valid: true,
    });
  });

  it.each(fixtures.tampered.map((f) => [f.name, f] as const))(
    'names the same first problem as the server for a bundle tampered at: %s',
    async (_name, fixture) => {
      const server = verifyEvidenceBundle(fixture.bundle);
      expect(server).toMatchObject({ valid: false, location: fixture.location });
      await expect(standalone.verifyEvidenceBundle(fixture.bundle)).resolves.toEqual(server);
    },
  );

  it('tells a bundle sealed by another key from the platform’s once the key is pinned', async () => {
    const pinned = { pinnedPublicKeyPem: fixtures.platformKeyPem };
    const expected = { valid: false, location: 'publicKey', problem: 'is not the pinned public key' };
    expect(verifyEvidenceBundle(fixtures.wrongKey, pinned)).toEqual(expected);
    await expect(standalone.verifyEvidenceBundle(fixtures.wrongKey, pinned)).resolves.toEqual(expected);
    // Self-consistent on its own: only the pinned key tells it apart.
    await expect(standalone.verifyEvidenceBundle(fixtures.wrongKey)).resolves.toMatchObject({ valid: true });
  });

  it('matches the signed document by its SHA-256', async () => {
    await expect(standalone.checkDocument(fixtures.good, fixtures.document)).resolves.toMatchObject({
      signed: true,
      document: { id: 'd1' },
    });
    await expect(standalone.checkDocument(fixtures.good, Buffer.from('%PDF other'))).resolves.toMatchObject({
      signed: false,
      document: null,
    });
  });

  it('runs with plain Node.js from a folder holding nothing but the file', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'jazari-verify-'));
    const verifier = path.join(dir, 'jazari-verify.mjs');
    copyFileSync(VERIFIER, verifier);
    const write = (name: string, content: unknown) => {
      const file = path.join(dir, name);
      writeFileSync(
        file,
        typeof content === 'string' || Buffer.isBuffer(content) ? content : JSON.stringify(content),
      );
      return file;
    };
    const good = write('good.json', fixtures.good);
    const key = write('platform.pem', fixtures.platformKeyPem);
    const pdf = write('signed.pdf', fixtures.document);
    const node = (...args: string[]) =>
      run(process.execPath, [verifier, ...args], { cwd: dir }).then(
        ({ stdout }) => ({ code: 0, stdout }),
        (error: { code: number; stdout: string }) => ({ code: error.code, stdout: error.stdout }),
      );

    await expect(node(good, '--public-key', key, '--document', pdf)).resolves.toEqual({
      code: 0,
      stdout:
        'OK: 6 events chained, 1 seal(s) and 1 signature(s) verified\n' +
        '  signed 2026-01-02T03:04:05.678Z by Salma Idrissi, method: password+totp\n',
    });
    // A bundle from before the second factor still verifies, and says how it was signed.
    await expect(node(write('old.json', fixtures.passwordOnly), '--public-key', key)).resolves.toEqual({
      code: 0,
      stdout:
        'OK: 6 events chained, 1 seal(s) and 1 signature(s) verified\n' +
        '  signed 2026-01-02T03:04:05.678Z by Salma Idrissi, method: password\n',
    });
    const tampered = fixtures.tampered.find((f) => f.location === 'events[3].hash')!;
    await expect(node(write('tampered.json', tampered.bundle))).resolves.toEqual({
      code: 1,
      stdout: 'INVALID: events[3].hash does not match\n',
    });
    await expect(node(write('other.json', fixtures.wrongKey), '--public-key', key)).resolves.toEqual({
      code: 1,
      stdout: 'INVALID: publicKey is not the pinned public key\n',
    });
    await expect(node(good, '--document', write('other.pdf', '%PDF other'))).resolves.toMatchObject({
      code: 1,
      stdout: expect.stringContaining('is not a document signed in this bundle') as unknown as string,
    });
    await expect(node()).resolves.toMatchObject({ code: 2 });
  });
});
