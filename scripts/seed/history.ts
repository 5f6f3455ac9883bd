import { networkToday } from '@jazari/config';
import type { DeclaredHistoryMonth } from '@jazari/dashboards';
import type { TenantIds } from './db.js';
import type { SeedServices } from './services.js';

/** How far back the demo's dashboards go: 24 months, this one included. */
export const DEMO_HISTORY_MONTHS = 24;
/** The demo's own records start about 13 months ago; the months before carry the institutes' earlier reporting. */
const CARRIED_MONTHS = 10;

/**
 * The demo institutes' figures from before their records in Jazari (their earlier reporting, carried
 * over into `dashboard_history`), for the ten oldest of the dashboards' 24 months, so the demo's monthly
 * series show a trend all the way back; the later months come from the seeded projects, conventions
 * and workshops themselves. Declared through the dashboards' own repository, in each institute's own
 * transaction; idempotent (a month already there is left alone). Returns the number of months written.
 */
export async function seedDashboardHistory(services: SeedServices, tenants: TenantIds): Promise<number> {
  const thisMonth = networkToday(services.clock.now()).slice(0, 7);
  const [year, month] = thisMonth.split('-').map(Number) as [number, number];
  let written = 0;
  let index = 0;
  for (const [, tenant] of tenants) {
    if (tenant.kind !== 'institute') continue;
    index += 1;
    const months: DeclaredHistoryMonth[] = [];
    for (let back = DEMO_HISTORY_MONTHS - 1; back > DEMO_HISTORY_MONTHS - 1 - CARRIED_MONTHS; back--) {
      const m = year * 12 + (month - 1) - back;
      // A network that grows: more running projects month after month, a start most months.
      const age = DEMO_HISTORY_MONTHS - back;
      months.push({
        month: `${Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, '0')}`,
        projectsActive: 1 + Math.floor((age * (index + 1)) / 4),
        projectsStarted: (age + index) % 3 === 0 ? 0 : 1,
        budgetCommittedMad: ((age + index) % 3 === 0 ? 0 : 250_000 + 50_000 * ((age * index) % 7)).toFixed(2),
        conventionsSigned: age % 4 === index % 4 ? 1 : 0,
        workshopsHeld: (age + index) % 2,
        beneficiariesSupported: (age * index) % 3,
      });
    }
    written += await services.transactions.run(
      { tenantId: tenant.id, tenantKind: 'institute', userId: null },
      (tx) => services.dashboardHistory.declare(tx, tenant.id, months),
    );
  }
  return written;
}
