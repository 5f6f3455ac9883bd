import { Body, Controller, Get, HttpCode, Post, Put, Req, Res } from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiForbiddenResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiTooManyRequestsResponse,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import { CurrentActor, Public, RequirePermission, type Actor } from '@jazari/access';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { clientOf } from '../auth/client-info.js';
import { wantsCookieSession, answerWithCookie } from '../auth/refresh-cookie.js';
import { TokenPairDto } from '../auth/token-pair.js';
import { requireUser } from '../require-user.js';
import { SecondFactorAnswerDto } from './passkey.dto.js';
import {
  ChallengeAnswerDto,
  ChallengeTokenDto,
  EnrolledSignInDto,
  RecoveryCodesDto,
  SecondFactorCodeDto,
  SecondFactorStatusDto,
  SecurityPolicyDto,
  TotpEnrolmentDto,
} from './second-factor.dto.js';
import { SecondFactorSettingsService } from './second-factor-settings.service.js';
import { SignInGate } from './sign-in-gate.js';

const WRONG_CODE = '`invalid-second-factor`: a wrong, reused or unknown code (counted like a wrong password)';

@ApiTags('me')
@Controller('me/second-factor')
export class MySecondFactorController {
  constructor(private readonly settings: SecondFactorSettingsService) {}

  @Get()
  @RequirePermission('profile.read')
  @ApiOkResponse({ type: SecondFactorStatusDto })
  @ApiOperation({
    summary: "The caller's second factor: set up or not, recovery codes left, required or not",
  })
  status(@CurrentActor() actor: Actor): Promise<SecondFactorStatusDto> {
    return this.settings.status(requireUser(actor));
  }

  @Post('totp')
  @HttpCode(200)
  @RequirePermission('profile.update')
  @ApiOkResponse({ type: TotpEnrolmentDto, description: 'A new secret; confirm it with a first code' })
  @ApiConflictResponse({ description: '`second-factor-enabled`: turn the current one off first' })
  @ApiOperation({ summary: 'Start setting up an authenticator app (TOTP)' })
  beginTotp(@CurrentActor() actor: Actor): Promise<TotpEnrolmentDto> {
    return this.settings.beginTotp(requireUser(actor));
  }

  @Post('totp/confirm')
  @HttpCode(200)
  @RequirePermission('profile.update')
  @ApiOkResponse({ type: RecoveryCodesDto, description: 'Set up; the recovery codes are shown this once' })
  @ApiForbiddenResponse({ description: WRONG_CODE })
  @ApiConflictResponse({ description: '`no-pending-enrolment`, `second-factor-enabled`' })
  @ApiTooManyRequestsResponse({ description: 'Too many wrong codes; see Retry-After' })
  @ApiOperation({ summary: 'Confirm the authenticator app with its first code' })
  confirmTotp(
    @CurrentActor() actor: Actor,
    @Body() body: SecondFactorCodeDto,
    @Req() request: FastifyRequest,
  ): Promise<RecoveryCodesDto> {
    return this.settings.confirmTotp(requireUser(actor), body.code, request.ip);
  }

  @Post('recovery-codes')
  @HttpCode(200)
  @RequirePermission('profile.update')
  @ApiOkResponse({ type: RecoveryCodesDto, description: 'Ten new codes; the old ones no longer work' })
  @ApiForbiddenResponse({ description: WRONG_CODE })
  @ApiOperation({ summary: 'New recovery codes (needs a current code)' })
  renewRecoveryCodes(
    @CurrentActor() actor: Actor,
    @Body() body: SecondFactorCodeDto,
    @Req() request: FastifyRequest,
  ): Promise<RecoveryCodesDto> {
    return this.settings.renewRecoveryCodes(requireUser(actor), body.code, request.ip);
  }

  @Post('disable')
  @HttpCode(204)
  @RequirePermission('profile.update')
  @ApiNoContentResponse({ description: 'The factor and its recovery codes are gone' })
  @ApiForbiddenResponse({ description: WRONG_CODE })
  @ApiConflictResponse({ description: '`second-factor-mandatory`: you must keep one' })
  @ApiOperation({ summary: 'Turn the second factor off (needs a current code)' })
  async disable(
    @CurrentActor() actor: Actor,
    @Body() body: SecondFactorCodeDto,
    @Req() request: FastifyRequest,
  ): Promise<void> {
    await this.settings.disable(requireUser(actor), body.code, request.ip);
  }
}

@ApiTags('auth')
@Controller('auth/second-factor')
export class SignInSecondFactorController {
  constructor(private readonly gate: SignInGate) {}

  @Post()
  @HttpCode(200)
  @Public()
  @ApiOkResponse({ type: TokenPairDto, description: 'Signed in (cookie mode as at sign-in)' })
  @ApiUnauthorizedResponse({ description: `${WRONG_CODE}; \`invalid-challenge\`: sign in again` })
  @ApiTooManyRequestsResponse({ description: 'Too many wrong codes; see Retry-After' })
  @ApiOperation({
    summary: "Answer sign-in's second step with a TOTP or recovery code, or a passkey's assertion",
  })
  async answer(
    @Body() body: SecondFactorAnswerDto,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<TokenPairDto> {
    const pair = await this.gate.answer(
      body.challengeToken,
      { code: body.code, passkey: body.passkey },
      clientOf(request),
    );
    return wantsCookieSession(request) ? answerWithCookie(reply, pair) : pair;
  }

  @Post('totp')
  @HttpCode(200)
  @Public()
  @ApiOkResponse({
    type: TotpEnrolmentDto,
    description: 'A secret to scan, for a person who must set one up',
  })
  @ApiUnauthorizedResponse({ description: '`invalid-challenge`' })
  @ApiConflictResponse({ description: '`second-factor-enabled`: answer the challenge with a code instead' })
  @ApiOperation({ summary: 'During sign-in: start setting up a required authenticator app' })
  beginTotp(@Body() body: ChallengeTokenDto): Promise<TotpEnrolmentDto> {
    return this.gate.beginEnrolment(body.challengeToken);
  }

  @Post('totp/confirm')
  @HttpCode(200)
  @Public()
  @ApiOkResponse({
    type: EnrolledSignInDto,
    description: 'Set up and signed in; recovery codes shown this once',
  })
  @ApiUnauthorizedResponse({ description: `${WRONG_CODE}; \`invalid-challenge\`` })
  @ApiOperation({ summary: 'During sign-in: confirm the authenticator app with its first code' })
  async confirmTotp(
    @Body() body: ChallengeAnswerDto,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<EnrolledSignInDto> {
    const { pair, recoveryCodes } = await this.gate.confirmEnrolment(
      body.challengeToken,
      body.code,
      clientOf(request),
    );
    const answered = wantsCookieSession(request) ? answerWithCookie(reply, pair) : pair;
    return { ...answered, recoveryCodes };
  }
}

@ApiTags('members')
@Controller('security-policy')
export class SecurityPolicyController {
  constructor(private readonly settings: SecondFactorSettingsService) {}

  @Get()
  @RequirePermission('members.manage')
  @ApiOkResponse({ type: SecurityPolicyDto })
  @ApiOperation({ summary: "This tenant's sign-in rules for its members" })
  policy(@CurrentActor() actor: Actor): Promise<SecurityPolicyDto> {
    return this.settings.policy(requireUser(actor));
  }

  @Put()
  @RequirePermission('members.manage')
  @ApiOkResponse({ type: SecurityPolicyDto })
  @ApiOperation({ summary: "Require (or not) a second factor of this tenant's members" })
  setPolicy(@CurrentActor() actor: Actor, @Body() body: SecurityPolicyDto): Promise<SecurityPolicyDto> {
    return this.settings.setPolicy(requireUser(actor), body);
  }
}
