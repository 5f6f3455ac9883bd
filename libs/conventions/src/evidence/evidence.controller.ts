import { Controller, Header, Param, Res, StreamableFile } from '@nestjs/common';
import { ApiProduces, ApiTags } from '@nestjs/swagger';
import { CurrentActor, type Actor, ReadRoute } from '@jazari/access';
import { uuidParam } from '@jazari/http';
import type { FastifyReply } from 'fastify';
import type { EvidenceBundle } from './evidence-verifier.js';
import { EvidenceService, type DocumentVerification } from './evidence.service.js';

const PROBLEM = 'Problem (application/problem+json), type ';

@ApiTags('conventions')
@Controller()
export class EvidenceController {
  constructor(private readonly evidence: EvidenceService) {}

  @ReadRoute({
    path: 'conventions/:id/evidence',
    permission: 'conventions.read',
    summary: "A convention's evidence bundle (jazari-evidence/1)",
    description:
      'Everything needed to check it offline: the hash-chained events, seals, signatures, documents and the ' +
      'public key. `npm run evidence:verify <file>` checks it. For the owner, the parties and Root.',
    ok: { description: 'The bundle' },
    problems: { 404: `${PROBLEM}not-found` },
  })
  bundle(@CurrentActor() actor: Actor, @Param('id', uuidParam()) id: string): Promise<EvidenceBundle> {
    return this.evidence.bundle(actor, id);
  }

  @ReadRoute({
    path: 'conventions/:id/certificate.pdf',
    permission: 'conventions.read',
    summary: 'The one-page signing certificate (active, expired or terminated conventions)',
    ok: { description: 'A PDF', schema: { type: 'string', format: 'binary' } },
    problems: { 404: `${PROBLEM}not-found`, 409: `${PROBLEM}convention-not-signed` },
  })
  @ApiProduces('application/pdf')
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

  @ReadRoute({
    path: 'evidence/public-key',
    permission: 'public',
    summary: 'The Ed25519 public key that seals evidence (pin it to verify bundles)',
    ok: { description: '{ keyId, algorithm, publicKey (SPKI PEM), publicKeyRaw (base64) }' },
  })
  @Header('cache-control', 'public, max-age=3600')
  @ApiTags('verification')
  publicKey(): ReturnType<EvidenceService['publicKey']> {
    return this.evidence.publicKey();
  }

  @ReadRoute({
    path: 'verify/documents/:sha256',
    permission: 'public',
    summary: 'Is this document (by its SHA-256) a signed convention? Who signed it, when?',
    description:
      'Answers for active, expired and terminated conventions only; an unknown hash is an empty list.',
    ok: { description: '{ sha256, conventions: [...] }' },
    problems: { 400: `${PROBLEM}invalid-hash` },
  })
  @ApiTags('verification')
  verifyDocument(@Param('sha256') sha256: string): Promise<DocumentVerification> {
    return this.evidence.verifyDocument(sha256);
  }
}
