import { Injectable } from '@nestjs/common';
import type { TenantTx } from '@jazari/database';
import type { DeclaredMonth } from '../dashboard.types.js';

/** One month of a tenant's reporting from before its records in Jazari, as it declared it. */
export interface DeclaredHistoryMonth extends DeclaredMonth {
  /** `YYYY-MM`. */
  readonly month: string;
}

/**
 * The figures a tenant carried over from its reporting before Jazari (`dashboard_history`), which the
 * monthly series show beside what Jazari recorded. No route writes them yet: the demo seed declares the
 * demo institutes' earlier months through this, in the institute's own transaction (RLS checks the tenant).
 */
@Injectable()
export class DashboardHistoryRepository {
  /**
   * Adds the months the tenant has not declared yet; a month already there keeps its first figures.
   * Returns how many months it added.
   */
  async declare(tx: TenantTx, tenantId: string, months: readonly DeclaredHistoryMonth[]): Promise<number> {
    if (months.length === 0) return 0;
    const rows = await tx.query<{ month: string }>(
      `INSERT INTO dashboard_history (tenant_id, month, projects_active, projects_started, budget_committed_mad,
                                      conventions_signed, workshops_held, beneficiaries_supported)
       SELECT $1, (m.month || '-01')::date, m.projects_active, m.projects_started, m.budget_committed_mad,
              m.conventions_signed, m.workshops_held, m.beneficiaries_supported
         FROM unnest($2::text[], $3::int[], $4::int[], $5::numeric[], $6::int[], $7::int[], $8::int[])
              AS m(month, projects_active, projects_started, budget_committed_mad, conventions_signed,
                   workshops_held, beneficiaries_supported)
       ON CONFLICT (tenant_id, month) DO NOTHING
       RETURNING to_char(month, 'YYYY-MM') AS month`,
      [
        tenantId,
        months.map((m) => m.month),
        months.map((m) => m.projectsActive),
        months.map((m) => m.projectsStarted),
        months.map((m) => m.budgetCommittedMad),
        months.map((m) => m.conventionsSigned),
        months.map((m) => m.workshopsHeld),
        months.map((m) => m.beneficiariesSupported),
      ],
    );
    return rows.length;
  }
}
