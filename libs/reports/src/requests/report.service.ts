import type { Readable } from 'node:stream';
import { Inject, Injectable } from '@nestjs/common';
import { actorContext, type Actor } from '@jazari/access';
import { APP_CONFIG, Clock, type AppConfig } from '@jazari/config';
import { TransactionRunner, uuidv7 } from '@jazari/database';
import { API_PREFIX, clampPageSize, idCursor } from '@jazari/http';
import { OutboxService } from '@jazari/outbox';
import { FILE_STORAGE, StoredObjectNotFoundError, type FileStorage } from '@jazari/storage';
import { parsePeriod } from '../report-period.js';
import { subjectOf } from '../report-scope.js';
import type {
  DownloadLinkDto,
  ListReportsQuery,
  ReportDto,
  ReportPageDto,
  RequestReportDto,
} from '../report.dto.js';
import { ReportProblems } from '../report.problems.js';
import type { ReportLocale } from '../report.types.js';
import { reportRequestedJob } from '../report.jobs.js';
import { DOWNLOAD_LINK_TTL_SECONDS, signDownloadToken, verifyDownloadToken } from './download-link.js';
import { ReportRepository, type ReportRow } from './report.repository.js';

export interface ReportDownload {
  readonly report: ReportRow & { filename: string; contentType: string; sizeBytes: number; sha256: Buffer };
  readonly content: Readable;
}

const DEFAULT_LIMIT = 20;
const MAX_LIMIT = 100;

/**
 * Report requests: checks who may have which report, records it (queued) with its `reports.requested`
 * event in one transaction, and serves its progress and, once ready and until it expires, its file.
 */
@Injectable()
export class ReportService {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly reports: ReportRepository,
    private readonly outbox: OutboxService,
    private readonly clock: Clock,
    @Inject(FILE_STORAGE) private readonly storage: FileStorage,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  request(actor: Actor, body: RequestReportDto): Promise<ReportDto> {
    const period = parsePeriod(body.period);
    if (typeof period === 'string') throw ReportProblems.invalid('period', period);
    return this.transactions.run(actorContext(actor), async (tx) => {
      const subject = await subjectOf(actor, body.scope, body.tenantId, (id) =>
        this.reports.tenantKind(tx, id),
      );
      const locale = body.locale ?? (await this.localeOf(actor));
      const report = await this.reports.insert(tx, actor.tenantId, {
        id: uuidv7(),
        scheduleId: null,
        requestedBy: actor.userId,
        requesterKind: actor.tenantKind,
        scope: body.scope,
        subjectTenantId: subject,
        period,
        format: body.format,
        locale,
      });
      await this.outbox.emit(tx, reportRequestedJob, { reportId: report.id });
      return toReportDto(report);
    });
  }

  /**
   * A failed report rendered again (same scope, period, format and language): queued, then the worker's
   * job as for a new request. The caller must be allowed to request that report now.
   */
  retry(actor: Actor, id: string): Promise<ReportDto> {
    return this.transactions.run(actorContext(actor), async (tx) => {
      const report = await this.reports.find(tx, actor.tenantId, id);
      if (!report) throw ReportProblems.notFound();
      await subjectOf(actor, report.scope, report.subjectTenantId ?? undefined, (t) =>
        this.reports.tenantKind(tx, t),
      );
      const queued = await this.reports.requeue(tx, actor.tenantId, id);
      if (!queued) throw ReportProblems.notFailed(report.status);
      await this.outbox.emit(tx, reportRequestedJob, { reportId: id });
      return toReportDto(queued);
    });
  }

  list(actor: Actor, query: ListReportsQuery): Promise<ReportPageDto> {
    const after = idCursor.decodeOptional(query.cursor)?.[0] ?? null;
    const limit = clampPageSize(query.limit, { fallback: DEFAULT_LIMIT, max: MAX_LIMIT });
    return this.transactions.run(actorContext(actor), async (tx) => {
      const rows = await this.reports.list(tx, actor.tenantId, after, limit + 1);
      const { data, nextCursor } = idCursor.page(rows, limit, (r) => [r.id]);
      return { data: data.map(toReportDto), nextCursor };
    });
  }

  get(actor: Actor, id: string): Promise<ReportDto> {
    return this.transactions.run(actorContext(actor), async (tx) => {
      const report = await this.reports.find(tx, actor.tenantId, id);
      if (!report) throw ReportProblems.notFound();
      return toReportDto(report);
    });
  }

  download(actor: Actor, id: string): Promise<ReportDownload> {
    return this.transactions.run(actorContext(actor), async (tx) => {
      // The owner's tenant only: Root's network-wide read does not extend to others' reports' files.
      const report = this.downloadable(await this.reports.find(tx, actor.tenantId, id));
      return this.open(report);
    });
  }

  /**
   * A short-lived link to a ready report's file, for a plain link click (no bearer header): signed,
   * bound to the report and the caller's tenant, valid DOWNLOAD_LINK_TTL_SECONDS.
   */
  downloadLink(actor: Actor, id: string): Promise<DownloadLinkDto> {
    return this.transactions.run(actorContext(actor), async (tx) => {
      const report = this.downloadable(await this.reports.find(tx, actor.tenantId, id));
      const expiresAt = Math.floor(this.clock.now().getTime() / 1000) + DOWNLOAD_LINK_TTL_SECONDS;
      const token = signDownloadToken(this.config.auth.secret, {
        reportId: report.id,
        tenantId: actor.tenantId,
        expiresAt,
      });
      return {
        url: `/${API_PREFIX}/report-downloads/${token}`,
        expiresAt: new Date(expiresAt * 1000).toISOString(),
      };
    });
  }

  /** The file a download link names, read in the link's tenant (its signature is the authority). */
  downloadByLink(token: string): Promise<ReportDownload> {
    const check = verifyDownloadToken(
      this.config.auth.secret,
      token,
      Math.floor(this.clock.now().getTime() / 1000),
    );
    if (!check.ok) {
      throw check.reason === 'expired' ? ReportProblems.linkExpired() : ReportProblems.linkInvalid();
    }
    const { reportId, tenantId } = check.grant;
    return this.transactions.run({ tenantId, tenantKind: null, userId: null }, async (tx) => {
      const report = this.downloadable(await this.reports.find(tx, tenantId, reportId));
      return this.open(report);
    });
  }

  /** A ready report still in its download period, or the problem saying why not. */
  private downloadable(report: ReportRow | undefined): ReportRow {
    if (!report) throw ReportProblems.notFound();
    // Past its download period: 410 whether or not the hourly purge has deleted the file yet.
    const expiresAt = report.expiresAt;
    if (
      expiresAt &&
      (report.status === 'expired' ||
        (report.status === 'ready' && expiresAt.getTime() <= this.clock.now().getTime()))
    ) {
      throw ReportProblems.expired(expiresAt);
    }
    if (report.status !== 'ready' || !report.storageKey) throw ReportProblems.notReady(report.status);
    return report;
  }

  private async open(report: ReportRow): Promise<ReportDownload> {
    try {
      const content = await this.storage.open(report.storageKey!);
      return { report: report as ReportDownload['report'], content };
    } catch (error) {
      if (error instanceof StoredObjectNotFoundError) throw ReportProblems.unavailable();
      throw error;
    }
  }

  private async localeOf(actor: Actor): Promise<ReportLocale> {
    if (!actor.userId) return 'fr';
    const userId = actor.userId;
    return (
      (await this.transactions.run(actorContext(actor), (tx) => this.reports.userLocale(tx, userId))) ?? 'fr'
    );
  }
}

export function downloadPath(id: string): string {
  return `/${API_PREFIX}/reports/${id}/download`;
}

export function toReportDto(r: ReportRow): ReportDto {
  return {
    id: r.id,
    scope: r.scope,
    tenantId: r.subjectTenantId,
    period: { ...r.period },
    format: r.format,
    locale: r.locale,
    status: r.status,
    progress: r.progress,
    error: r.error,
    scheduleId: r.scheduleId,
    requestedBy: r.requestedBy,
    filename: r.filename,
    sizeBytes: r.sizeBytes,
    downloadUrl: r.status === 'ready' ? downloadPath(r.id) : null,
    createdAt: r.createdAt.toISOString(),
    startedAt: r.startedAt?.toISOString() ?? null,
    finishedAt: r.finishedAt?.toISOString() ?? null,
    expiresAt: r.expiresAt?.toISOString() ?? null,
  };
}
