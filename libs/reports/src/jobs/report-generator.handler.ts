import { Readable } from 'node:stream';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { APP_CONFIG, Clock, type AppConfig } from '@jazari/config';
import { DashboardReader } from '@jazari/dashboards';
import { TransactionRunner, type TenantContext, type TenantTx } from '@jazari/database';
import { OutboxService } from '@jazari/outbox';
import { JobHandler, type JobEnvelope } from '@jazari/queue';
import { FILE_STORAGE, type FileStorage, type StoredObject } from '@jazari/storage';
import { buildReportDocument, type ReportFigures } from '../render/report-document.js';
import { renderReport } from '../render/report.renderer.js';
import { reportReadyJob, reportRequestedJob, type ReportRequested } from '../report.jobs.js';
import { CONTENT_TYPES } from '../report.types.js';
import { ReportRepository, type ReportRow } from '../requests/report.repository.js';

/** The largest report file kept (a national XLSX is a few hundred kilobytes). */
const MAX_REPORT_BYTES = 200 * 1024 * 1024;
const ERROR_MAX = 500;

/** Progress: reading the figures is the first tenth, the sections up to 90 %, storing the last steps. */
const FIGURES_READ = 10;
const SECTIONS_DONE = 90;
const STORED = 95;

/**
 * Renders a requested report. Runs in the event's tenant transaction (the outbox runner's), where it
 * reads the figures through the dashboards' reader and, at the end, marks the report ready and emits
 * `reports.ready` — both commit together, with the job's ledger row. Its status (running) and progress
 * are committed in their own short transactions as it goes, so `GET /reports/{id}` shows them while the
 * job runs and they survive a restart. A failure is recorded on the report (`failed`, with the error).
 */
@Injectable()
export class ReportGeneratorHandler {
  private readonly logger = new Logger(ReportGeneratorHandler.name);

  constructor(
    private readonly transactions: TransactionRunner,
    private readonly reports: ReportRepository,
    private readonly reader: DashboardReader,
    private readonly outbox: OutboxService,
    private readonly clock: Clock,
    @Inject(FILE_STORAGE) private readonly storage: FileStorage,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** In the event's unit of work (its `run` joins the job runner's transaction). */
  @JobHandler(reportRequestedJob)
  generate(envelope: JobEnvelope<ReportRequested>): Promise<void> {
    const eventTenant: TenantContext = { tenantId: envelope.tenantId, tenantKind: null, userId: null };
    return this.transactions.run(eventTenant, (tx) => this.generateIn(tx, envelope));
  }

  private async generateIn(tx: TenantTx, envelope: JobEnvelope<ReportRequested>): Promise<void> {
    const { tenantId } = envelope;
    const report = await this.reports.find(tx, tenantId, envelope.payload.reportId);
    if (!report || report.status === 'ready' || report.status === 'expired') return;
    // Read as the requester's kind of tenant: Root's national figures come through Root's read policies.
    const context: TenantContext = { tenantId, tenantKind: report.requesterKind, userId: null };
    await tx.rescope(context);
    await this.independently(context, (t) =>
      this.reports.markRunning(t, tenantId, report.id, this.clock.now()),
    );
    let stored: StoredObject | undefined;
    try {
      // The heavy reads, on the read replica when one is usable (same tenant scope, so the same RLS).
      const figures = await this.transactions.read(context, (t) => this.figures(t, report));
      await this.progress(context, report, FIGURES_READ);
      const onSection = (done: number, total: number) =>
        this.progress(
          context,
          report,
          FIGURES_READ + Math.floor(((SECTIONS_DONE - FIGURES_READ) * done) / total),
        );
      const bytes = await this.render(report, figures, onSection);
      stored = await this.storage.put(Readable.from([bytes]), {
        prefix: `${tenantId}/reports`,
        maxBytes: MAX_REPORT_BYTES,
      });
      await this.progress(context, report, STORED);
      const now = this.clock.now();
      const ready = await this.reports.markReady(
        tx,
        tenantId,
        report.id,
        {
          filename: filenameOf(report),
          contentType: CONTENT_TYPES[report.format],
          sizeBytes: stored.sizeBytes,
          sha256: stored.sha256,
          storageKey: stored.key,
          expiresAt: new Date(now.getTime() + this.config.reports.downloadTtlHours * 3_600_000),
        },
        now,
      );
      if (ready && report.requestedBy) {
        await this.outbox.emit(tx, reportReadyJob, {
          reportId: report.id,
          requestedBy: report.requestedBy,
          periodLabel: report.period.label,
          format: report.format,
          title: buildTitle(report),
        });
      }
    } catch (error) {
      if (stored) await this.storage.delete(stored.key).catch(() => undefined);
      const message = error instanceof Error ? error.message : String(error);
      this.logger.warn({ err: error, reportId: report.id, tenantId }, 'report failed');
      await this.independently(context, (t) =>
        this.reports.markFailed(t, tenantId, report.id, message.slice(0, ERROR_MAX), this.clock.now()),
      );
    }
  }

  private async figures(tx: TenantTx, report: ReportRow): Promise<ReportFigures> {
    // Every scope's period figures and series cover the report's months.
    const range = { from: report.period.from, to: report.period.to };
    switch (report.scope) {
      case 'national':
        return { scope: 'national', figures: await this.reader.national(tx, range) };
      case 'institute':
        return {
          scope: 'institute',
          figures: await this.reader.institute(tx, report.subjectTenantId!, range),
        };
      case 'partner':
        return { scope: 'partner', figures: await this.reader.partner(tx, report.subjectTenantId!, range) };
    }
  }

  private render(
    report: ReportRow,
    figures: ReportFigures,
    onSection: (done: number, total: number) => Promise<void>,
  ): Promise<Buffer> {
    const options = { pdfCompress: this.config.reports.pdfCompress };
    const generatedAt = this.clock.now();
    const document = buildReportDocument(figures, {
      locale: report.locale,
      period: report.period,
      generatedAt,
    });
    return renderReport(report.format, document, onSection, options);
  }

  private progress(context: TenantContext, report: ReportRow, percent: number): Promise<void> {
    return this.independently(context, (t) =>
      this.reports.setProgress(t, report.tenantId, report.id, percent),
    );
  }

  private independently(context: TenantContext, work: (tx: TenantTx) => Promise<unknown>) {
    return this.transactions.runIndependently(context, async (tx) => {
      await work(tx);
    });
  }
}

function filenameOf(report: ReportRow): string {
  const period = report.period.label.replace(/\.\./g, '_');
  return `jazari-${report.scope}-report-${period}.${report.format}`;
}

const TITLES = {
  national: { fr: 'Rapport national', ar: 'التقرير الوطني', en: 'National report' },
  institute: { fr: "Rapport de l'institut", ar: 'تقرير المعهد', en: 'Institute report' },
  partner: { fr: 'Rapport du partenaire', ar: 'تقرير الشريك', en: 'Partner report' },
} as const;

function buildTitle(report: ReportRow): string {
  return TITLES[report.scope][report.locale];
}
