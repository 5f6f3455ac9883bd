import { Injectable } from '@nestjs/common';
import type { TenantTx } from '@jazari/database';
import type { ProjectScope } from '../project-access.js';
import type { Rag } from './status-report.dto.js';

export interface StatusReportFields {
  readonly periodStart: string;
  readonly periodEnd: string;
  readonly rag: Rag;
  readonly narrative: string;
  readonly risks: string;
}

export interface StatusReportRow extends StatusReportFields {
  readonly id: string;
  readonly projectId: string;
  readonly authorId: string;
  readonly createdAt: Date;
}

type Scope = Pick<ProjectScope, 'tenantId' | 'projectId'>;

const COLUMNS = `id, project_id, period_start::text AS period_start, period_end::text AS period_end, rag,
  narrative, risks, author_id, created_at`;

type Row = {
  id: string;
  project_id: string;
  period_start: string;
  period_end: string;
  rag: Rag;
  narrative: string;
  risks: string;
  author_id: string;
  created_at: Date;
};

const toReport = (r: Row): StatusReportRow => ({
  id: r.id,
  projectId: r.project_id,
  periodStart: r.period_start,
  periodEnd: r.period_end,
  rag: r.rag,
  narrative: r.narrative,
  risks: r.risks,
  authorId: r.author_id,
  createdAt: r.created_at,
});

@Injectable()
export class StatusReportRepository {
  /** Latest period first; `after` is the (period end, id) of the previous page's last row. */
  async list(
    tx: TenantTx,
    scope: Scope,
    after: readonly string[] | null,
    limit: number,
  ): Promise<StatusReportRow[]> {
    const rows = await tx.query<Row>(
      `SELECT ${COLUMNS} FROM status_report
        WHERE tenant_id = $1 AND project_id = $2
          AND ($3::date IS NULL OR (period_end, id) < ($3::date, $4::uuid))
        ORDER BY period_end DESC, id DESC LIMIT $5`,
      [scope.tenantId, scope.projectId, after?.[0] ?? null, after?.[1] ?? null, limit],
    );
    return rows.map(toReport);
  }

  async find(tx: TenantTx, scope: Scope, id: string): Promise<StatusReportRow | undefined> {
    const rows = await tx.query<Row>(
      `SELECT ${COLUMNS} FROM status_report WHERE tenant_id = $1 AND project_id = $2 AND id = $3`,
      [scope.tenantId, scope.projectId, id],
    );
    return rows[0] && toReport(rows[0]);
  }

  async insert(
    tx: TenantTx,
    scope: Scope,
    report: StatusReportFields & { id: string; authorId: string },
  ): Promise<StatusReportRow> {
    const rows = await tx.query<Row>(
      `INSERT INTO status_report (tenant_id, id, project_id, period_start, period_end, rag, narrative, risks, author_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING ${COLUMNS}`,
      [
        scope.tenantId,
        report.id,
        scope.projectId,
        report.periodStart,
        report.periodEnd,
        report.rag,
        report.narrative,
        report.risks,
        report.authorId,
      ],
    );
    return toReport(rows[0]);
  }
}
