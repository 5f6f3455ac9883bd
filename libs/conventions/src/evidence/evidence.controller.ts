import { Controller, Get, Header, Param, Res, StreamableFile } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiProduces,
  ApiTags,
} from '@nestjs/swagger';
import { CurrentActor, Public, RequirePermission, type Actor } from '@jazari/access';
import { uuidParam } from '@jazari/http';
import type { FastifyReply } from 'fastify';
import type { EvidenceBundle } from './evidence-verifier.js';
import { EvidenceService, type DocumentVerification } from './evidence.service.js';

const PROBLEM = 'Problem (application/problem+json), type ';

@ApiTags('conventions')
@Controller()
export class EvidenceController {
  constructor(private readonly evidence: EvidenceService) {}

  @Get('conventions/:id/evidence')
  @RequirePermission('conventions.read')
  @ApiOperation({
    summary: "A convention's evidence bundle (jazari-evidence/1)",
    description:
      'Everything needed to check it offline: the hash-chained events, seals, signatures, documents and the ' +
      'public key. `npm run evidence:verify <file>` checks it. For the owner, the parties and Root.',
  })
  @ApiOkResponse({ description: 'The bundle' })
  @ApiNotFoundResponse({ description: `${PROBLEM}not-found` })
  bundle(@CurrentActor() actor: Actor, @Param('id', uuidParam()) id: string): Promise<EvidenceBundle> {
    return this.evidence.bundle(actor, id);
  }

  @Get('conventions/:id/certificate.pdf')
  @RequirePermission('conventions.read')
  @ApiOperation({ summary: 'The one-page signing certificate (active, expired or terminated conventions)' })
  @ApiProduces('application/pdf')
  @ApiOkResponse({ description: 'A PDF', schema: { type: 'string', format: 'binary' } })
  @ApiNotFoundResponse({ description: `${PROBLEM}not-found` })
  @ApiConflictResponse({ description: `${PROBLEM}convention-not-signed` })
  async certificate(
    @CurrentActor() actor: Actor,
    @Param('id', uuidParam()) id: string,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<StreamableFile> {
    const pdf = await this.evidence.certificate(actor, id);
    void reply
      .header('content-type', 'application/pdf')
      .header('content-disposition', `inline; filename="certificate-${id}.pdf"`)
      .header('cache-control', 'private, no-cache');
    return new StreamableFile(pdf);
  }

  @Get('evidence/public-key')
  @Public()
  @Header('cache-control', 'public, max-age=3600')
  @ApiTags('verification')
  @ApiOperation({ summary: 'The Ed25519 public key that seals evidence (pin it to verify bundles)' })
  @ApiOkResponse({ description: '{ keyId, algorithm, publicKey (SPKI PEM), publicKeyRaw (base64) }' })
  publicKey(): ReturnType<EvidenceService['publicKey']> {
    return this.evidence.publicKey();
  }

  @Get('verify/documents/:sha256')
  @Public()
  @ApiTags('verification')
  @ApiOperation({
    summary: 'Is this document (by its SHA-256) a signed convention? Who signed it, when?',
    description:
      'Answers for active, expired and terminated conventions only; an unknown hash is an empty list.',
  })
  @ApiOkResponse({ description: '{ sha256, conventions: [...] }' })
  @ApiBadRequestResponse({ description: `${PROBLEM}invalid-hash` })
  verifyDocument(@Param('sha256') sha256: string): Promise<DocumentVerification> {
    return this.evidence.verifyDocument(sha256);
  }
}
