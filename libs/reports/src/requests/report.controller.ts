import { Body, Controller, Get, HttpCode, Param, Post, Query, Res, StreamableFile } from '@nestjs/common';
import {
  ApiAcceptedResponse,
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiForbiddenResponse,
  ApiGoneResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiProduces,
  ApiTags,
} from '@nestjs/swagger';
import { CurrentActor, Public, RequirePermission, type Actor } from '@jazari/access';
import { API_PREFIX, uuidParam } from '@jazari/http';
import type { FastifyReply } from 'fastify';
import {
  DownloadLinkDto,
  ListReportsQuery,
  ReportDto,
  ReportPageDto,
  RequestReportDto,
} from '../report.dto.js';
import { CONTENT_TYPES } from '../report.types.js';
import { ReportService, type ReportDownload } from './report.service.js';

const PROBLEM = 'Problem (application/problem+json), type ';

@ApiTags('reports')
@Controller('reports')
export class ReportController {
  constructor(private readonly reports: ReportService) {}

  @Post()
  @HttpCode(202)
  @RequirePermission('reports.request')
  @ApiOperation({
    summary: 'Request a report: national, one institute or one partner, for a period, as XLSX, PDF or CSV',
    description:
      'Answers at once with the report queued (progress 0); the worker renders it and `GET /reports/{id}` ' +
      'shows its progress. When it is ready, the requester is notified (`reports.ready`) with the link.',
  })
  @ApiAcceptedResponse({
    type: ReportDto,
    headers: { Location: { description: 'The report: /api/v1/reports/{id}', schema: { type: 'string' } } },
  })
  @ApiBadRequestResponse({ description: `${PROBLEM}validation-failed` })
  @ApiForbiddenResponse({ description: `${PROBLEM}forbidden (national scope outside Root's analysts)` })
  @ApiNotFoundResponse({ description: `${PROBLEM}not-found (an institute or partner that is not yours)` })
  async request(
    @CurrentActor() actor: Actor,
    @Body() body: RequestReportDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<ReportDto> {
    const report = await this.reports.request(actor, body);
    // Where to follow its progress (RFC 9110 §15.3.3: a 202 points at the status monitor).
    void reply.header('location', `/${API_PREFIX}/reports/${report.id}`);
    return report;
  }

  @Post(':id/retry')
  @HttpCode(202)
  @RequirePermission('reports.request')
  @ApiOperation({
    summary: 'Render a failed report again',
    description:
      'Same scope, period, format and language; queued (progress 0, error cleared) and rendered like a new ' +
      'request. Only a `failed` report, and only by someone who may request it.',
  })
  @ApiAcceptedResponse({ type: ReportDto })
  @ApiForbiddenResponse({ description: `${PROBLEM}forbidden, permission-denied` })
  @ApiNotFoundResponse({ description: `${PROBLEM}not-found` })
  @ApiConflictResponse({ description: `${PROBLEM}report-not-failed` })
  retry(@CurrentActor() actor: Actor, @Param('id', uuidParam()) id: string): Promise<ReportDto> {
    return this.reports.retry(actor, id);
  }

  @Get()
  @RequirePermission('reports.read')
  @ApiOperation({ summary: "Your tenant's reports, newest first" })
  @ApiOkResponse({ type: ReportPageDto })
  list(@CurrentActor() actor: Actor, @Query() query: ListReportsQuery): Promise<ReportPageDto> {
    return this.reports.list(actor, query);
  }

  @Get(':id')
  @RequirePermission('reports.read')
  @ApiOperation({ summary: 'A report: its status and progress (percent)' })
  @ApiOkResponse({ type: ReportDto })
  @ApiNotFoundResponse({ description: `${PROBLEM}not-found` })
  get(@CurrentActor() actor: Actor, @Param('id', uuidParam()) id: string): Promise<ReportDto> {
    return this.reports.get(actor, id);
  }

  @Get(':id/download')
  @RequirePermission('reports.read')
  @ApiOperation({
    summary: "Download a ready report's file",
    description: "Your tenant's reports only; with its SHA-256 in `Repr-Digest` (RFC 9530).",
  })
  @ApiProduces(...Object.values(CONTENT_TYPES))
  @ApiOkResponse({
    description: 'The file',
    schema: { type: 'string', format: 'binary' },
    headers: {
      'Content-Disposition': { schema: { type: 'string' } },
      'Repr-Digest': { description: '`sha-256=:<base64>:`', schema: { type: 'string' } },
    },
  })
  @ApiNotFoundResponse({ description: `${PROBLEM}not-found` })
  @ApiConflictResponse({ description: `${PROBLEM}report-not-ready` })
  @ApiGoneResponse({ description: `${PROBLEM}report-expired (after REPORT_DOWNLOAD_TTL_HOURS)` })
  async download(
    @CurrentActor() actor: Actor,
    @Param('id', uuidParam()) id: string,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<StreamableFile> {
    return sendReport(await this.reports.download(actor, id), reply);
  }

  @Post(':id/download-link')
  @HttpCode(200)
  @RequirePermission('reports.read')
  @ApiOperation({
    summary: "A short-lived signed link to a ready report's file, for a plain link click",
    description:
      'The URL needs no credentials (the web app puts it in `<a href download>`): it names the report and ' +
      'your tenant, is signed (HMAC-SHA256), and works for 5 minutes. Same refusals as the download.',
  })
  @ApiOkResponse({ type: DownloadLinkDto })
  @ApiNotFoundResponse({ description: `${PROBLEM}not-found` })
  @ApiConflictResponse({ description: `${PROBLEM}report-not-ready` })
  @ApiGoneResponse({ description: `${PROBLEM}report-expired (after REPORT_DOWNLOAD_TTL_HOURS)` })
  downloadLink(@CurrentActor() actor: Actor, @Param('id', uuidParam()) id: string): Promise<DownloadLinkDto> {
    return this.reports.downloadLink(actor, id);
  }
}

/** The public end of a download link: the signature, not a session, says who may have the file. */
@ApiTags('reports')
@Controller('report-downloads')
export class ReportDownloadController {
  constructor(private readonly reports: ReportService) {}

  @Get(':token')
  @Public()
  @ApiOperation({
    summary: "A report's file by its signed download link (from POST /reports/{id}/download-link)",
    description: 'No credentials: the link is the proof, for the report and tenant it names, for 5 minutes.',
  })
  @ApiProduces(...Object.values(CONTENT_TYPES))
  @ApiOkResponse({
    description: 'The file, as an attachment',
    schema: { type: 'string', format: 'binary' },
    headers: {
      'Content-Disposition': { schema: { type: 'string' } },
      'Repr-Digest': { description: '`sha-256=:<base64>:`', schema: { type: 'string' } },
    },
  })
  @ApiForbiddenResponse({ description: `${PROBLEM}download-link-invalid (altered or not a link)` })
  @ApiGoneResponse({ description: `${PROBLEM}download-link-expired, report-expired` })
  @ApiNotFoundResponse({ description: `${PROBLEM}not-found` })
  @ApiConflictResponse({ description: `${PROBLEM}report-not-ready` })
  async file(
    @Param('token') token: string,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<StreamableFile> {
    const file = await this.reports.downloadByLink(token);
    void reply.header('referrer-policy', 'no-referrer');
    return sendReport(file, reply);
  }
}

function sendReport({ report, content }: ReportDownload, reply: FastifyReply): StreamableFile {
  const digest = report.sha256.toString('base64');
  void reply
    .header('content-type', report.contentType)
    .header('content-length', String(report.sizeBytes))
    .header('content-disposition', `attachment; filename="${report.filename}"`)
    .header('repr-digest', `sha-256=:${digest}:`)
    .header('cache-control', 'private, no-store');
  return new StreamableFile(content);
}
