import { previousPeriod } from '@jazari/reports';
import type { TenantIds } from './db.js';
import type { DemoMember } from './identity.js';
import { seedActor, type SeedServices } from './services.js';

/** Who asks for the demo's national report: Root's network administrator. */
export const DEMO_REPORT_REQUESTER = 'admin@jazari.ma';

/**
 * The demo's national report for the last full quarter (XLSX, in French), requested through the reports'
 * own service as Root's administrator: the report row and its `reports.requested` event in one Root
 * transaction, so the worker renders it through the same pipeline (figures from the dashboards' roll-ups,
 * brought up to date first) as soon as it starts, and notifies the requester. Once: a Root with a report
 * already is left alone. Returns the number of reports requested (0 or 1).
 */
export async function seedDemoReport(
  services: SeedServices,
  tenants: TenantIds,
  members: ReadonlyMap<string, readonly DemoMember[]>,
): Promise<number> {
  const root = tenants.get('jazari-root');
  const admin = members.get('jazari-root')?.find((m) => m.email === DEMO_REPORT_REQUESTER);
  if (!root || !admin) return 0;
  const requester = seedActor(root, admin.userId, admin.role);
  if ((await services.reports.list(requester, { limit: 1 })).data.length > 0) return 0;
  // The roll-ups the report reads, up to date with the seeded network (and the national rendering with them).
  await services.dashboardRefresh.refresh({ full: true });
  await services.reports.request(requester, {
    scope: 'national',
    period: previousPeriod('quarterly', services.clock.now()).label,
    format: 'xlsx',
    locale: 'fr',
  });
  return 1;
}
