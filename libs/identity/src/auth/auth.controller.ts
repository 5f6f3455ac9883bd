import { Body, Controller, HttpCode, Post, Req } from '@nestjs/common';
import {
  ApiNoContentResponse,
  ApiOkResponse,
  ApiTags,
  ApiTooManyRequestsResponse,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import { CurrentActor, Public, RequirePermission, type Actor } from '@jazari/access';
import type { FastifyRequest } from 'fastify';
import { requireUser } from '../require-user.js';
import { LoginDto, RefreshDto, SwitchTenantDto } from './auth.dto.js';
import { AuthService } from './auth.service.js';
import { clientOf } from './client-info.js';
import { invalidCredentials } from './auth.problems.js';
import { PassportAuthenticator } from './passport-authenticator.js';
import { TokenPairDto } from './token-pair.js';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    private readonly passport: PassportAuthenticator,
  ) {}

  @Post('login')
  @HttpCode(200)
  @Public()
  @ApiOkResponse({
    type: TokenPairDto,
    description: 'Signed in to the tenant used last (or the oldest membership)',
  })
  @ApiUnauthorizedResponse({
    description: '`invalid-credentials`: the same for an unknown email and a wrong password',
  })
  @ApiTooManyRequestsResponse({
    description: 'Too many attempts from this address or on this account; see Retry-After',
  })
  async login(@Body() _body: LoginDto, @Req() request: FastifyRequest): Promise<TokenPairDto> {
    // The body is validated (LoginDto) before passport's local strategy reads it.
    const userId = await this.passport.authenticate<string>('local', request);
    if (!userId) throw invalidCredentials();
    return this.auth.signIn(userId, clientOf(request));
  }

  @Post('refresh')
  @HttpCode(200)
  @Public()
  @ApiOkResponse({ type: TokenPairDto, description: 'A new pair; the refresh token sent is now used up' })
  @ApiUnauthorizedResponse({ description: 'Unknown, expired or reused token (reuse ends the whole session)' })
  @ApiTooManyRequestsResponse({ description: 'Too many attempts from this address; see Retry-After' })
  refresh(@Body() body: RefreshDto, @Req() request: FastifyRequest): Promise<TokenPairDto> {
    return this.auth.refresh(body.refreshToken, clientOf(request));
  }

  @Post('logout')
  @HttpCode(204)
  @Public()
  @ApiNoContentResponse({ description: 'The session of this refresh token is over (also if it already was)' })
  logout(@Body() body: RefreshDto): Promise<void> {
    return this.auth.logout(body.refreshToken);
  }

  @Post('switch-tenant')
  @HttpCode(200)
  @RequirePermission('sessions.manage')
  @ApiOkResponse({ type: TokenPairDto, description: 'A session in the other tenant; the current one ends' })
  switchTenant(
    @CurrentActor() actor: Actor,
    @Body() body: SwitchTenantDto,
    @Req() request: FastifyRequest,
  ): Promise<TokenPairDto> {
    return this.auth.switchTenant(requireUser(actor), body.tenantId, clientOf(request));
  }
}
