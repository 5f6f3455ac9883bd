import { Injectable } from '@nestjs/common';
import type { TenantTx } from '@jazari/database';

/** Which of the given references exist and may be used on a project; each answers the valid subset. */
@Injectable()
export class ProjectReferenceRepository {
  async activePriorityCodes(tx: TenantTx, codes: readonly string[]): Promise<string[]> {
    return this.column(
      tx,
      `SELECT code AS value FROM national_priority WHERE code = ANY($1::text[]) AND active`,
      [codes],
    );
  }

  async activeDomainCodes(tx: TenantTx, codes: readonly string[]): Promise<string[]> {
    return this.column(
      tx,
      `SELECT code AS value FROM thematic_domain WHERE code = ANY($1::text[]) AND active`,
      [codes],
    );
  }

  async regionCodes(tx: TenantTx, codes: readonly string[]): Promise<string[]> {
    return this.column(tx, `SELECT code AS value FROM region WHERE code = ANY($1::text[])`, [codes]);
  }

  /** Members of the institute (any institute role). */
  async instituteMembers(tx: TenantTx, tenantId: string, userIds: readonly string[]): Promise<string[]> {
    return this.column(
      tx,
      `SELECT user_id::text AS value FROM membership
        WHERE tenant_id = $1 AND user_id = ANY($2::uuid[]) AND role IN ('institute_manager', 'researcher')`,
      [tenantId, userIds],
    );
  }

  /** Partner tenants that are active. */
  async activePartners(tx: TenantTx, tenantIds: readonly string[]): Promise<string[]> {
    return this.column(
      tx,
      `SELECT id::text AS value FROM tenant WHERE id = ANY($1::uuid[]) AND kind = 'partner' AND status = 'active'`,
      [tenantIds],
    );
  }

  private async column(tx: TenantTx, sql: string, params: unknown[]): Promise<string[]> {
    if ((params[params.length - 1] as readonly string[]).length === 0) return [];
    const rows = await tx.query<{ value: string }>(sql, params);
    return rows.map((r) => r.value);
  }
}
