import { Injectable } from '@nestjs/common';
import type { TenantTx } from '@jazari/database';

export interface ResetForUse {
  readonly userId: string;
  readonly secretHash: Buffer;
  readonly expired: boolean;
  readonly usedAt: Date | null;
  readonly revokedAt: Date | null;
  readonly expiresAt: Date;
  /** Null when the person is no longer visible in the link's tenant (they left it). */
  readonly email: string | null;
  readonly userStatus: string | null;
}

/** Reset links: SQL only; PasswordResetService holds the rules. */
@Injectable()
export class PasswordResetRepository {
  async insert(
    tx: TenantTx,
    reset: { tenantId: string; id: string; userId: string; secretHash: Buffer; expiresAt: Date },
  ): Promise<void> {
    await tx.query(
      `INSERT INTO password_reset (tenant_id, id, user_id, secret_hash, expires_at) VALUES ($1, $2, $3, $4, $5)`,
      [reset.tenantId, reset.id, reset.userId, reset.secretHash, reset.expiresAt],
    );
  }

  /** The link's row, locked when it is about to be used (two uses at once: the second waits, then sees it used). */
  async find(tx: TenantTx, tenantId: string, id: string, lock: boolean): Promise<ResetForUse | undefined> {
    const rows = await tx.query<{
      user_id: string;
      secret_hash: Buffer;
      expired: boolean;
      used_at: Date | null;
      revoked_at: Date | null;
      expires_at: Date;
      email: string | null;
      status: string | null;
    }>(
      `SELECT r.user_id, r.secret_hash, r.expires_at <= now() AS expired, r.used_at, r.revoked_at, r.expires_at,
              u.email, u.status
         FROM password_reset r LEFT JOIN app_user u ON u.id = r.user_id
        WHERE r.tenant_id = $1 AND r.id = $2
        ${lock ? 'FOR UPDATE OF r' : ''}`,
      [tenantId, id],
    );
    const r = rows[0];
    return (
      r && {
        userId: r.user_id,
        secretHash: r.secret_hash,
        expired: r.expired,
        usedAt: r.used_at,
        revokedAt: r.revoked_at,
        expiresAt: r.expires_at,
        email: r.email,
        userStatus: r.status,
      }
    );
  }

  async markUsed(tx: TenantTx, tenantId: string, id: string): Promise<void> {
    await tx.query(`UPDATE password_reset SET used_at = now() WHERE tenant_id = $1 AND id = $2`, [
      tenantId,
      id,
    ]);
  }

  /** Needs the user in the transaction's scope: closes their other open links, in every tenant. */
  async closeOthers(tx: TenantTx, userId: string, exceptId: string): Promise<number> {
    const rows = await tx.query(
      `UPDATE password_reset SET revoked_at = now()
        WHERE user_id = $1 AND id <> $2 AND used_at IS NULL AND revoked_at IS NULL
        RETURNING id`,
      [userId, exceptId],
    );
    return rows.length;
  }
}
