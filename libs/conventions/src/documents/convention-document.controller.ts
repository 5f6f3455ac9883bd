import { Controller, Get, Param, Post, Query, Req, Res, StreamableFile } from '@nestjs/common';
import {
  ApiBody,
  ApiConflictResponse,
  ApiConsumes,
  ApiCreatedResponse,
  ApiHeader,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiParam,
  ApiPayloadTooLargeResponse,
  ApiProduces,
  ApiQuery,
  ApiTags,
  ApiUnsupportedMediaTypeResponse,
} from '@nestjs/swagger';
import { CurrentActor, OutsideUnitOfWork, RequirePermission, type Actor } from '@jazari/access';
import {
  API_PREFIX,
  attachmentDisposition,
  declaredContentType,
  RawUploadRoute,
  rawBody,
  uuidParam,
} from '@jazari/http';
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

  @Get()
  @RequirePermission('conventions.read')
  @ApiOperation({ summary: "The convention's document versions, oldest first" })
  @ApiParam(ID_PARAM)
  @ApiOkResponse({ type: ConventionDocumentPageDto })
  @ApiNotFoundResponse({ description: `${PROBLEM}not-found` })
  list(
    @CurrentActor() actor: Actor,
    @Param('id', uuidParam()) id: string,
    @Query() query: ConventionDocumentPageQuery,
  ): Promise<ConventionDocumentPageDto> {
    return this.documents.list(actor, id, query);
  }

  @Post()
  @RawUploadRoute()
  @OutsideUnitOfWork()
  @RequirePermission('conventions.manage')
  @ApiOperation({
    summary: 'Upload a new version of the document: the body is the PDF itself',
    description:
      "The owner's managers, while draft, in review or out for signature. `Content-Type: application/pdf`, " +
      'content starting with `%PDF-`, at most `UPLOAD_MAX_BYTES`. In review or out for signature, the ' +
      'convention goes back to draft: every signature is cancelled and every signer waits again.',
  })
  @ApiParam(ID_PARAM)
  @ApiConsumes(PDF_CONTENT_TYPE)
  @ApiBody({ schema: { type: 'string', format: 'binary' } })
  @ApiQuery({ name: 'filename', required: false, description: 'The file name (default `convention.pdf`)' })
  @ApiHeader({
    name: 'Content-Disposition',
    required: false,
    example: 'attachment; filename="convention.pdf"',
  })
  @ApiCreatedResponse({
    type: ConventionDocumentUploadedDto,
    headers: { Location: { description: 'Where to download it', schema: { type: 'string' } } },
  })
  @ApiNotFoundResponse({ description: `${PROBLEM}not-found` })
  @ApiConflictResponse({ description: `${PROBLEM}convention-locked: active or closed` })
  @ApiPayloadTooLargeResponse({ description: `${PROBLEM}payload-too-large (nothing is stored)` })
  @ApiUnsupportedMediaTypeResponse({ description: `${PROBLEM}unsupported-media-type: not a PDF` })
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

  @Get(':documentId')
  @RequirePermission('conventions.read')
  @ApiOperation({
    summary: 'Download a version of the document',
    description: 'The owner, the parties and Root. Its SHA-256 is in `Repr-Digest` (RFC 9530).',
  })
  @ApiParam(ID_PARAM)
  @ApiParam({ name: 'documentId', format: 'uuid' })
  @ApiProduces(PDF_CONTENT_TYPE)
  @ApiOkResponse({
    description: 'The PDF',
    schema: { type: 'string', format: 'binary' },
    headers: {
      'Content-Disposition': { schema: { type: 'string' } },
      'Repr-Digest': { description: '`sha-256=:<base64>:`', schema: { type: 'string' } },
    },
  })
  @ApiNotFoundResponse({ description: `${PROBLEM}not-found` })
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
