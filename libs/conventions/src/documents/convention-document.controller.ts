import { Controller, Param, Query, Req, Res, StreamableFile } from '@nestjs/common';
import { ApiProduces, ApiQuery, ApiTags } from '@nestjs/swagger';
import { CurrentActor, type Actor, ReadRoute, UploadRoute } from '@jazari/access';
import { API_PREFIX, attachmentDisposition, declaredContentType, rawBody, uuidParam } from '@jazari/http';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { ID_PARAM, PROBLEM } from '../conventions/convention-http.js';
import {
  ConventionDocumentPageDto,
  ConventionDocumentPageQuery,
  ConventionDocumentUploadedDto,
} from './convention-document.dto.js';
import { ConventionDocumentService } from './convention-document.service.js';
import { PDF_CONTENT_TYPE } from './pdf-content.js';

@ApiTags('conventions')
@Controller('conventions/:id/documents')
export class ConventionDocumentController {
  constructor(private readonly documents: ConventionDocumentService) {}

  @ReadRoute({
    permission: 'conventions.read',
    summary: "The convention's document versions, oldest first",
    params: [ID_PARAM],
    ok: ConventionDocumentPageDto,
    problems: { 404: `${PROBLEM}not-found` },
  })
  list(
    @CurrentActor() actor: Actor,
    @Param('id', uuidParam()) id: string,
    @Query() query: ConventionDocumentPageQuery,
  ): Promise<ConventionDocumentPageDto> {
    return this.documents.list(actor, id, query);
  }

  @UploadRoute({
    permission: 'conventions.manage',
    summary: 'Upload a new version of the document: the body is the PDF itself',
    description:
      "The owner's managers, while draft, in review or out for signature. `Content-Type: application/pdf`, " +
      'content starting with `%PDF-`, at most `UPLOAD_MAX_BYTES`. In review or out for signature, the ' +
      'convention goes back to draft: every signature is cancelled and every signer waits again.',
    consumes: [PDF_CONTENT_TYPE],
    params: [ID_PARAM],
    headers: [
      {
        name: 'Content-Disposition',
        required: false,
        example: 'attachment; filename="convention.pdf"',
      },
    ],
    created: {
      type: ConventionDocumentUploadedDto,
      headers: { Location: { description: 'Where to download it', schema: { type: 'string' } } },
    },
    problems: {
      404: `${PROBLEM}not-found`,
      409: `${PROBLEM}convention-locked: active or closed`,
      413: `${PROBLEM}payload-too-large (nothing is stored)`,
      415: `${PROBLEM}unsupported-media-type: not a PDF`,
    },
  })
  @ApiQuery({ name: 'filename', required: false, description: 'The file name (default `convention.pdf`)' })
  async upload(
    @CurrentActor() actor: Actor,
    @Param('id', uuidParam()) id: string,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<ConventionDocumentUploadedDto> {
    const header = (name: string) => {
      const value = request.headers[name];
      return Array.isArray(value) ? value[0] : value;
    };
    const document = await this.documents.upload(actor, id, {
      body: rawBody(request),
      contentType: declaredContentType(request),
      contentLength: header('content-length'),
      contentEncoding: header('content-encoding'),
      filename: (request.query as Record<string, unknown> | undefined)?.filename,
      contentDisposition: header('content-disposition'),
    });
    void reply
      .status(201)
      .header('location', `/${API_PREFIX}/conventions/${id}/documents/${document.id}`)
      .header('etag', `"${document.conventionVersion}"`);
    return document;
  }

  @ReadRoute({
    path: ':documentId',
    permission: 'conventions.read',
    summary: 'Download a version of the document',
    description: 'The owner, the parties and Root. Its SHA-256 is in `Repr-Digest` (RFC 9530).',
    params: [ID_PARAM, { name: 'documentId', format: 'uuid' }],
    ok: {
      description: 'The PDF',
      schema: { type: 'string', format: 'binary' },
      headers: {
        'Content-Disposition': { schema: { type: 'string' } },
        'Repr-Digest': { description: '`sha-256=:<base64>:`', schema: { type: 'string' } },
      },
    },
    problems: { 404: `${PROBLEM}not-found` },
  })
  @ApiProduces(PDF_CONTENT_TYPE)
  async download(
    @CurrentActor() actor: Actor,
    @Param('id', uuidParam()) id: string,
    @Param('documentId', uuidParam('documentId')) documentId: string,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<StreamableFile> {
    const { document, sha256, content } = await this.documents.download(actor, id, documentId);
    void reply
      .header('content-type', document.contentType)
      .header('content-length', String(document.sizeBytes))
      .header('content-disposition', attachmentDisposition(document.filename))
      .header('repr-digest', `sha-256=:${sha256.toString('base64')}:`)
      .header('etag', `"sha256-${document.sha256}"`)
      .header('cache-control', 'private, no-cache');
    return new StreamableFile(content);
  }
}
