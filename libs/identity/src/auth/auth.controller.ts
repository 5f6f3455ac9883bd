import { Body, Controller, Inject, Req, Res } from '@nestjs/common';
import { ApiHeader, ApiTags } from '@nestjs/swagger';
import { CurrentActor, type Actor, ActionRoute } from '@jazari/access';
import { APP_CONFIG, type AppConfig } from '@jazari/config';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { requireUser } from '../require-user.js';
import { LoginDto, RefreshDto, SwitchTenantDto } from './auth.dto.js';
import { AuthService } from './auth.service.js';
import { clientOf } from './client-info.js';
import { invalidCredentials, invalidRefreshToken } from './auth.problems.js';
import {
  answerWithCookie,
  assertSameOrigin,
  clearRefreshCookie,
  refreshTokenFromCookie,
  SESSION_MODE_HEADER,
  wantsCookieSession,
} from './refresh-cookie.js';
import { PassportAuthenticator } from './passport-authenticator.js';
import { TokenPairDto } from './token-pair.js';
import { SecondFactorChallengeDto } from '../second-factor/second-factor.dto.js';
import { SignInGate } from '../second-factor/sign-in-gate.js';

const COOKIE_MODE = ApiHeader({
  name: SESSION_MODE_HEADER,
  required: false,
  description:
    'The web app sends `cookie`: the refresh token then comes and goes in an HttpOnly, Secure, ' +
    'SameSite=Strict cookie scoped to /api/v1/auth instead of the body (docs/identity.md#the-web-apps-session)',
});

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    private readonly passport: PassportAuthenticator,
    private readonly gate: SignInGate,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** In cookie mode the refresh token goes into the cookie; otherwise the pair is answered as it is. */
  private answer(request: FastifyRequest, reply: FastifyReply, pair: TokenPairDto): TokenPairDto {
    return wantsCookieSession(request) ? answerWithCookie(reply, pair) : pair;
  }

  /** The refresh token of the body, else (in cookie mode, from our own pages only) the cookie's. */
  private refreshTokenOf(request: FastifyRequest, body: RefreshDto): string | undefined {
    if (body?.refreshToken) return body.refreshToken;
    if (!wantsCookieSession(request)) return undefined;
    assertSameOrigin(request, this.config);
    return refreshTokenFromCookie(request);
  }

  @ActionRoute({
    method: 'post',
    path: 'login',
    status: 200,
    permission: 'public',
    summary: 'Sign in with e-mail and password',
    ok: {
      type: TokenPairDto,
      description: 'Signed in to the tenant used last (or the oldest membership)',
    },
    accepted: {
      type: SecondFactorChallengeDto,
      description:
        'The password is right, and a second factor must follow: answer the challenge (POST /auth/second-factor), ' +
        'or, when `enrolmentRequired`, set one up first (POST /auth/second-factor/totp)',
    },
    problems: {
      401: '`invalid-credentials`: the same for an unknown email and a wrong password',
      429: 'Too many attempts from this address or on this account; see Retry-After',
    },
  })
  @COOKIE_MODE
  async login(
    @Body() _body: LoginDto,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<TokenPairDto | SecondFactorChallengeDto> {
    // The body is validated (LoginDto) before passport's local strategy reads it.
    const userId = await this.passport.authenticate<string>('local', request);
    if (!userId) throw invalidCredentials();
    const outcome = await this.gate.afterPrimary(userId, clientOf(request));
    if (outcome.challenge) {
      void reply.status(202);
      return outcome.challenge;
    }
    return this.answer(request, reply, outcome.session);
  }

  @ActionRoute({
    method: 'post',
    path: 'refresh',
    status: 200,
    permission: 'public',
    summary: 'Exchange a refresh token for a new token pair',
    ok: { type: TokenPairDto, description: 'A new pair; the refresh token sent is now used up' },
    problems: {
      401: 'Unknown, expired or reused token (reuse ends the whole session)',
      403: '`cross-origin-request`: cookie mode from a page of another origin',
      429: 'Too many attempts from this address; see Retry-After',
    },
  })
  @COOKIE_MODE
  async refresh(
    @Body() body: RefreshDto,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<TokenPairDto> {
    const token = this.refreshTokenOf(request, body);
    if (!token) throw invalidRefreshToken();
    try {
      return this.answer(request, reply, await this.auth.refresh(token, clientOf(request)));
    } catch (error) {
      // A cookie that no longer opens a session is of no use to the browser: drop it.
      if (wantsCookieSession(request)) clearRefreshCookie(reply);
      throw error;
    }
  }

  @ActionRoute({
    method: 'post',
    path: 'logout',
    status: 204,
    permission: 'public',
    summary: 'End the session of a refresh token',
    noContent: { description: 'The session of this refresh token is over (also if it already was)' },
    problems: { 403: '`cross-origin-request`: cookie mode from a page of another origin' },
  })
  @COOKIE_MODE
  async logout(
    @Body() body: RefreshDto,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<void> {
    const token = this.refreshTokenOf(request, body);
    if (wantsCookieSession(request)) clearRefreshCookie(reply);
    if (token) await this.auth.logout(token);
  }

  @ActionRoute({
    method: 'post',
    path: 'switch-tenant',
    status: 200,
    permission: 'sessions.manage',
    summary: 'Switch the session to another tenant of the caller',
    ok: { type: TokenPairDto, description: 'A session in the other tenant; the current one ends' },
  })
  @COOKIE_MODE
  async switchTenant(
    @CurrentActor() actor: Actor,
    @Body() body: SwitchTenantDto,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<TokenPairDto> {
    const pair = await this.auth.switchTenant(requireUser(actor), body.tenantId, clientOf(request));
    return this.answer(request, reply, pair);
  }
}
