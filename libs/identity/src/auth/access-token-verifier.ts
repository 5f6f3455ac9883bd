import { createHmac, timingSafeEqual, type KeyObject } from 'node:crypto';

/** The header every access token we sign carries, `{"alg":"HS256","typ":"JWT"}`, base64url-encoded. */
const OUR_HEADER = Buffer.from(JSON.stringify({ alg: 'HS256', typ: 'JWT' })).toString('base64url');
const BASE64URL = /^[A-Za-z0-9_-]+$/;

export interface AccessTokenExpectations {
  readonly key: KeyObject;
  readonly issuer: string;
  readonly audience: string;
  /** Seconds of leeway on `exp` and `nbf`, as passport-jwt is given (`clockTolerance`). */
  readonly clockToleranceSeconds: number;
}

/**
 * Tokens whose signature and claims were found good, with their claims: the same token again (a client
 * sends it on every request for 15 minutes) is not hashed and parsed again — its expiry is still checked
 * on every request, and whether its session still grants anything is the database's check, as before.
 * Kept per set of expectations (each API instance has its own key, issuer and audience), bounded: cleared
 * when full.
 */
const verifiedBy = new WeakMap<AccessTokenExpectations, Map<string, Readonly<Record<string, unknown>>>>();
const MAX_VERIFIED = 10_000;

/**
 * The claims of a bearer access token when it is one of ours and valid now, else undefined.
 *
 * A narrower path than passport-jwt + jsonwebtoken, for the request path's sake (ADR 0005: their
 * machinery — passport's strategy chain, jws's stream-shaped decoding — cost a few per cent of the API's
 * CPU on a small request): it accepts only the exact header we sign with (HS256, so `alg: none` or
 * another algorithm never gets here), a correct HMAC-SHA256 signature compared in constant time, our
 * issuer and audience, and a numeric `exp` not past (with the same leeway; `nbf`, when present, reached).
 * It never accepts a token passport-jwt would refuse; whatever it does not accept — including the valid
 * tokens it is too narrow for — goes to passport as before, so the answer for those is unchanged.
 */
export function verifyOurAccessToken(
  authorization: string | undefined,
  expected: AccessTokenExpectations,
  // Whole seconds, as jsonwebtoken counts them.
  nowSeconds: number = Math.floor(Date.now() / 1000),
): Record<string, unknown> | undefined {
  if (typeof authorization !== 'string' || !authorization.startsWith('Bearer ')) return undefined;
  const token = authorization.slice(7);
  let verified = verifiedBy.get(expected);
  if (!verified) verifiedBy.set(expected, (verified = new Map<string, Readonly<Record<string, unknown>>>()));
  const known = verified.get(token);
  if (known) return inTime(known, expected, nowSeconds) ? { ...known } : undefined;
  const claims = verifiedClaims(token, expected);
  if (!claims) return undefined;
  if (verified.size >= MAX_VERIFIED) verified.clear();
  verified.set(token, Object.freeze(claims));
  return inTime(claims, expected, nowSeconds) ? { ...claims } : undefined;
}

/** `exp` not past and `nbf` (when present) reached, with the leeway, in jsonwebtoken's whole seconds. */
function inTime(
  claims: Readonly<Record<string, unknown>>,
  expected: AccessTokenExpectations,
  nowSeconds: number,
): boolean {
  const { exp, nbf } = claims;
  if (typeof exp !== 'number' || nowSeconds >= exp + expected.clockToleranceSeconds) return false;
  return nbf === undefined || (typeof nbf === 'number' && nbf <= nowSeconds + expected.clockToleranceSeconds);
}

/** The claims when the header, signature, issuer, audience and the claims' types are ours, whatever the time. */
function verifiedClaims(
  token: string,
  expected: AccessTokenExpectations,
): Record<string, unknown> | undefined {
  const firstDot = token.indexOf('.');
  const secondDot = token.indexOf('.', firstDot + 1);
  if (firstDot < 0 || secondDot < 0 || token.indexOf('.', secondDot + 1) >= 0) return undefined;
  if (token.slice(0, firstDot) !== OUR_HEADER) return undefined;
  const payloadPart = token.slice(firstDot + 1, secondDot);
  const signaturePart = token.slice(secondDot + 1);
  if (!BASE64URL.test(payloadPart) || !BASE64URL.test(signaturePart)) return undefined;
  // The signature's text, as jws compares it: another text that decodes to the same bytes (the last
  // character's unused bits) is refused, as passport-jwt refuses it.
  const signature = Buffer.from(signaturePart, 'latin1');
  const computed = Buffer.from(
    createHmac('sha256', expected.key).update(token.slice(0, secondDot)).digest('base64url'),
    'latin1',
  );
  if (signature.length !== computed.length || !timingSafeEqual(signature, computed)) return undefined;
  let claims: unknown;
  try {
    claims = JSON.parse(Buffer.from(payloadPart, 'base64url').toString('utf8'));
  } catch {
    return undefined;
  }
  if (typeof claims !== 'object' || claims === null || Array.isArray(claims)) return undefined;
  const { iss, aud, exp, nbf } = claims as Record<string, unknown>;
  if (iss !== expected.issuer || aud !== expected.audience) return undefined;
  if (typeof exp !== 'number' || (nbf !== undefined && typeof nbf !== 'number')) return undefined;
  return claims as Record<string, unknown>;
}
