import { applyDecorators, Body, Controller, Req } from '@nestjs/common';
import { ApiGoneResponse, ApiNotFoundResponse, ApiTags, ApiTooManyRequestsResponse } from '@nestjs/swagger';
import { ActionRoute } from '@jazari/access';
import type { FastifyRequest } from 'fastify';
import { clientOf } from '../auth/client-info.js';
import {
  CompletePasswordResetDto,
  PasswordResetLinkDto,
  PasswordResetRequestedDto,
  PasswordResetTokenDto,
  RequestPasswordResetDto,
} from './password-reset.dto.js';
import { PasswordResetService } from './password-reset.service.js';

const LINK_REFUSED = applyDecorators(
  ApiNotFoundResponse({ description: 'Not a link this server made (unknown or tampered token)' }),
  ApiGoneResponse({
    description: '`reset-link-used`: already used; `reset-link-expired`: past its 30 minutes, or closed',
  }),
  ApiTooManyRequestsResponse({ description: 'Too many attempts from this address; see Retry-After' }),
);

@ApiTags('auth')
@Controller('auth/password-reset')
export class PasswordResetController {
  constructor(private readonly resets: PasswordResetService) {}

  @ActionRoute({
    method: 'post',
    status: 202,
    permission: 'public',
    summary: 'Ask for a password reset link by e-mail',
    accepted: {
      type: PasswordResetRequestedDto,
      description: 'The same answer whether the address is known or not; if it is, a link is e-mailed',
    },
    problems: { 429: 'Too many requests from this address or for this e-mail' },
  })
  request(
    @Body() body: RequestPasswordResetDto,
    @Req() request: FastifyRequest,
  ): Promise<PasswordResetRequestedDto> {
    return this.resets.request(body.email, clientOf(request));
  }

  @ActionRoute({
    method: 'post',
    path: 'check',
    status: 200,
    permission: 'public',
    summary: 'Tell whether a password reset link still works',
    ok: { type: PasswordResetLinkDto, description: 'The link works, until `expiresAt`' },
  })
  @LINK_REFUSED
  check(@Body() body: PasswordResetTokenDto, @Req() request: FastifyRequest): Promise<PasswordResetLinkDto> {
    return this.resets.check(body.token, clientOf(request));
  }

  @ActionRoute({
    method: 'post',
    path: 'complete',
    status: 204,
    permission: 'public',
    summary: 'Set a new password with a reset link',
    noContent: {
      description: 'Password set; every session of the person ended, their other links closed; sign in next',
    },
    problems: { 400: '`validation-failed`: a password too short or too long' },
  })
  @LINK_REFUSED
  async complete(@Body() body: CompletePasswordResetDto, @Req() request: FastifyRequest): Promise<void> {
    await this.resets.complete(body.token, body.password, clientOf(request));
  }
}
