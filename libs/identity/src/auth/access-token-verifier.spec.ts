import { createHmac, createSecretKey } from 'node:crypto';
import { describe, expect, it } from '@jest/globals';
import jwt from 'jsonwebtoken';
import { verifyOurAccessToken } from './access-token-verifier.js';

const secret = Buffer.from('an-access-token-key-of-at-least-32-bytes!');
const key = createSecretKey(secret);
const expected = { key, issuer: 'jazari', audience: 'jazari-api', clockToleranceSeconds: 5 };
const now = Math.floor(Date.now() / 1000);
const claims = { tid: 't', kind: 'institute', role: 'researcher', sid: 's' };

/** Signs like AccessTokenService; `noExpiry` leaves `exp` to the payload (or out). */
const sign = (
  payload: object,
  options: jwt.SignOptions = {},
  withKey: Buffer | string = secret,
  noExpiry = false,
) =>
  jwt.sign(payload, withKey, {
    algorithm: 'HS256',
    subject: 'u',
    issuer: 'jazari',
    audience: 'jazari-api',
    ...(noExpiry ? {} : { expiresIn: 900 }),
    ...options,
  });

/** What passport-jwt decides for the same token (the options PassportAuthenticator gives it). */
function passportAccepts(token: string, at = now): boolean {
  try {
    jwt.verify(token, key as unknown as Buffer, {
      algorithms: ['HS256'],
      issuer: 'jazari',
      audience: 'jazari-api',
      clockTolerance: 5,
      clockTimestamp: at,
    });
    return true;
  } catch {
    return false;
  }
}

const b64 = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
/** A token jsonwebtoken would not sign (a claim of the wrong type), with a correct signature. */
function signedByHand(body: object): string {
  const unsigned = `${b64({ alg: 'HS256', typ: 'JWT' })}.${b64(body)}`;
  return `${unsigned}.${createHmac('sha256', secret).update(unsigned).digest('base64url')}`;
}

const good = sign(claims);
const [header, payload, signature] = good.split('.') as [string, string, string];

/** Tokens passport-jwt refuses, and a few it accepts that the narrow path leaves to it. */
const B64URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
function otherUnusedBits(last: string): string {
  return B64URL[B64URL.indexOf(last) ^ 1];
}

const cases: Record<string, string> = {
  'ours, valid': good,
  'expired beyond the leeway': sign({ ...claims, exp: now - 6 }, {}, secret, true),
  'expired within the leeway': sign({ ...claims, exp: now - 4 }, {}, secret, true),
  'expiring at the leeway': sign({ ...claims, exp: now - 5 }, {}, secret, true),
  'not before, in the future': sign(claims, { notBefore: 60 }),
  'not before, within the leeway': sign({ ...claims, nbf: now + 5 }),
  'another issuer': sign(claims, { issuer: 'someone-else' }),
  'another audience': sign(claims, { audience: 'another-api' }),
  'audience as a list': sign(claims, { audience: ['other', 'jazari-api'] }),
  'another key': sign(claims, {}, 'another-secret-another-secret-another-secret'),
  HS512: sign(claims, { algorithm: 'HS512' }),
  'alg none': `${b64({ alg: 'none', typ: 'JWT' })}.${payload}.`,
  'header without typ': sign(claims, { header: { alg: 'HS256' } }),
  'tampered payload': `${header}.${b64({ ...claims, role: 'institute_manager', iss: 'jazari', aud: 'jazari-api', exp: now + 900 })}.${signature}`,
  'truncated signature': `${header}.${payload}.${signature.slice(0, -2)}`,
  // The last character of a 32-byte signature carries 2 unused bits: another character there decodes to
  // the same bytes, and passport-jwt (which compares the text) refuses it.
  'signature with other unused bits': `${header}.${payload}.${signature.slice(0, -1)}${otherUnusedBits(signature.slice(-1))}`,
  'no expiry': sign(claims, {}, secret, true),
  'expiry not a number': signedByHand({
    ...claims,
    sub: 'u',
    iss: 'jazari',
    aud: 'jazari-api',
    exp: String(now + 900),
  }),
  'four parts': `${good}.x`,
  'two parts': `${header}.${payload}`,
  'payload not JSON': `${header}.${Buffer.from('nope').toString('base64url')}.${signature}`,
};

describe('the narrow access-token path', () => {
  it('accepts a token we signed, with the claims passport-jwt reads', () => {
    expect(verifyOurAccessToken(`Bearer ${good}`, expected, now)).toEqual(jwt.decode(good));
  });

  it('never accepts a token passport-jwt refuses, and gives the same claims when it accepts', () => {
    for (const [name, token] of Object.entries(cases)) {
      for (const at of [now, now + 890, now + 904, now + 905, now + 1000]) {
        const narrow = verifyOurAccessToken(`Bearer ${token}`, expected, at);
        if (narrow) {
          expect({ name, at, passport: passportAccepts(token, at) }).toEqual({ name, at, passport: true });
          expect(narrow).toEqual(jwt.decode(token));
        }
      }
    }
    expect(verifyOurAccessToken(`Bearer ${cases['another key']}`, expected, now)).toBeUndefined();
    expect(verifyOurAccessToken(`Bearer ${cases['alg none']}`, expected, now)).toBeUndefined();
    expect(verifyOurAccessToken(`Bearer ${cases['tampered payload']}`, expected, now)).toBeUndefined();
    expect(
      verifyOurAccessToken(`Bearer ${cases['expired beyond the leeway']}`, expected, now),
    ).toBeUndefined();
  });

  it('checks the expiry of a token it has already verified, and never accepts it under another key', () => {
    const once = { ...expected };
    expect(verifyOurAccessToken(`Bearer ${good}`, once, now)).toBeDefined();
    expect(verifyOurAccessToken(`Bearer ${good}`, once, now + 904)).toBeDefined();
    expect(verifyOurAccessToken(`Bearer ${good}`, once, now + 905)).toBeUndefined();
    const otherInstance = {
      ...expected,
      key: createSecretKey(Buffer.from('another-instance-key-of-32-bytes-at-least')),
    };
    expect(verifyOurAccessToken(`Bearer ${good}`, otherInstance, now)).toBeUndefined();
    const otherAudience = { ...expected, audience: 'another-api' };
    expect(verifyOurAccessToken(`Bearer ${good}`, otherAudience, now)).toBeUndefined();
    const early = sign({ ...claims, nbf: now + 60 });
    expect(verifyOurAccessToken(`Bearer ${early}`, once, now)).toBeUndefined();
    expect(verifyOurAccessToken(`Bearer ${early}`, once, now + 55)).toBeDefined();
  });

  it('leaves what is not `Bearer <token>` to passport', () => {
    expect(verifyOurAccessToken(undefined, expected, now)).toBeUndefined();
    expect(verifyOurAccessToken(good, expected, now)).toBeUndefined();
    expect(verifyOurAccessToken(`bearer ${good}`, expected, now)).toBeUndefined();
    expect(verifyOurAccessToken(`Bearer  ${good}`, expected, now)).toBeUndefined();
  });
});
