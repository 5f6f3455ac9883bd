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
  const firstDot = token.indexOf('.');
  const secondDot = token.indexOf('.', firstDot + 1);
  if (firstDot < 0 || secondDot < 0 || token.indexOf('.', secondDot + 1) >= 0) return undefined;
  if (token.slice(0, firstDot) !== OUR_HEADER) return undefined;
  const payloadPart = token.slice(firstDot + 1, secondDot);
  const signaturePart = token.slice(secondDot + 1);
  if (!BASE64URL.test(payloadPart) || !BASE64URL.test(signaturePart)) return undefined;
  const signature = Buffer.from(signaturePart, 'base64url');
  const computed = createHmac('sha256', expected.key).update(token.slice(0, secondDot)).digest();
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
  if (typeof exp !== 'number' || nowSeconds >= exp + expected.clockToleranceSeconds) return undefined;
  if (nbf !== undefined && (typeof nbf !== 'number' || nbf > nowSeconds + expected.clockToleranceSeconds))
    return undefined;
  return claims as Record<string, unknown>;
}
