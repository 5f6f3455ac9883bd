import { Body, Controller, Req, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CurrentActor, type Actor, ReadRoute, ActionRoute } from '@jazari/access';
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

  @ReadRoute({
    permission: 'profile.read',
    summary: "The caller's second factor: set up or not, recovery codes left, required or not",
    ok: SecondFactorStatusDto,
  })
  status(@CurrentActor() actor: Actor): Promise<SecondFactorStatusDto> {
    return this.settings.status(requireUser(actor));
  }

  @ActionRoute({
    method: 'post',
    path: 'totp',
    status: 200,
    permission: 'profile.update',
    summary: 'Start setting up an authenticator app (TOTP)',
    ok: { type: TotpEnrolmentDto, description: 'A new secret; confirm it with a first code' },
    problems: { 409: '`second-factor-enabled`: turn the current one off first' },
  })
  beginTotp(@CurrentActor() actor: Actor): Promise<TotpEnrolmentDto> {
    return this.settings.beginTotp(requireUser(actor));
  }

  @ActionRoute({
    method: 'post',
    path: 'totp/confirm',
    status: 200,
    permission: 'profile.update',
    summary: 'Confirm the authenticator app with its first code',
    ok: { type: RecoveryCodesDto, description: 'Set up; the recovery codes are shown this once' },
    problems: {
      403: WRONG_CODE,
      409: '`no-pending-enrolment`, `second-factor-enabled`',
      429: 'Too many wrong codes; see Retry-After',
    },
  })
  confirmTotp(
    @CurrentActor() actor: Actor,
    @Body() body: SecondFactorCodeDto,
    @Req() request: FastifyRequest,
  ): Promise<RecoveryCodesDto> {
    return this.settings.confirmTotp(requireUser(actor), body.code, request.ip);
  }

  @ActionRoute({
    method: 'post',
    path: 'recovery-codes',
    status: 200,
    permission: 'profile.update',
    summary: 'New recovery codes (needs a current code)',
    ok: { type: RecoveryCodesDto, description: 'Ten new codes; the old ones no longer work' },
    problems: { 403: WRONG_CODE },
  })
  renewRecoveryCodes(
    @CurrentActor() actor: Actor,
    @Body() body: SecondFactorCodeDto,
    @Req() request: FastifyRequest,
  ): Promise<RecoveryCodesDto> {
    return this.settings.renewRecoveryCodes(requireUser(actor), body.code, request.ip);
  }

  @ActionRoute({
    method: 'post',
    path: 'disable',
    status: 204,
    permission: 'profile.update',
    summary: 'Turn the second factor off (needs a current code)',
    noContent: { description: 'The factor and its recovery codes are gone' },
    problems: { 403: WRONG_CODE, 409: '`second-factor-mandatory`: you must keep one' },
  })
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

  @ActionRoute({
    method: 'post',
    status: 200,
    permission: 'public',
    summary: "Answer sign-in's second step with a TOTP or recovery code, or a passkey's assertion",
    ok: { type: TokenPairDto, description: 'Signed in (cookie mode as at sign-in)' },
    problems: {
      401: `${WRONG_CODE}; \`invalid-challenge\`: sign in again`,
      429: 'Too many wrong codes; see Retry-After',
    },
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

  @ActionRoute({
    method: 'post',
    path: 'totp',
    status: 200,
    permission: 'public',
    summary: 'During sign-in: start setting up a required authenticator app',
    ok: {
      type: TotpEnrolmentDto,
      description: 'A secret to scan, for a person who must set one up',
    },
    problems: {
      401: '`invalid-challenge`',
      409: '`second-factor-enabled`: answer the challenge with a code instead',
    },
  })
  beginTotp(@Body() body: ChallengeTokenDto): Promise<TotpEnrolmentDto> {
    return this.gate.beginEnrolment(body.challengeToken);
  }

  @ActionRoute({
    method: 'post',
    path: 'totp/confirm',
    status: 200,
    permission: 'public',
    summary: 'During sign-in: confirm the authenticator app with its first code',
    ok: {
      type: EnrolledSignInDto,
      description: 'Set up and signed in; recovery codes shown this once',
    },
    problems: { 401: `${WRONG_CODE}; \`invalid-challenge\`` },
  })
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

  @ReadRoute({
    permission: 'members.manage',
    summary: "This tenant's sign-in rules for its members",
    ok: SecurityPolicyDto,
  })
  policy(@CurrentActor() actor: Actor): Promise<SecurityPolicyDto> {
    return this.settings.policy(requireUser(actor));
  }

  @ActionRoute({
    method: 'put',
    permission: 'members.manage',
    summary: "Require (or not) a second factor of this tenant's members",
    ok: SecurityPolicyDto,
  })
  setPolicy(@CurrentActor() actor: Actor, @Body() body: SecurityPolicyDto): Promise<SecurityPolicyDto> {
    return this.settings.setPolicy(requireUser(actor), body);
  }
}
