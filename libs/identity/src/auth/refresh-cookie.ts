import { HttpStatus } from '@nestjs/common';
import type { AppConfig } from '@jazari/config';
import { ProblemException } from '@jazari/http';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { TokenPairDto } from './token-pair.js';

/**
 * The browser's session: the web app never holds the refresh token. It asks for cookie mode with
 * `X-Jazari-Session: cookie`; the refresh token then travels only in an HttpOnly, Secure,
 * SameSite=Strict cookie scoped to the auth routes, and the access token (15 minutes) lives in the
 * page's memory. API clients keep the bearer pair in the body, as before.
 *
 * CSRF: the cookie is sent only to same-site requests to `/api/v1/auth`, and a request that relies on it
 * must carry the custom header (which a cross-origin page cannot send without a CORS preflight we do not
 * grant) and, when the browser says where it comes from, come from our own origin.
 */
export const SESSION_MODE_HEADER = 'x-jazari-session';
export const REFRESH_COOKIE = 'jazari_refresh';
export const REFRESH_COOKIE_PATH = '/api/v1/auth';

export function wantsCookieSession(request: FastifyRequest): boolean {
  return request.headers[SESSION_MODE_HEADER] === 'cookie';
}

export function refreshTokenFromCookie(request: FastifyRequest): string | undefined {
  const header = request.headers.cookie;
  if (!header) return undefined;
  for (const part of header.split(';')) {
    const at = part.indexOf('=');
    if (at < 0) continue;
    if (part.slice(0, at).trim() === REFRESH_COOKIE) {
      const value = part.slice(at + 1).trim();
      return value && /^[A-Za-z0-9_\-.]+$/.test(value) ? value : undefined;
    }
  }
  return undefined;
}

/** Refuses a cookie-authenticated request that a page of another origin could have made. */
export function assertSameOrigin(request: FastifyRequest, config: AppConfig): void {
  const site = request.headers['sec-fetch-site'];
  const origin = request.headers.origin;
  const own = new Set([new URL(config.publicUrl).origin]);
  const host = request.headers.host;
  if (host) own.add(`${request.protocol}://${host}`);
  const crossSite =
    (typeof site === 'string' && site !== 'same-origin' && site !== 'none') ||
    (typeof origin === 'string' && !own.has(origin));
  if (crossSite) {
    throw new ProblemException(
      HttpStatus.FORBIDDEN,
      'cross-origin-request',
      'This request did not come from Jazari',
      'A session cookie is only accepted from Jazari’s own pages.',
    );
  }
}

/** Puts the pair's refresh token in the cookie and leaves it out of the body. */
export function answerWithCookie(reply: FastifyReply, pair: TokenPairDto): TokenPairDto {
  void reply.header(
    'set-cookie',
    `${REFRESH_COOKIE}=${pair.refreshToken}; Path=${REFRESH_COOKIE_PATH}; Max-Age=${pair.refreshExpiresIn}; ` +
      'HttpOnly; Secure; SameSite=Strict',
  );
  const { refreshToken: _kept, ...body } = pair;
  return body as TokenPairDto;
}

export function clearRefreshCookie(reply: FastifyReply): void {
  void reply.header(
    'set-cookie',
    `${REFRESH_COOKIE}=; Path=${REFRESH_COOKIE_PATH}; Max-Age=0; HttpOnly; Secure; SameSite=Strict`,
  );
}
