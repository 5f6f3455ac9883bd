import { Body, Controller, Get, HttpCode, Param, Post, Put, Req } from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiTooManyRequestsResponse,
  ApiUnauthorizedResponse,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { CurrentActor, RequirePermission, type Actor } from '@jazari/access';
import { uuidParam } from '@jazari/http';
import type { AuthenticationResponseJSON } from '@simplewebauthn/server';
import type { FastifyRequest } from 'fastify';
import {
  DeclineDto,
  SetSignersDto,
  SignDto,
  SignerCandidatesDto,
  SignersDto,
  SigningResultDto,
} from './signing.dto.js';
import { SigningService } from './signing.service.js';

const PROBLEM = 'Problem (application/problem+json), type ';

@ApiTags('conventions')
@Controller('conventions/:id')
export class SigningController {
  constructor(private readonly signing: SigningService) {}

  @Get('signers')
  @RequirePermission('conventions.read')
  @ApiOperation({ summary: "A convention's signers, by step, and the step now signing" })
  @ApiOkResponse({ type: SignersDto })
  @ApiNotFoundResponse({ description: `${PROBLEM}not-found` })
  list(@CurrentActor() actor: Actor, @Param('id', uuidParam()) id: string): Promise<SignersDto> {
    return this.signing.list(actor, id);
  }

  @Get('signer-candidates')
  @RequirePermission('conventions.manage')
  @ApiOperation({
    summary: 'Whom the owner may name as signers: each party’s active members, by name and role',
    description: "The owner's managers, to set the signers; others who see the convention get 403.",
  })
  @ApiOkResponse({ type: SignerCandidatesDto })
  @ApiNotFoundResponse({ description: `${PROBLEM}not-found` })
  @ApiForbiddenResponse({ description: `${PROBLEM}convention-read-only` })
  candidates(
    @CurrentActor() actor: Actor,
    @Param('id', uuidParam()) id: string,
  ): Promise<SignerCandidatesDto> {
    return this.signing.candidates(actor, id);
  }

  @Put('signers')
  @RequirePermission('conventions.manage')
  @ApiOperation({
    summary: 'Set the signers (replaces them): each a member of the party they sign for, every party ≥ 1',
    description: 'The owner, while the convention is draft or in_review. Equal steps sign in parallel.',
  })
  @ApiOkResponse({ type: SignersDto })
  @ApiNotFoundResponse({ description: `${PROBLEM}not-found` })
  @ApiForbiddenResponse({ description: `${PROBLEM}convention-read-only` })
  @ApiConflictResponse({ description: `${PROBLEM}invalid-convention-status` })
  @ApiUnprocessableEntityResponse({
    description: `${PROBLEM}invalid-signers, party-without-signer, signer-not-member`,
  })
  setSigners(
    @CurrentActor() actor: Actor,
    @Param('id', uuidParam()) id: string,
    @Body() body: SetSignersDto,
  ): Promise<SignersDto> {
    return this.signing.setSigners(actor, id, body);
  }

  @Post('send')
  @HttpCode(200)
  @RequirePermission('conventions.manage')
  @ApiOperation({
    summary: 'Send for signature: in_review → out_for_signature, freezing the current document',
  })
  @ApiOkResponse({ type: SigningResultDto })
  @ApiNotFoundResponse({ description: `${PROBLEM}not-found` })
  @ApiForbiddenResponse({ description: `${PROBLEM}convention-read-only` })
  @ApiConflictResponse({
    description: `${PROBLEM}invalid-convention-status, no-document, party-without-signer`,
  })
  send(@CurrentActor() actor: Actor, @Param('id', uuidParam()) id: string): Promise<SigningResultDto> {
    return this.signing.send(actor, id);
  }

  @Post('sign')
  @HttpCode(200)
  @RequirePermission('conventions.sign')
  @ApiOperation({
    summary:
      'Sign, re-entering your password and giving a fresh second factor (a pending signer of the step now signing)',
    description: 'The last signature of the last step activates the convention and seals its evidence.',
  })
  @ApiOkResponse({ type: SigningResultDto })
  @ApiNotFoundResponse({ description: `${PROBLEM}not-found` })
  @ApiForbiddenResponse({
    description: `${PROBLEM}not-a-signer, second-factor-required (set one up first), invalid-second-factor (nothing recorded)`,
  })
  @ApiUnauthorizedResponse({ description: `${PROBLEM}invalid-credentials (nothing recorded)` })
  @ApiConflictResponse({ description: `${PROBLEM}not-your-turn, invalid-convention-status` })
  @ApiTooManyRequestsResponse({ description: `${PROBLEM}too-many-requests (wrong passwords, per account)` })
  sign(
    @CurrentActor() actor: Actor,
    @Param('id', uuidParam()) id: string,
    @Body() body: SignDto,
    @Req() request: FastifyRequest,
  ): Promise<SigningResultDto> {
    const agent = request.headers['user-agent'];
    const proof = {
      code: body.secondFactorCode,
      passkey: body.passkey as AuthenticationResponseJSON | undefined,
    };
    return this.signing.sign(actor, id, body.password, proof, {
      ip: request.ip,
      userAgent: typeof agent === 'string' ? agent : null,
    });
  }

  @Post('decline')
  @HttpCode(200)
  @RequirePermission('conventions.sign')
  @ApiOperation({ summary: 'Decline to sign: the convention becomes declined and the flow stops' })
  @ApiOkResponse({ type: SigningResultDto })
  @ApiNotFoundResponse({ description: `${PROBLEM}not-found` })
  @ApiForbiddenResponse({ description: `${PROBLEM}not-a-signer` })
  @ApiConflictResponse({ description: `${PROBLEM}not-your-turn, invalid-convention-status` })
  decline(
    @CurrentActor() actor: Actor,
    @Param('id', uuidParam()) id: string,
    @Body() body: DeclineDto,
  ): Promise<SigningResultDto> {
    return this.signing.decline(actor, id, body.reason);
  }
}
