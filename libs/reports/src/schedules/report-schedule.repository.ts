import { Injectable } from '@nestjs/common';
import type { SystemTx, TenantKind, TenantTx } from '@jazari/database';
import type { ReportCadence, ReportFormat, ReportLocale, ReportScope } from '../report.types.js';

export interface ReportScheduleRow {
  readonly tenantId: string;
  readonly id: string;
  readonly scope: ReportScope;
  readonly subjectTenantId: string | null;
  readonly cadence: ReportCadence;
  readonly format: ReportFormat;
  readonly locale: ReportLocale;
  readonly ownerKind: TenantKind;
  readonly createdBy: string | null;
  readonly createdAt: Date;
}

export type NewReportSchedule = Omit<ReportScheduleRow, 'tenantId' | 'createdAt'>;

const COLUMNS = `tenant_id, id, scope, subject_tenant_id, cadence, format, locale, owner_kind, created_by, created_at`;

interface Raw {
  tenant_id: string;
  id: string;
  scope: ReportScope;
  subject_tenant_id: string | null;
  cadence: ReportCadence;
  format: ReportFormat;
  locale: ReportLocale;
  owner_kind: TenantKind;
  created_by: string | null;
  created_at: Date;
}

const toRow = (r: Raw): ReportScheduleRow => ({
  tenantId: r.tenant_id,
  id: r.id,
  scope: r.scope,
  subjectTenantId: r.subject_tenant_id,
  cadence: r.cadence,
  format: r.format,
  locale: r.locale,
  ownerKind: r.owner_kind,
  createdBy: r.created_by,
  createdAt: r.created_at,
});

/** The SQL of recurring reports. */
@Injectable()
export class ReportScheduleRepository {
  async insert(tx: TenantTx, tenantId: string, s: NewReportSchedule): Promise<ReportScheduleRow> {
    const [row] = await tx.query<Raw>(
      `INSERT INTO report_schedule (tenant_id, id, scope, subject_tenant_id, cadence, format, locale, owner_kind,
         created_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING ${COLUMNS}`,
      [tenantId, s.id, s.scope, s.subjectTenantId, s.cadence, s.format, s.locale, s.ownerKind, s.createdBy],
    );
    return toRow(row);
  }

  async find(tx: TenantTx, tenantId: string, id: string): Promise<ReportScheduleRow | undefined> {
    const [row] = await tx.query<Raw>(
      `SELECT ${COLUMNS} FROM report_schedule WHERE tenant_id = $1 AND id = $2`,
      [tenantId, id],
    );
    return row && toRow(row);
  }

  async list(tx: TenantTx, tenantId: string): Promise<ReportScheduleRow[]> {
    const rows = await tx.query<Raw>(
      `SELECT ${COLUMNS} FROM report_schedule WHERE tenant_id = $1 ORDER BY created_at, id LIMIT 500`,
      [tenantId],
    );
    return rows.map(toRow);
  }

  async delete(tx: TenantTx, tenantId: string, id: string): Promise<boolean> {
    const rows = await tx.query(`DELETE FROM report_schedule WHERE tenant_id = $1 AND id = $2 RETURNING id`, [
      tenantId,
      id,
    ]);
    return rows.length === 1;
  }

  /** Every schedule of the network (a Root-kind read across tenants, for the schedulers' sync). */
  async all(tx: SystemTx): Promise<ReportScheduleRow[]> {
    const rows = await tx.query<Raw>(`SELECT ${COLUMNS} FROM report_schedule ORDER BY tenant_id, id`);
    return rows.map(toRow);
  }
}
