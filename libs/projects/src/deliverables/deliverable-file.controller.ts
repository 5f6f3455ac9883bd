import { Controller, Param, Query, Req, Res, StreamableFile } from '@nestjs/common';
import { ApiProduces, ApiQuery, ApiTags } from '@nestjs/swagger';
import { CurrentActor, type Actor, ReadRoute, UploadRoute } from '@jazari/access';
import { API_PREFIX, attachmentDisposition, declaredContentType, rawBody, uuidParam } from '@jazari/http';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { WorkPageQuery } from '../attention/work-list.js';
import { DeliverableFileDto, DeliverableFilePageDto } from './deliverable-file.dto.js';
import { DeliverableFileService } from './deliverable-file.service.js';
import { ALLOWED_UPLOAD_TYPES } from './upload-content.js';

const PROBLEM = 'Problem (application/problem+json), type ';

@ApiTags('deliverables')
@Controller('projects/:id/deliverables/:deliverableId/files')
export class DeliverableFileController {
  constructor(private readonly files: DeliverableFileService) {}

  @ReadRoute({
    permission: 'projects.read',
    summary: "A deliverable's files, oldest first",
    ok: DeliverableFilePageDto,
    problems: { 404: `${PROBLEM}not-found` },
  })
  list(
    @CurrentActor() actor: Actor,
    @Param('id', uuidParam()) projectId: string,
    @Param('deliverableId', uuidParam('deliverableId')) deliverableId: string,
    @Query() query: WorkPageQuery,
  ): Promise<DeliverableFilePageDto> {
    return this.files.list(actor, projectId, deliverableId, query);
  }

  @UploadRoute({
    permission: 'projects.update',
    summary: 'Upload a file: the body is the file itself, with its own Content-Type',
    description:
      'Name the file with `?filename=` or a `Content-Disposition: attachment; filename*=…` header. ' +
      'The type must be one of the accepted ones and the first bytes must match it (PDF, PNG, JPEG, ' +
      'ZIP-based office formats); the size is limited by `UPLOAD_MAX_BYTES`. While the deliverable is ' +
      'planned or rejected only.',
    consumes: ALLOWED_UPLOAD_TYPES,
    headers: [{ name: 'Content-Disposition', required: false, example: `attachment; filename="report.pdf"` }],
    created: {
      type: DeliverableFileDto,
      headers: { Location: { description: 'Where to download it', schema: { type: 'string' } } },
    },
    problems: {
      404: `${PROBLEM}not-found`,
      409: `${PROBLEM}deliverable-locked: submitted or accepted`,
      413: `${PROBLEM}payload-too-large (nothing is stored)`,
      415: `${PROBLEM}unsupported-media-type: a type not accepted, or content that is not of that type`,
    },
  })
  @ApiQuery({ name: 'filename', required: false, description: 'The file name, if no Content-Disposition' })
  async upload(
    @CurrentActor() actor: Actor,
    @Param('id', uuidParam()) projectId: string,
    @Param('deliverableId', uuidParam('deliverableId')) deliverableId: string,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<DeliverableFileDto> {
    const header = (name: string) => {
      const value = request.headers[name];
      return Array.isArray(value) ? value[0] : value;
    };
    const file = await this.files.upload(actor, projectId, deliverableId, {
      body: rawBody(request),
      contentType: declaredContentType(request),
      contentLength: header('content-length'),
      contentEncoding: header('content-encoding'),
      filename: (request.query as Record<string, unknown> | undefined)?.filename,
      contentDisposition: header('content-disposition'),
    });
    void reply
      .status(201)
      .header(
        'location',
        `/${API_PREFIX}/projects/${projectId}/deliverables/${deliverableId}/files/${file.id}`,
      );
    return file;
  }

  @ReadRoute({
    path: ':fileId',
    permission: 'projects.read',
    summary: 'Download a file',
    description: 'With its Content-Type, Content-Length, and its SHA-256 in `Repr-Digest` (RFC 9530).',
    ok: {
      description: 'The file',
      schema: { type: 'string', format: 'binary' },
      headers: {
        'Content-Disposition': { schema: { type: 'string' } },
        'Repr-Digest': { description: '`sha-256=:<base64>:`', schema: { type: 'string' } },
      },
    },
    problems: { 404: `${PROBLEM}not-found` },
  })
  @ApiProduces(...ALLOWED_UPLOAD_TYPES)
  async download(
    @CurrentActor() actor: Actor,
    @Param('id', uuidParam()) projectId: string,
    @Param('deliverableId', uuidParam('deliverableId')) deliverableId: string,
    @Param('fileId', uuidParam('fileId')) fileId: string,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<StreamableFile> {
    const { file, sha256, content } = await this.files.download(actor, projectId, deliverableId, fileId);
    const digest = sha256.toString('base64');
    void reply
      .header('content-type', file.contentType)
      .header('content-length', String(file.sizeBytes))
      .header('content-disposition', attachmentDisposition(file.filename))
      .header('repr-digest', `sha-256=:${digest}:`)
      // The older RFC 3230 form, for clients that still read it.
      .header('digest', `sha-256=${digest}`)
      .header('etag', `"sha256-${file.sha256}"`)
      .header('cache-control', 'private, no-cache');
    return new StreamableFile(content);
  }
}
