import { Body, Controller, Param, Query, Res, StreamableFile } from '@nestjs/common';
import { ApiProduces, ApiTags } from '@nestjs/swagger';
import { CurrentActor, type Actor, ReadRoute, ActionRoute } from '@jazari/access';
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

  @ActionRoute({
    method: 'post',
    status: 202,
    permission: 'reports.request',
    summary: 'Request a report: national, one institute or one partner, for a period, as XLSX, PDF or CSV',
    description:
      'Answers at once with the report queued (progress 0); the worker renders it and `GET /reports/{id}` ' +
      'shows its progress. When it is ready, the requester is notified (`reports.ready`) with the link.',
    accepted: {
      type: ReportDto,
      headers: { Location: { description: 'The report: /api/v1/reports/{id}', schema: { type: 'string' } } },
    },
    problems: {
      400: `${PROBLEM}validation-failed`,
      403: `${PROBLEM}forbidden (national scope outside Root's analysts)`,
      404: `${PROBLEM}not-found (an institute or partner that is not yours)`,
    },
  })
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

  @ActionRoute({
    method: 'post',
    path: ':id/retry',
    status: 202,
    permission: 'reports.request',
    summary: 'Render a failed report again',
    description:
      'Same scope, period, format and language; queued (progress 0, error cleared) and rendered like a new ' +
      'request. Only a `failed` report, and only by someone who may request it.',
    accepted: ReportDto,
    problems: {
      403: `${PROBLEM}forbidden, permission-denied`,
      404: `${PROBLEM}not-found`,
      409: `${PROBLEM}report-not-failed`,
    },
  })
  retry(@CurrentActor() actor: Actor, @Param('id', uuidParam()) id: string): Promise<ReportDto> {
    return this.reports.retry(actor, id);
  }

  @ReadRoute({
    permission: 'reports.read',
    summary: "Your tenant's reports, newest first",
    ok: ReportPageDto,
  })
  list(@CurrentActor() actor: Actor, @Query() query: ListReportsQuery): Promise<ReportPageDto> {
    return this.reports.list(actor, query);
  }

  @ReadRoute({
    path: ':id',
    permission: 'reports.read',
    summary: 'A report: its status and progress (percent)',
    ok: ReportDto,
    problems: { 404: `${PROBLEM}not-found` },
  })
  get(@CurrentActor() actor: Actor, @Param('id', uuidParam()) id: string): Promise<ReportDto> {
    return this.reports.get(actor, id);
  }

  @ReadRoute({
    path: ':id/download',
    permission: 'reports.read',
    summary: "Download a ready report's file",
    description: "Your tenant's reports only; with its SHA-256 in `Repr-Digest` (RFC 9530).",
    ok: {
      description: 'The file',
      schema: { type: 'string', format: 'binary' },
      headers: {
        'Content-Disposition': { schema: { type: 'string' } },
        'Repr-Digest': { description: '`sha-256=:<base64>:`', schema: { type: 'string' } },
      },
    },
    problems: {
      404: `${PROBLEM}not-found`,
      409: `${PROBLEM}report-not-ready`,
      410: `${PROBLEM}report-expired (after REPORT_DOWNLOAD_TTL_HOURS)`,
    },
  })
  @ApiProduces(...Object.values(CONTENT_TYPES))
  async download(
    @CurrentActor() actor: Actor,
    @Param('id', uuidParam()) id: string,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<StreamableFile> {
    return sendReport(await this.reports.download(actor, id), reply);
  }

  @ActionRoute({
    method: 'post',
    path: ':id/download-link',
    status: 200,
    permission: 'reports.read',
    summary: "A short-lived signed link to a ready report's file, for a plain link click",
    description:
      'The URL needs no credentials (the web app puts it in `<a href download>`): it names the report and ' +
      'your tenant, is signed (HMAC-SHA256), and works for 5 minutes. Same refusals as the download.',
    ok: DownloadLinkDto,
    problems: {
      404: `${PROBLEM}not-found`,
      409: `${PROBLEM}report-not-ready`,
      410: `${PROBLEM}report-expired (after REPORT_DOWNLOAD_TTL_HOURS)`,
    },
  })
  downloadLink(@CurrentActor() actor: Actor, @Param('id', uuidParam()) id: string): Promise<DownloadLinkDto> {
    return this.reports.downloadLink(actor, id);
  }
}

/** The public end of a download link: the signature, not a session, says who may have the file. */
@ApiTags('reports')
@Controller('report-downloads')
export class ReportDownloadController {
  constructor(private readonly reports: ReportService) {}

  @ReadRoute({
    path: ':token',
    permission: 'public',
    summary: "A report's file by its signed download link (from POST /reports/{id}/download-link)",
    description: 'No credentials: the link is the proof, for the report and tenant it names, for 5 minutes.',
    ok: {
      description: 'The file, as an attachment',
      schema: { type: 'string', format: 'binary' },
      headers: {
        'Content-Disposition': { schema: { type: 'string' } },
        'Repr-Digest': { description: '`sha-256=:<base64>:`', schema: { type: 'string' } },
      },
    },
    problems: {
      403: `${PROBLEM}download-link-invalid (altered or not a link)`,
      404: `${PROBLEM}not-found`,
      409: `${PROBLEM}report-not-ready`,
      410: `${PROBLEM}download-link-expired, report-expired`,
    },
  })
  @ApiProduces(...Object.values(CONTENT_TYPES))
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
