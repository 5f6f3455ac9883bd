import { Injectable } from '@nestjs/common';
import type { SystemTx, TenantTx } from '@jazari/database';
import type { TenantKind } from '@jazari/database';
import type { ReportFormat, ReportLocale, ReportPeriod, ReportScope, ReportStatus } from '../report.types.js';

export interface ReportRow {
  readonly tenantId: string;
  readonly id: string;
  readonly scheduleId: string | null;
  readonly requestedBy: string | null;
  readonly requesterKind: TenantKind;
  readonly scope: ReportScope;
  readonly subjectTenantId: string | null;
  readonly period: ReportPeriod;
  readonly format: ReportFormat;
  readonly locale: ReportLocale;
  readonly status: ReportStatus;
  readonly progress: number;
  readonly error: string | null;
  readonly filename: string | null;
  readonly contentType: string | null;
  readonly sizeBytes: number | null;
  readonly sha256: Buffer | null;
  readonly storageKey: string | null;
  readonly createdAt: Date;
  readonly startedAt: Date | null;
  readonly finishedAt: Date | null;
  readonly expiresAt: Date | null;
}

export interface NewReport {
  readonly id: string;
  readonly scheduleId: string | null;
  readonly requestedBy: string | null;
  readonly requesterKind: TenantKind;
  readonly scope: ReportScope;
  readonly subjectTenantId: string | null;
  readonly period: ReportPeriod;
  readonly format: ReportFormat;
  readonly locale: ReportLocale;
}

export interface ExpiredFile {
  readonly tenantId: string;
  readonly id: string;
  readonly storageKey: string;
}

export interface FinishedFile {
  readonly filename: string;
  readonly contentType: string;
  readonly sizeBytes: number;
  readonly sha256: Buffer;
  readonly storageKey: string;
  readonly expiresAt: Date;
}

const COLUMNS = `tenant_id, id, schedule_id, requested_by, requester_kind, scope, subject_tenant_id,
  to_char(period_from, 'YYYY-MM') AS period_from, to_char(period_to, 'YYYY-MM') AS period_to, period_label,
  format, locale, status, progress, error, filename, content_type, size_bytes, sha256, storage_key, created_at,
  started_at, finished_at, expires_at`;

interface Raw {
  tenant_id: string;
  id: string;
  schedule_id: string | null;
  requested_by: string | null;
  requester_kind: TenantKind;
  scope: ReportScope;
  subject_tenant_id: string | null;
  period_from: string;
  period_to: string;
  period_label: string;
  format: ReportFormat;
  locale: ReportLocale;
  status: ReportStatus;
  progress: number;
  error: string | null;
  filename: string | null;
  content_type: string | null;
  size_bytes: string | null;
  sha256: Buffer | null;
  storage_key: string | null;
  created_at: Date;
  started_at: Date | null;
  finished_at: Date | null;
  expires_at: Date | null;
}

function toRow(r: Raw): ReportRow {
  return {
    tenantId: r.tenant_id,
    id: r.id,
    scheduleId: r.schedule_id,
    requestedBy: r.requested_by,
    requesterKind: r.requester_kind,
    scope: r.scope,
    subjectTenantId: r.subject_tenant_id,
    period: { from: r.period_from, to: r.period_to, label: r.period_label },
    format: r.format,
    locale: r.locale,
    status: r.status,
    progress: r.progress,
    error: r.error,
    filename: r.filename,
    contentType: r.content_type,
    sizeBytes: r.size_bytes === null ? null : Number(r.size_bytes),
    sha256: r.sha256,
    storageKey: r.storage_key,
    createdAt: r.created_at,
    startedAt: r.started_at,
    finishedAt: r.finished_at,
    expiresAt: r.expires_at,
  };
}

const INSERT = `INSERT INTO report (tenant_id, id, schedule_id, requested_by, requester_kind, scope, subject_tenant_id,
    period_from, period_to, period_label, format, locale)
  VALUES ($1, $2, $3, $4, $5, $6, $7, ($8 || '-01')::date, ($9 || '-01')::date, $10, $11, $12)`;

/** The SQL of reports: requests, their progress and their files. Always in the owner's tenant. */
@Injectable()
export class ReportRepository {
  async insert(tx: TenantTx, tenantId: string, report: NewReport): Promise<ReportRow> {
    const [row] = await tx.query<Raw>(`${INSERT} RETURNING ${COLUMNS}`, params(tenantId, report));
    return toRow(row);
  }

  /** A schedule's tick: inserts nothing if this schedule already has its report for the period. */
  async insertForTick(tx: TenantTx, tenantId: string, report: NewReport): Promise<ReportRow | undefined> {
    const [row] = await tx.query<Raw>(
      `${INSERT} ON CONFLICT (tenant_id, schedule_id, period_from, period_to) DO NOTHING RETURNING ${COLUMNS}`,
      params(tenantId, report),
    );
    return row && toRow(row);
  }

  async find(tx: TenantTx, tenantId: string, id: string): Promise<ReportRow | undefined> {
    const [row] = await tx.query<Raw>(`SELECT ${COLUMNS} FROM report WHERE tenant_id = $1 AND id = $2`, [
      tenantId,
      id,
    ]);
    return row && toRow(row);
  }

  /** Newest first (ids are UUID v7, so time-ordered); continues after the previous page's last id. */
  async list(tx: TenantTx, tenantId: string, afterId: string | null, limit: number): Promise<ReportRow[]> {
    const rows = await tx.query<Raw>(
      `SELECT ${COLUMNS} FROM report
        WHERE tenant_id = $1 AND ($2::uuid IS NULL OR id < $2::uuid)
        ORDER BY id DESC LIMIT $3`,
      [tenantId, afterId, limit],
    );
    return rows.map(toRow);
  }

  /** A failed report queued again (its error cleared); undefined when it is not failed (any more). */
  async requeue(tx: TenantTx, tenantId: string, id: string): Promise<ReportRow | undefined> {
    const [row] = await tx.query<Raw>(
      `UPDATE report SET status = 'queued', progress = 0, error = NULL, started_at = NULL, finished_at = NULL
        WHERE tenant_id = $1 AND id = $2 AND status = 'failed' RETURNING ${COLUMNS}`,
      [tenantId, id],
    );
    return row && toRow(row);
  }

  async markRunning(tx: TenantTx, tenantId: string, id: string, at: Date): Promise<void> {
    await tx.query(
      `UPDATE report SET status = 'running', progress = 0, error = NULL, started_at = $3
        WHERE tenant_id = $1 AND id = $2 AND status NOT IN ('ready', 'expired')`,
      [tenantId, id, at],
    );
  }

  async setProgress(tx: TenantTx, tenantId: string, id: string, progress: number): Promise<void> {
    await tx.query(
      `UPDATE report SET progress = GREATEST(progress, $3) WHERE tenant_id = $1 AND id = $2 AND status = 'running'`,
      [tenantId, id, progress],
    );
  }

  async markReady(
    tx: TenantTx,
    tenantId: string,
    id: string,
    file: FinishedFile,
    at: Date,
  ): Promise<boolean> {
    const rows = await tx.query(
      `UPDATE report SET status = 'ready', progress = 100, error = NULL, filename = $3, content_type = $4,
              size_bytes = $5, sha256 = $6, storage_key = $7, expires_at = $8, finished_at = $9
        WHERE tenant_id = $1 AND id = $2 AND status NOT IN ('ready', 'expired') RETURNING id`,
      [
        tenantId,
        id,
        file.filename,
        file.contentType,
        file.sizeBytes,
        file.sha256,
        file.storageKey,
        file.expiresAt,
        at,
      ],
    );
    return rows.length === 1;
  }

  async markFailed(tx: TenantTx, tenantId: string, id: string, error: string, at: Date): Promise<void> {
    await tx.query(
      `UPDATE report SET status = 'failed', error = $3, finished_at = $4
        WHERE tenant_id = $1 AND id = $2 AND status NOT IN ('ready', 'expired')`,
      [tenantId, id, error, at],
    );
  }

  /** Ready reports whose download period is over, oldest expiry first (read in Root's scope). */
  async expiredFiles(tx: SystemTx, now: Date, limit: number): Promise<ExpiredFile[]> {
    return tx.query<ExpiredFile>(
      `SELECT tenant_id AS "tenantId", id, storage_key AS "storageKey"
         FROM report WHERE status = 'ready' AND expires_at <= $1
        ORDER BY expires_at, tenant_id, id LIMIT $2`,
      [now, limit],
    );
  }

  /** Records that a ready report's file was deleted; false when it was no longer that file's report. */
  async markExpired(tx: TenantTx, file: ExpiredFile): Promise<boolean> {
    const rows = await tx.query(
      `UPDATE report SET status = 'expired', storage_key = NULL
        WHERE tenant_id = $1 AND id = $2 AND status = 'ready' AND storage_key = $3 RETURNING id`,
      [file.tenantId, file.id, file.storageKey],
    );
    return rows.length === 1;
  }

  /** The kind of a tenant the caller may see (tenants are reference data), if it exists. */
  async tenantKind(tx: TenantTx, tenantId: string): Promise<TenantKind | undefined> {
    const [row] = await tx.query<{ kind: TenantKind }>(`SELECT kind FROM tenant WHERE id = $1`, [tenantId]);
    return row?.kind;
  }

  async userLocale(tx: TenantTx, userId: string): Promise<ReportLocale | undefined> {
    const [row] = await tx.query<{ locale: ReportLocale }>(`SELECT locale FROM app_user WHERE id = $1`, [
      userId,
    ]);
    return row?.locale;
  }
}

function params(tenantId: string, r: NewReport): unknown[] {
  return [
    tenantId,
    r.id,
    r.scheduleId,
    r.requestedBy,
    r.requesterKind,
    r.scope,
    r.subjectTenantId,
    r.period.from,
    r.period.to,
    r.period.label,
    r.format,
    r.locale,
  ];
}
