import { Injectable, Logger } from '@nestjs/common';
import { Clock } from '@jazari/config';
import { TransactionRunner, type DbContext, type TenantContext } from '@jazari/database';
import { NationalRenderingService } from './national-rendering.service.js';
import './dashboard-refresh.jobs.js';

/** What one refresh did: for logs and tests. */
export interface RefreshResult {
  /** Tenants whose roll-ups were recomputed (0: nothing had changed, only `asOf` moved). */
  readonly tenants: number;
  /** Every tenant was recomputed (asked for, or the network's day changed). */
  readonly full: boolean;
  readonly refreshedAt: string;
}

/**
 * Runs `dashboard_refresh` in a Root-kind read-only scope (no tenant id: the transaction itself can
 * write no tenant row). The function is SECURITY DEFINER, owned by the owner role: it takes the tenants
 * the base tables' triggers marked, recomputes their roll-ups, then the national rows, under an advisory
 * lock so replicas never refresh at the same time. `jazari_app` may only EXECUTE it, and only in a
 * Root-kind scope (the function checks).
 */
const ROOT_REFRESHER: DbContext = Object.freeze({ tenantId: null, tenantKind: 'root', userId: null });

@Injectable()
export class DashboardRefreshService {
  private readonly logger = new Logger(DashboardRefreshService.name);

  constructor(
    private readonly clock: Clock,
    private readonly transactions: TransactionRunner,
    private readonly rendering: NationalRenderingService,
  ) {}

  async refresh(options: { full?: boolean } = {}): Promise<RefreshResult> {
    const now = this.clock.now();
    const [row] = await this.transactions.runIndependently(ROOT_REFRESHER, (tx) =>
      tx.query<{
        tenants: number;
        full_refresh: boolean;
        refreshed_at: Date;
        version: string;
        root_id: string | null;
      }>(`SELECT tenants, full_refresh, refreshed_at, version, root_id FROM dashboard_refresh($1, $2)`, [
        now,
        options.full ?? false,
      ]),
    );
    // Then the unfiltered national dashboard is rendered once, in Root's scope, for every request to read.
    if (row?.root_id) {
      const version = Number(row.version);
      const root: TenantContext = { tenantId: row.root_id, tenantKind: 'root', userId: null };
      await this.transactions.runIndependently(root, async (tx) => {
        if (row.tenants > 0 || !(await this.rendering.isCurrent(tx, version))) {
          await this.rendering.render(tx, version);
        }
      });
    }
    const result = {
      tenants: row?.tenants ?? 0,
      full: row?.full_refresh ?? false,
      refreshedAt: (row?.refreshed_at ?? now).toISOString(),
    };
    if (result.tenants > 0) this.logger.log(result, 'dashboards refreshed');
    return result;
  }
}
