import { applyDecorators, Body, Controller, HttpCode, Post, Req } from '@nestjs/common';
import {
  ApiAcceptedResponse,
  ApiBadRequestResponse,
  ApiGoneResponse,
  ApiNoContentResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiTooManyRequestsResponse,
} from '@nestjs/swagger';
import { Public } from '@jazari/access';
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

  @Post()
  @HttpCode(202)
  @Public()
  @ApiAcceptedResponse({
    type: PasswordResetRequestedDto,
    description: 'The same answer whether the address is known or not; if it is, a link is e-mailed',
  })
  @ApiTooManyRequestsResponse({ description: 'Too many requests from this address or for this e-mail' })
  @ApiOperation({ summary: 'Ask for a password reset link by e-mail' })
  request(
    @Body() body: RequestPasswordResetDto,
    @Req() request: FastifyRequest,
  ): Promise<PasswordResetRequestedDto> {
    return this.resets.request(body.email, clientOf(request));
  }

  @Post('check')
  @HttpCode(200)
  @Public()
  @ApiOkResponse({ type: PasswordResetLinkDto, description: 'The link works, until `expiresAt`' })
  @LINK_REFUSED
  @ApiOperation({ summary: 'Tell whether a password reset link still works' })
  check(@Body() body: PasswordResetTokenDto, @Req() request: FastifyRequest): Promise<PasswordResetLinkDto> {
    return this.resets.check(body.token, clientOf(request));
  }

  @Post('complete')
  @HttpCode(204)
  @Public()
  @ApiNoContentResponse({
    description: 'Password set; every session of the person ended, their other links closed; sign in next',
  })
  @ApiBadRequestResponse({ description: '`validation-failed`: a password too short or too long' })
  @LINK_REFUSED
  @ApiOperation({ summary: 'Set a new password with a reset link' })
  async complete(@Body() body: CompletePasswordResetDto, @Req() request: FastifyRequest): Promise<void> {
    await this.resets.complete(body.token, body.password, clientOf(request));
  }
}
