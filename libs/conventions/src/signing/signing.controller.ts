import { Body, Controller, Param, Req } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CurrentActor, type Actor, ReadRoute, ActionRoute } from '@jazari/access';
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

  @ReadRoute({
    path: 'signers',
    permission: 'conventions.read',
    summary: "A convention's signers, by step, and the step now signing",
    ok: SignersDto,
    problems: { 404: `${PROBLEM}not-found` },
  })
  list(@CurrentActor() actor: Actor, @Param('id', uuidParam()) id: string): Promise<SignersDto> {
    return this.signing.list(actor, id);
  }

  @ReadRoute({
    path: 'signer-candidates',
    permission: 'conventions.manage',
    summary: 'Whom the owner may name as signers: each party’s active members, by name and role',
    description: "The owner's managers, to set the signers; others who see the convention get 403.",
    ok: SignerCandidatesDto,
    problems: { 403: `${PROBLEM}convention-read-only`, 404: `${PROBLEM}not-found` },
  })
  candidates(
    @CurrentActor() actor: Actor,
    @Param('id', uuidParam()) id: string,
  ): Promise<SignerCandidatesDto> {
    return this.signing.candidates(actor, id);
  }

  @ActionRoute({
    method: 'put',
    path: 'signers',
    permission: 'conventions.manage',
    summary: 'Set the signers (replaces them): each a member of the party they sign for, every party ≥ 1',
    description: 'The owner, while the convention is draft or in_review. Equal steps sign in parallel.',
    ok: SignersDto,
    problems: {
      403: `${PROBLEM}convention-read-only`,
      404: `${PROBLEM}not-found`,
      409: `${PROBLEM}invalid-convention-status`,
      422: `${PROBLEM}invalid-signers, party-without-signer, signer-not-member`,
    },
  })
  setSigners(
    @CurrentActor() actor: Actor,
    @Param('id', uuidParam()) id: string,
    @Body() body: SetSignersDto,
  ): Promise<SignersDto> {
    return this.signing.setSigners(actor, id, body);
  }

  @ActionRoute({
    method: 'post',
    path: 'send',
    status: 200,
    permission: 'conventions.manage',
    summary: 'Send for signature: in_review → out_for_signature, freezing the current document',
    ok: SigningResultDto,
    problems: {
      403: `${PROBLEM}convention-read-only`,
      404: `${PROBLEM}not-found`,
      409: `${PROBLEM}invalid-convention-status, no-document, party-without-signer`,
    },
  })
  send(@CurrentActor() actor: Actor, @Param('id', uuidParam()) id: string): Promise<SigningResultDto> {
    return this.signing.send(actor, id);
  }

  @ActionRoute({
    method: 'post',
    path: 'sign',
    status: 200,
    permission: 'conventions.sign',
    summary:
      'Sign, re-entering your password and giving a fresh second factor (a pending signer of the step now signing)',
    description: 'The last signature of the last step activates the convention and seals its evidence.',
    ok: SigningResultDto,
    problems: {
      401: `${PROBLEM}invalid-credentials (nothing recorded)`,
      403: `${PROBLEM}not-a-signer, second-factor-required (set one up first), invalid-second-factor (nothing recorded)`,
      404: `${PROBLEM}not-found`,
      409: `${PROBLEM}not-your-turn, invalid-convention-status`,
      429: `${PROBLEM}too-many-requests (wrong passwords, per account)`,
    },
  })
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

  @ActionRoute({
    method: 'post',
    path: 'decline',
    status: 200,
    permission: 'conventions.sign',
    summary: 'Decline to sign: the convention becomes declined and the flow stops',
    ok: SigningResultDto,
    problems: {
      403: `${PROBLEM}not-a-signer`,
      404: `${PROBLEM}not-found`,
      409: `${PROBLEM}not-your-turn, invalid-convention-status`,
    },
  })
  decline(
    @CurrentActor() actor: Actor,
    @Param('id', uuidParam()) id: string,
    @Body() body: DeclineDto,
  ): Promise<SigningResultDto> {
    return this.signing.decline(actor, id, body.reason);
  }
}
