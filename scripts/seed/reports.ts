import { uuidv7, type DbContext } from '@jazari/database';
import { previousPeriod, reportRequestedJob } from '@jazari/reports';
import type { InTransaction, Query, TenantIds } from './db.js';

/** Who asks for the demo's national report: Root's network administrator. */
export const DEMO_REPORT_REQUESTER = 'admin@jazari.ma';

/**
 * The demo's national report for the last full quarter (XLSX, in French), requested as the API would:
 * the report row and its `reports.requested` event in one Root transaction, so the worker renders it
 * through the same pipeline (figures from the dashboards' roll-ups, brought up to date first) as soon
 * as it starts, and notifies the requester. Once: a Root with a report already is left alone.
 * Returns the number of reports requested (0 or 1).
 */
export async function seedDemoReport(
  query: Query,
  inTransaction: InTransaction,
  tenants: TenantIds,
): Promise<number> {
  const root = tenants.get('jazari-root');
  if (!root) return 0;
  const context: DbContext = { tenantId: root.id, tenantKind: 'root', userId: null };
  return inTransaction(context, async () => {
    const existing = await query(`SELECT 1 FROM report WHERE tenant_id = $1 LIMIT 1`, [root.id]);
    if (existing.rowCount) return 0;
    const requester = await query(`SELECT id FROM app_user WHERE email = $1`, [DEMO_REPORT_REQUESTER]);
    const requestedBy = (requester.rows[0] as { id: string } | undefined)?.id ?? null;
    // The roll-ups the report reads, up to date with the seeded network (Root-kind scope only).
    await query(`SELECT tenants FROM dashboard_refresh(now(), true)`);
    const period = previousPeriod('quarterly', new Date());
    const id = uuidv7();
    await query(
      `INSERT INTO report (tenant_id, id, requested_by, requester_kind, scope, period_from, period_to, period_label,
         format, locale)
       VALUES ($1, $2, $3, 'root', 'national', ($4 || '-01')::date, ($5 || '-01')::date, $6, 'xlsx', 'fr')`,
      [root.id, id, requestedBy, period.from, period.to, period.label],
    );
    await query(
      `INSERT INTO outbox_event (tenant_id, id, type, version, queue, payload) VALUES ($1, $2, $3, $4, $5, $6)`,
      [
        root.id,
        uuidv7(),
        reportRequestedJob.name,
        reportRequestedJob.version,
        reportRequestedJob.queue,
        JSON.stringify({ reportId: id }),
      ],
    );
    return 1;
  });
}
