import { Body, Controller, Get, HttpCode, Param, Post, Req, Res } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiNoContentResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiTooManyRequestsResponse,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import type { RegistrationResponseJSON } from '@simplewebauthn/server';
import { CurrentActor, Public, RequirePermission, type Actor } from '@jazari/access';
import { uuidParam } from '@jazari/http';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { clientOf } from '../auth/client-info.js';
import { answerWithCookie, wantsCookieSession } from '../auth/refresh-cookie.js';
import { requireUser } from '../require-user.js';
import {
  AddedPasskeyDto,
  FactorProofDto,
  PasskeyListDto,
  PasskeyOptionsDto,
  RegisterPasskeyDto,
  SignInPasskeyEnrolmentDto,
} from './passkey.dto.js';
import { PasskeySettingsService } from './passkey-settings.service.js';
import { ChallengeTokenDto, EnrolledSignInDto } from './second-factor.dto.js';
import { SignInGate } from './sign-in-gate.js';

const WRONG_FACTOR =
  '`invalid-second-factor`: a wrong or reused code, or a passkey answer that does not verify (counted like a wrong password)';

@ApiTags('me')
@Controller('me/passkeys')
export class MyPasskeysController {
  constructor(private readonly settings: PasskeySettingsService) {}

  @Get()
  @RequirePermission('profile.read')
  @ApiOkResponse({ type: PasskeyListDto, description: 'Your passkeys, oldest first' })
  @ApiOperation({ summary: "The caller's passkeys" })
  list(@CurrentActor() actor: Actor): Promise<PasskeyListDto> {
    return this.settings.list(requireUser(actor));
  }

  @Post('authentication-options')
  @HttpCode(200)
  @RequirePermission('profile.read')
  @ApiOkResponse({
    type: PasskeyOptionsDto,
    description: 'For `startAuthentication` of @simplewebauthn/browser',
  })
  @ApiConflictResponse({ description: '`no-passkey`' })
  @ApiOperation({
    summary: 'A challenge to prove one of your passkeys (to sign a convention, add or remove a passkey)',
  })
  authenticationOptions(@CurrentActor() actor: Actor): Promise<PasskeyOptionsDto> {
    return this.settings.authenticationOptions(requireUser(actor));
  }

  @Post('registration-options')
  @HttpCode(200)
  @RequirePermission('profile.update')
  @ApiOkResponse({
    type: PasskeyOptionsDto,
    description: 'For `startRegistration` of @simplewebauthn/browser',
  })
  @ApiForbiddenResponse({ description: `${WRONG_FACTOR}; needed when you already have a second factor` })
  @ApiTooManyRequestsResponse({ description: 'Too many wrong answers; see Retry-After' })
  @ApiOperation({ summary: 'Start adding a passkey (with a fresh second factor if you have one)' })
  registrationOptions(
    @CurrentActor() actor: Actor,
    @Body() body: FactorProofDto,
    @Req() request: FastifyRequest,
  ): Promise<PasskeyOptionsDto> {
    return this.settings.registrationOptions(requireUser(actor), body, request.ip);
  }

  @Post()
  @RequirePermission('profile.update')
  @ApiCreatedResponse({ type: AddedPasskeyDto })
  @ApiBadRequestResponse({
    description:
      '`passkey-not-registered`: another origin, no user verification, or a used or expired challenge',
  })
  @ApiOperation({ summary: 'Add a passkey: the browser’s answer to the registration options' })
  register(
    @CurrentActor() actor: Actor,
    @Body() body: RegisterPasskeyDto,
    @Req() request: FastifyRequest,
  ): Promise<AddedPasskeyDto> {
    return this.settings.register(
      requireUser(actor),
      body.name,
      body.response as unknown as RegistrationResponseJSON,
      request.ip,
    );
  }

  @Post(':id/remove')
  @HttpCode(204)
  @RequirePermission('profile.update')
  @ApiNoContentResponse({ description: 'The passkey no longer works' })
  @ApiNotFoundResponse({ description: '`not-found`: none of your passkeys has this id' })
  @ApiForbiddenResponse({ description: WRONG_FACTOR })
  @ApiConflictResponse({ description: '`second-factor-mandatory`: it is the last factor you must keep' })
  @ApiTooManyRequestsResponse({ description: 'Too many wrong answers; see Retry-After' })
  @ApiOperation({ summary: 'Remove one of your passkeys (with a fresh second factor)' })
  async remove(
    @CurrentActor() actor: Actor,
    @Param('id', uuidParam()) id: string,
    @Body() body: FactorProofDto,
    @Req() request: FastifyRequest,
  ): Promise<void> {
    await this.settings.remove(requireUser(actor), id, body, request.ip);
  }
}

@ApiTags('auth')
@Controller('auth/second-factor')
export class SignInPasskeyController {
  constructor(private readonly gate: SignInGate) {}

  @Post('passkey-options')
  @HttpCode(200)
  @Public()
  @ApiOkResponse({
    type: PasskeyOptionsDto,
    description:
      'For `startAuthentication`; answer with POST /auth/second-factor `{ challengeToken, passkey }`',
  })
  @ApiUnauthorizedResponse({ description: '`invalid-challenge`' })
  @ApiConflictResponse({ description: '`no-passkey`: answer with a code' })
  @ApiOperation({ summary: "Sign-in's second step with a passkey: the challenge to sign" })
  options(@Body() body: ChallengeTokenDto): Promise<PasskeyOptionsDto> {
    return this.gate.passkeyOptions(body.challengeToken);
  }

  @Post('passkey/registration-options')
  @HttpCode(200)
  @Public()
  @ApiOkResponse({
    type: PasskeyOptionsDto,
    description: 'For `startRegistration`; answer with POST /auth/second-factor/passkey',
  })
  @ApiUnauthorizedResponse({ description: '`invalid-challenge`' })
  @ApiConflictResponse({ description: '`second-factor-enabled`: answer the challenge instead' })
  @ApiOperation({ summary: 'During sign-in: set up a required second factor as a passkey' })
  enrolmentOptions(@Body() body: ChallengeTokenDto): Promise<PasskeyOptionsDto> {
    return this.gate.beginPasskeyEnrolment(body.challengeToken);
  }

  @Post('passkey')
  @HttpCode(200)
  @Public()
  @ApiOkResponse({
    type: EnrolledSignInDto,
    description: 'The passkey is kept and the session open; recovery codes shown this once',
  })
  @ApiBadRequestResponse({
    description:
      '`passkey-not-registered`: another origin, no user verification, or a used or expired challenge',
  })
  @ApiUnauthorizedResponse({ description: '`invalid-challenge`' })
  @ApiConflictResponse({ description: '`second-factor-enabled`' })
  @ApiOperation({ summary: "During sign-in: the new passkey's answer; the session opens" })
  async enrol(
    @Body() body: SignInPasskeyEnrolmentDto,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<EnrolledSignInDto> {
    const { pair, recoveryCodes } = await this.gate.confirmPasskeyEnrolment(
      body.challengeToken,
      body.name,
      body.response as unknown as RegistrationResponseJSON,
      clientOf(request),
    );
    const answered = wantsCookieSession(request) ? answerWithCookie(reply, pair) : pair;
    return { ...answered, recoveryCodes };
  }
}
