import { Body, Controller, HttpStatus, Param, Query, Redirect, Req, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CurrentActor, type Actor, ReadRoute, ActionRoute } from '@jazari/access';
import { ProblemException } from '@jazari/http';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { clientOf } from '../auth/client-info.js';
import { REFRESH_COOKIE, REFRESH_COOKIE_PATH } from '../auth/refresh-cookie.js';
import { requireUser } from '../require-user.js';
import type { SecondFactorChallenge } from '../second-factor/sign-in-gate.js';
import { SsoConfigService } from './sso-config.service.js';
import { SsoRefused } from './sso-refused.js';
import { SSO_ATTEMPT_TTL_SECONDS, SsoSignInService } from './sso-sign-in.service.js';
import {
  SaveSsoConfigDto,
  SignInOptionsDto,
  SignInOptionsQuery,
  SsoSettingsDto,
  SsoStartQuery,
} from './sso.dto.js';

/**
 * The browser's round trip holds the state in this cookie. SameSite=Lax, not Strict: the provider sends
 * the person back with a cross-site top-level GET, which Lax cookies accompany and Strict ones do not.
 */
export const SSO_STATE_COOKIE = 'jazari_sso';
const SSO_COOKIE_PATH = '/api/v1/auth/sso';

function stateCookie(value: string, maxAge: number): string {
  return `${SSO_STATE_COOKIE}=${value}; Path=${SSO_COOKIE_PATH}; Max-Age=${maxAge}; HttpOnly; Secure; SameSite=Lax`;
}

function cookieValue(request: FastifyRequest, name: string): string | undefined {
  for (const part of (request.headers.cookie ?? '').split(';')) {
    const at = part.indexOf('=');
    if (at > 0 && part.slice(0, at).trim() === name) return part.slice(at + 1).trim();
  }
  return undefined;
}

/** A path of this app to land on after signing in; anything else (another origin, `//host`) is home. */
export function safeNext(next: string | undefined): string {
  return next && /^\/(?![/\\])[^\s]*$/.test(next) && !next.startsWith('/api/') ? next : '/';
}

function signInPageWith(error: SsoRefused): string {
  const query = new URLSearchParams({ 'sso-error': error.reason });
  if (error.tenantSlug) query.set('tenant', error.tenantSlug);
  return `/sign-in?${query.toString()}`;
}

/**
 * The sign-in page's second step, after a single sign-on that a second factor must follow: the challenge
 * (as `POST /auth/login` answers it with a 202) rides in the URL's fragment, which the browser sends to no
 * server and puts in no Referer; the page reads it, drops it from the address, and asks for the code.
 */
function challengePage(challenge: SecondFactorChallenge, next: string): string {
  const fragment = new URLSearchParams({
    challenge: Buffer.from(JSON.stringify(challenge)).toString('base64url'),
  });
  return `/sign-in?${new URLSearchParams({ sso: 'challenge', next }).toString()}#${fragment.toString()}`;
}

@ApiTags('auth')
@Controller('auth/sso')
export class SsoSignInController {
  constructor(private readonly signIns: SsoSignInService) {}

  @ReadRoute({
    path: 'options',
    permission: 'public',
    summary: 'How a tenant (by slug or e-mail domain) signs in',
    ok: { type: SignInOptionsDto, description: 'The tenant signs in through its OpenID provider' },
    noContent: {
      description:
        'No tenant with single sign-on by that slug or e-mail domain: sign in with a password. Not an error ' +
        '(the sign-in page asks for every address typed), so no problem document',
    },
  })
  async options(
    @Query() query: SignInOptionsQuery,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<SignInOptionsDto | undefined> {
    const found = await this.signIns.options(query.tenant, query.email);
    if (!found) {
      void reply.status(HttpStatus.NO_CONTENT);
      return undefined;
    }
    return {
      tenant: { slug: found.slug, name: found.names },
      ssoName: found.displayName,
      startUrl: `/api/v1/auth/sso/${encodeURIComponent(found.slug)}/start`,
      passwordSignIn: found.passwordSignIn,
    };
  }

  @ReadRoute({
    path: ':tenant/start',
    permission: 'public',
    summary: 'Start signing in through the tenant’s OpenID provider (a browser navigation)',
    found: {
      description:
        'To the provider’s authorization endpoint (code flow, PKCE S256, state, nonce), with the state cookie; ' +
        'or back to `/sign-in?sso-error=…` when the tenant has no single sign-on or its provider does not answer',
    },
  })
  @Redirect()
  async start(
    @Param('tenant') tenant: string,
    @Query() query: SsoStartQuery,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<{ url: string; statusCode: number }> {
    try {
      const { url, state } = await this.signIns.start(tenant, safeNext(query.next), clientOf(request));
      void reply.header('set-cookie', stateCookie(state, SSO_ATTEMPT_TTL_SECONDS));
      void reply.header('cache-control', 'no-store');
      return { url, statusCode: 302 };
    } catch (error) {
      if (error instanceof SsoRefused) return { url: signInPageWith(error), statusCode: 302 };
      throw error;
    }
  }

  @ReadRoute({
    path: 'callback',
    permission: 'public',
    summary: 'Where the OpenID provider sends the person back (the redirect URI)',
    found: {
      description:
        'Signed in: to `/sign-in?sso=done&next=<page asked for>` with the session’s refresh cookie (as a ' +
        'password sign-in in cookie mode; the page takes the session up and goes on); refused: to ' +
        '`/sign-in?sso-error=<reason>&tenant=<slug>`, no cookie',
    },
  })
  @Redirect()
  async callback(
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<{ url: string; statusCode: number }> {
    const search = request.url.includes('?') ? request.url.slice(request.url.indexOf('?')) : '';
    const cookies = [stateCookie('', 0)];
    void reply.header('cache-control', 'no-store');
    try {
      const { outcome, next } = await this.signIns.callback(
        search,
        cookieValue(request, SSO_STATE_COOKIE),
        clientOf(request),
      );
      if (outcome.challenge) {
        void reply.header('set-cookie', cookies);
        return { url: challengePage(outcome.challenge, next), statusCode: 302 };
      }
      const pair = outcome.session;
      cookies.push(
        `${REFRESH_COOKIE}=${pair.refreshToken}; Path=${REFRESH_COOKIE_PATH}; Max-Age=${pair.refreshExpiresIn}; ` +
          'HttpOnly; Secure; SameSite=Strict',
      );
      void reply.header('set-cookie', cookies);
      // The sign-in page picks the session up from the cookie (the app holds no token yet), then goes on.
      return { url: `/sign-in?${new URLSearchParams({ sso: 'done', next }).toString()}`, statusCode: 302 };
    } catch (error) {
      void reply.header('set-cookie', cookies);
      if (error instanceof SsoRefused) return { url: signInPageWith(error), statusCode: 302 };
      if (error instanceof ProblemException && error.getStatus() === 429) {
        return { url: signInPageWith(new SsoRefused('sso-failed')), statusCode: 302 };
      }
      throw error;
    }
  }
}

@ApiTags('sso')
@Controller('sso-config')
export class SsoConfigController {
  constructor(private readonly configs: SsoConfigService) {}

  @ReadRoute({
    permission: 'sso.manage',
    summary: 'The tenant’s single sign-on configuration (the client secret only as "set")',
    ok: SsoSettingsDto,
  })
  get(@CurrentActor() actor: Actor): Promise<SsoSettingsDto> {
    return this.configs.get(actor);
  }

  @ActionRoute({
    method: 'put',
    permission: 'sso.manage',
    summary: 'Set the tenant’s OpenID provider, who may join through it, and password sign-in',
    ok: SsoSettingsDto,
    problems: {
      422: '`issuer-unreachable`: no discovery document; `role-not-allowed`: not a first-sign-in role',
    },
  })
  save(@CurrentActor() actor: Actor, @Body() body: SaveSsoConfigDto): Promise<SsoSettingsDto> {
    return this.configs.save(requireUser(actor), body);
  }

  @ActionRoute({
    method: 'delete',
    status: 204,
    permission: 'sso.manage',
    summary: 'Remove the tenant’s single sign-on',
    noContent: {
      description: 'Removed (also when there was none); password sign-in is back for all',
    },
  })
  remove(@CurrentActor() actor: Actor): Promise<void> {
    return this.configs.remove(requireUser(actor));
  }
}
