import { describe, expect, it } from '@jest/globals';
import { HOTP, Secret } from 'otpauth';
import { deriveKey } from '../auth/auth-keys.js';
import {
  matchingStep,
  newRecoveryCode,
  newTotpSecret,
  normaliseRecoveryCode,
  openSecret,
  otpauthUri,
  sealSecret,
  totpStep,
} from './totp.js';

const codeAt = (secret: string, step: number) =>
  HOTP.generate({ secret: Secret.fromBase32(secret), counter: step, digits: 6, algorithm: 'SHA1' });

describe('TOTP', () => {
  const secret = newTotpSecret();
  const now = Date.UTC(2026, 11, 7, 12, 0, 10);
  const step = totpStep(now);

  it('accepts the current step and its neighbours, and nothing further', () => {
    expect(matchingStep(secret, codeAt(secret, step), now, null)).toBe(step);
    expect(matchingStep(secret, codeAt(secret, step - 1), now, null)).toBe(step - 1);
    expect(matchingStep(secret, codeAt(secret, step + 1), now, null)).toBe(step + 1);
    expect(matchingStep(secret, codeAt(secret, step - 2), now, null)).toBeNull();
    expect(matchingStep(secret, codeAt(secret, step + 2), now, null)).toBeNull();
  });

  it('never accepts a code of a step already used, nor an older one', () => {
    expect(matchingStep(secret, codeAt(secret, step), now, step)).toBeNull();
    expect(matchingStep(secret, codeAt(secret, step - 1), now, step)).toBeNull();
    expect(matchingStep(secret, codeAt(secret, step + 1), now, step)).toBe(step + 1);
  });

  it('refuses what is not six digits', () => {
    expect(matchingStep(secret, 'abcdef', now, null)).toBeNull();
    expect(matchingStep(secret, '12345', now, null)).toBeNull();
  });

  it('writes the URI an authenticator app scans', () => {
    const uri = otpauthUri(secret, 'amina@jazari.ma');
    expect(uri).toMatch(/^otpauth:\/\/totp\/Jazari:amina%40jazari\.ma\?/);
    expect(uri).toContain(`secret=${secret}`);
    expect(uri).toContain('period=30');
  });

  it('seals a secret so that only the same key and user open it', () => {
    const key = deriveKey('a-secret-of-at-least-thirty-two-characters', 'second-factor');
    const sealed = sealSecret(key, 'user-a', secret);
    expect(sealed.toString('utf8')).not.toContain(secret);
    expect(openSecret(key, 'user-a', sealed)).toBe(secret);
    expect(() => openSecret(key, 'user-b', sealed)).toThrow();
    const other = deriveKey('another-secret-of-at-least-thirty-two-chars', 'second-factor');
    expect(() => openSecret(other, 'user-a', sealed)).toThrow();
  });
});

describe('recovery codes', () => {
  it('are ten characters in two groups, and read back however they are typed', () => {
    const code = newRecoveryCode();
    expect(code).toMatch(/^[a-z2-9]{5}-[a-z2-9]{5}$/);
    expect(normaliseRecoveryCode(code.toUpperCase().replace('-', ' '))).toBe(code);
    expect(normaliseRecoveryCode('0000000000')).toBeNull();
    expect(normaliseRecoveryCode('short')).toBeNull();
  });
});
