import { Injectable } from '@nestjs/common';
import type { Role } from '@jazari/access';
import type { TenantTx } from '@jazari/database';

export interface MemberRow {
  readonly id: string;
  readonly email: string;
  readonly displayName: string;
  readonly locale: string;
  readonly role: Role;
  readonly joinedAt: Date;
}

type Row = { id: string; email: string; display_name: string; locale: string; role: Role; created_at: Date };

const toMember = (r: Row): MemberRow => ({
  id: r.id,
  email: r.email,
  displayName: r.display_name,
  locale: r.locale,
  role: r.role,
  joinedAt: r.created_at,
});

const SELECT = `SELECT u.id, u.email, u.display_name, u.locale, m.role, m.created_at
                  FROM membership m JOIN app_user u ON u.id = m.user_id`;

@Injectable()
export class MemberRepository {
  async list(tx: TenantTx, tenantId: string, after: string | null, limit: number): Promise<MemberRow[]> {
    const rows = await tx.query<Row>(
      `${SELECT} WHERE m.tenant_id = $1 AND ($2::uuid IS NULL OR m.user_id > $2::uuid) ORDER BY m.user_id LIMIT $3`,
      [tenantId, after, limit],
    );
    return rows.map(toMember);
  }

  async find(tx: TenantTx, tenantId: string, userId: string): Promise<MemberRow | undefined> {
    const rows = await tx.query<Row>(`${SELECT} WHERE m.tenant_id = $1 AND m.user_id = $2`, [
      tenantId,
      userId,
    ]);
    return rows[0] && toMember(rows[0]);
  }

  /** Locks the tenant's memberships of these roles: two admins demoting each other cannot both succeed. */
  async countWithRoleForUpdate(tx: TenantTx, tenantId: string, role: Role): Promise<number> {
    const rows = await tx.query(
      `SELECT user_id FROM membership WHERE tenant_id = $1 AND role = $2 FOR UPDATE`,
      [tenantId, role],
    );
    return rows.length;
  }

  async insert(tx: TenantTx, tenantId: string, userId: string, role: Role): Promise<void> {
    await tx.query(`INSERT INTO membership (tenant_id, user_id, role) VALUES ($1, $2, $3)`, [
      tenantId,
      userId,
      role,
    ]);
  }

  async setRole(tx: TenantTx, tenantId: string, userId: string, role: Role): Promise<void> {
    await tx.query(`UPDATE membership SET role = $3 WHERE tenant_id = $1 AND user_id = $2`, [
      tenantId,
      userId,
      role,
    ]);
  }

  async remove(tx: TenantTx, tenantId: string, userId: string): Promise<void> {
    await tx.query(`DELETE FROM membership WHERE tenant_id = $1 AND user_id = $2`, [tenantId, userId]);
  }
}
