import type { DbContext } from '@jazari/database';
import { networkToday } from '@jazari/projects';
import type { InTransaction, Query, TenantIds } from './db.js';

/** How far back the demo's dashboards go: 24 months, this one included. */
export const DEMO_HISTORY_MONTHS = 24;
/** The demo's own records start about 13 months ago; the months before carry the institutes' earlier reporting. */
const CARRIED_MONTHS = 10;

/**
 * The demo institutes' figures from before their records in Jazari (their earlier reporting, carried
 * over into `dashboard_history`), for the ten oldest of the dashboards' 24 months, so the demo's monthly
 * series show a trend all the way back; the later months come from the seeded projects, conventions
 * and workshops themselves. Written in each institute's own transaction; idempotent (a month already
 * there is left alone). Returns the number of months written.
 */
export async function seedDashboardHistory(
  query: Query,
  inTransaction: InTransaction,
  tenants: TenantIds,
): Promise<number> {
  const thisMonth = networkToday(new Date()).slice(0, 7);
  const [year, month] = thisMonth.split('-').map(Number) as [number, number];
  let written = 0;
  let index = 0;
  for (const [, tenant] of tenants) {
    if (tenant.kind !== 'institute') continue;
    index += 1;
    const context: DbContext = { tenantId: tenant.id, tenantKind: 'institute', userId: null };
    written += await inTransaction(context, async () => {
      let rows = 0;
      for (let back = DEMO_HISTORY_MONTHS - 1; back > DEMO_HISTORY_MONTHS - 1 - CARRIED_MONTHS; back--) {
        const m = year * 12 + (month - 1) - back;
        const first = `${Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, '0')}-01`;
        // A network that grows: more running projects month after month, a start most months.
        const age = DEMO_HISTORY_MONTHS - back;
        const result = await query(
          `INSERT INTO dashboard_history (tenant_id, month, projects_active, projects_started, budget_committed_mad,
                                          conventions_signed, workshops_held, beneficiaries_supported)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT (tenant_id, month) DO NOTHING`,
          [
            tenant.id,
            first,
            1 + Math.floor((age * (index + 1)) / 4),
            (age + index) % 3 === 0 ? 0 : 1,
            (age + index) % 3 === 0 ? 0 : 250_000 + 50_000 * ((age * index) % 7),
            age % 4 === index % 4 ? 1 : 0,
            (age + index) % 2,
            (age * index) % 3,
          ],
        );
        rows += result.rowCount ?? 0;
      }
      return rows;
    });
  }
  return written;
}
