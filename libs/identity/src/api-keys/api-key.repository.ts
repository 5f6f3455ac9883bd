import { Injectable } from '@nestjs/common';
import type { TenantTx } from '@jazari/database';

export interface ApiKeyRow {
  readonly id: string;
  readonly name: string;
  readonly permissions: readonly string[];
  readonly createdBy: string;
  readonly createdAt: Date;
  readonly expiresAt: Date | null;
  readonly lastUsedAt: Date | null;
  readonly revokedAt: Date | null;
}

const COLUMNS = `id, name, permissions, created_by, created_at, expires_at, last_used_at, revoked_at`;

type Row = {
  id: string;
  name: string;
  permissions: string[];
  created_by: string;
  created_at: Date;
  expires_at: Date | null;
  last_used_at: Date | null;
  revoked_at: Date | null;
};

function toApiKey(r: Row): ApiKeyRow {
  return {
    id: r.id,
    name: r.name,
    permissions: r.permissions,
    createdBy: r.created_by,
    createdAt: r.created_at,
    expiresAt: r.expires_at,
    lastUsedAt: r.last_used_at,
    revokedAt: r.revoked_at,
  };
}

@Injectable()
export class ApiKeyRepository {
  async insert(
    tx: TenantTx,
    key: {
      tenantId: string;
      id: string;
      name: string;
      permissions: readonly string[];
      secretHash: Buffer;
      createdBy: string;
      expiresAt: Date | null;
    },
  ): Promise<ApiKeyRow> {
    const rows = await tx.query<Row>(
      `INSERT INTO api_key (tenant_id, id, name, permissions, secret_hash, created_by, expires_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING ${COLUMNS}`,
      [key.tenantId, key.id, key.name, key.permissions, key.secretHash, key.createdBy, key.expiresAt],
    );
    return toApiKey(rows[0]);
  }

  async list(tx: TenantTx, tenantId: string, after: string | null, limit: number): Promise<ApiKeyRow[]> {
    const rows = await tx.query<Row>(
      `SELECT ${COLUMNS} FROM api_key
        WHERE tenant_id = $1 AND ($2::uuid IS NULL OR id > $2::uuid)
        ORDER BY id LIMIT $3`,
      [tenantId, after, limit],
    );
    return rows.map(toApiKey);
  }

  async find(tx: TenantTx, tenantId: string, id: string): Promise<ApiKeyRow | undefined> {
    const rows = await tx.query<Row>(`SELECT ${COLUMNS} FROM api_key WHERE tenant_id = $1 AND id = $2`, [
      tenantId,
      id,
    ]);
    return rows[0] && toApiKey(rows[0]);
  }

  async revoke(tx: TenantTx, tenantId: string, id: string): Promise<boolean> {
    const rows = await tx.query(
      `UPDATE api_key SET revoked_at = now() WHERE tenant_id = $1 AND id = $2 AND revoked_at IS NULL RETURNING id`,
      [tenantId, id],
    );
    return rows.length > 0;
  }
}
