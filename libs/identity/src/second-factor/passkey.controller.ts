import { Body, Controller, Param, Req, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { RegistrationResponseJSON } from '@simplewebauthn/server';
import { CurrentActor, type Actor, ReadRoute, ActionRoute } from '@jazari/access';
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

  @ReadRoute({
    permission: 'profile.read',
    summary: "The caller's passkeys",
    ok: { type: PasskeyListDto, description: 'Your passkeys, oldest first' },
  })
  list(@CurrentActor() actor: Actor): Promise<PasskeyListDto> {
    return this.settings.list(requireUser(actor));
  }

  @ActionRoute({
    method: 'post',
    path: 'authentication-options',
    status: 200,
    permission: 'profile.read',
    summary: 'A challenge to prove one of your passkeys (to sign a convention, add or remove a passkey)',
    ok: {
      type: PasskeyOptionsDto,
      description: 'For `startAuthentication` of @simplewebauthn/browser',
    },
    problems: { 409: '`no-passkey`' },
  })
  authenticationOptions(@CurrentActor() actor: Actor): Promise<PasskeyOptionsDto> {
    return this.settings.authenticationOptions(requireUser(actor));
  }

  @ActionRoute({
    method: 'post',
    path: 'registration-options',
    status: 200,
    permission: 'profile.update',
    summary: 'Start adding a passkey (with a fresh second factor if you have one)',
    ok: {
      type: PasskeyOptionsDto,
      description: 'For `startRegistration` of @simplewebauthn/browser',
    },
    problems: {
      403: `${WRONG_FACTOR}; needed when you already have a second factor`,
      429: 'Too many wrong answers; see Retry-After',
    },
  })
  registrationOptions(
    @CurrentActor() actor: Actor,
    @Body() body: FactorProofDto,
    @Req() request: FastifyRequest,
  ): Promise<PasskeyOptionsDto> {
    return this.settings.registrationOptions(requireUser(actor), body, request.ip);
  }

  @ActionRoute({
    method: 'post',
    permission: 'profile.update',
    summary: 'Add a passkey: the browser’s answer to the registration options',
    created: AddedPasskeyDto,
    problems: {
      400: '`passkey-not-registered`: another origin, no user verification, or a used or expired challenge',
    },
  })
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

  @ActionRoute({
    method: 'post',
    path: ':id/remove',
    status: 204,
    permission: 'profile.update',
    summary: 'Remove one of your passkeys (with a fresh second factor)',
    noContent: { description: 'The passkey no longer works' },
    problems: {
      403: WRONG_FACTOR,
      404: '`not-found`: none of your passkeys has this id',
      409: '`second-factor-mandatory`: it is the last factor you must keep',
      429: 'Too many wrong answers; see Retry-After',
    },
  })
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

  @ActionRoute({
    method: 'post',
    path: 'passkey-options',
    status: 200,
    permission: 'public',
    summary: "Sign-in's second step with a passkey: the challenge to sign",
    ok: {
      type: PasskeyOptionsDto,
      description:
        'For `startAuthentication`; answer with POST /auth/second-factor `{ challengeToken, passkey }`',
    },
    problems: { 401: '`invalid-challenge`', 409: '`no-passkey`: answer with a code' },
  })
  options(@Body() body: ChallengeTokenDto): Promise<PasskeyOptionsDto> {
    return this.gate.passkeyOptions(body.challengeToken);
  }

  @ActionRoute({
    method: 'post',
    path: 'passkey/registration-options',
    status: 200,
    permission: 'public',
    summary: 'During sign-in: set up a required second factor as a passkey',
    ok: {
      type: PasskeyOptionsDto,
      description: 'For `startRegistration`; answer with POST /auth/second-factor/passkey',
    },
    problems: { 401: '`invalid-challenge`', 409: '`second-factor-enabled`: answer the challenge instead' },
  })
  enrolmentOptions(@Body() body: ChallengeTokenDto): Promise<PasskeyOptionsDto> {
    return this.gate.beginPasskeyEnrolment(body.challengeToken);
  }

  @ActionRoute({
    method: 'post',
    path: 'passkey',
    status: 200,
    permission: 'public',
    summary: "During sign-in: the new passkey's answer; the session opens",
    ok: {
      type: EnrolledSignInDto,
      description: 'The passkey is kept and the session open; recovery codes shown this once',
    },
    problems: {
      400: '`passkey-not-registered`: another origin, no user verification, or a used or expired challenge',
      401: '`invalid-challenge`',
      409: '`second-factor-enabled`',
    },
  })
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
