import { Body, Controller, HttpCode, Inject, Post, Req, Res } from '@nestjs/common';
import {
  ApiAcceptedResponse,
  ApiForbiddenResponse,
  ApiHeader,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiTags,
  ApiTooManyRequestsResponse,
  ApiUnauthorizedResponse,
  ApiOperation,
} from '@nestjs/swagger';
import { CurrentActor, Public, RequirePermission, type Actor } from '@jazari/access';
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

  @Post('login')
  @HttpCode(200)
  @Public()
  @ApiOkResponse({
    type: TokenPairDto,
    description: 'Signed in to the tenant used last (or the oldest membership)',
  })
  @ApiAcceptedResponse({
    type: SecondFactorChallengeDto,
    description:
      'The password is right, and a second factor must follow: answer the challenge (POST /auth/second-factor), ' +
      'or, when `enrolmentRequired`, set one up first (POST /auth/second-factor/totp)',
  })
  @ApiUnauthorizedResponse({
    description: '`invalid-credentials`: the same for an unknown email and a wrong password',
  })
  @ApiTooManyRequestsResponse({
    description: 'Too many attempts from this address or on this account; see Retry-After',
  })
  @COOKIE_MODE
  @ApiOperation({ summary: 'Sign in with e-mail and password' })
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

  @Post('refresh')
  @HttpCode(200)
  @Public()
  @ApiOkResponse({ type: TokenPairDto, description: 'A new pair; the refresh token sent is now used up' })
  @ApiUnauthorizedResponse({ description: 'Unknown, expired or reused token (reuse ends the whole session)' })
  @ApiForbiddenResponse({ description: '`cross-origin-request`: cookie mode from a page of another origin' })
  @ApiTooManyRequestsResponse({ description: 'Too many attempts from this address; see Retry-After' })
  @COOKIE_MODE
  @ApiOperation({ summary: 'Exchange a refresh token for a new token pair' })
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

  @Post('logout')
  @HttpCode(204)
  @Public()
  @ApiNoContentResponse({ description: 'The session of this refresh token is over (also if it already was)' })
  @ApiForbiddenResponse({ description: '`cross-origin-request`: cookie mode from a page of another origin' })
  @COOKIE_MODE
  @ApiOperation({ summary: 'End the session of a refresh token' })
  async logout(
    @Body() body: RefreshDto,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<void> {
    const token = this.refreshTokenOf(request, body);
    if (wantsCookieSession(request)) clearRefreshCookie(reply);
    if (token) await this.auth.logout(token);
  }

  @Post('switch-tenant')
  @HttpCode(200)
  @RequirePermission('sessions.manage')
  @ApiOkResponse({ type: TokenPairDto, description: 'A session in the other tenant; the current one ends' })
  @COOKIE_MODE
  @ApiOperation({ summary: 'Switch the session to another tenant of the caller' })
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
