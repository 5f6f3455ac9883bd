import { Injectable } from '@nestjs/common';
import type { TenantTx, Tx } from '@jazari/database';

export interface TotpRow {
  readonly secretSealed: Buffer;
  readonly confirmedAt: Date | null;
  readonly lastUsedStep: number | null;
}

export interface ChallengeRow {
  readonly secretHash: Buffer;
  readonly expired: boolean;
  readonly usedAt: Date | null;
  /** The tenant whose OpenID provider started the sign-in; null for a password sign-in. */
  readonly ssoTenantId: string | null;
}

/**
 * A person's factors and sign-in challenges. Every query needs a transaction that names the user
 * (`app.user_id`): the rows' policy shows a person their own rows and nobody else's. SQL only.
 */
@Injectable()
export class SecondFactorRepository {
  async totpOf(tx: Tx, userId: string, lock = false): Promise<TotpRow | undefined> {
    const rows = await tx.query<{
      secret_sealed: Buffer;
      confirmed_at: Date | null;
      last_used_step: string | null;
    }>(
      `SELECT secret_sealed, confirmed_at, last_used_step FROM user_totp WHERE user_id = $1${lock ? ' FOR UPDATE' : ''}`,
      [userId],
    );
    const r = rows[0];
    return (
      r && {
        secretSealed: r.secret_sealed,
        confirmedAt: r.confirmed_at,
        lastUsedStep: r.last_used_step === null ? null : Number(r.last_used_step),
      }
    );
  }

  /** A new, unconfirmed secret replaces an unconfirmed one; a confirmed factor is never overwritten here. */
  async startTotp(tx: TenantTx, userId: string, sealed: Buffer): Promise<boolean> {
    const rows = await tx.query<{ user_id: string }>(
      `INSERT INTO user_totp (user_id, secret_sealed) VALUES ($1, $2)
       ON CONFLICT (user_id) DO UPDATE SET secret_sealed = EXCLUDED.secret_sealed, created_at = now(),
                                           last_used_step = NULL
        WHERE user_totp.confirmed_at IS NULL
       RETURNING user_id`,
      [userId, sealed],
    );
    return rows.length === 1;
  }

  async confirmTotp(tx: TenantTx, userId: string, step: number): Promise<void> {
    await tx.query(`UPDATE user_totp SET confirmed_at = now(), last_used_step = $2 WHERE user_id = $1`, [
      userId,
      step,
    ]);
  }

  /** Records a step as used, only if it is later than the last one: answers false for a replay. */
  async useStep(tx: TenantTx, userId: string, step: number): Promise<boolean> {
    const rows = await tx.query<{ user_id: string }>(
      `UPDATE user_totp SET last_used_step = $2
        WHERE user_id = $1 AND confirmed_at IS NOT NULL AND (last_used_step IS NULL OR last_used_step < $2)
       RETURNING user_id`,
      [userId, step],
    );
    return rows.length === 1;
  }

  async removeTotp(tx: TenantTx, userId: string): Promise<void> {
    await tx.query(`DELETE FROM user_totp WHERE user_id = $1`, [userId]);
  }

  async removeFactors(tx: TenantTx, userId: string): Promise<void> {
    await tx.query(`DELETE FROM user_recovery_code WHERE user_id = $1`, [userId]);
    await tx.query(`DELETE FROM user_totp WHERE user_id = $1`, [userId]);
  }

  async replaceRecoveryCodes(
    tx: TenantTx,
    userId: string,
    codes: readonly { id: string; hash: Buffer }[],
  ): Promise<void> {
    await tx.query(`DELETE FROM user_recovery_code WHERE user_id = $1`, [userId]);
    await tx.query(
      `INSERT INTO user_recovery_code (user_id, id, code_hash)
       SELECT $1, id, code_hash FROM unnest($2::uuid[], $3::bytea[]) AS c (id, code_hash)`,
      [userId, codes.map((c) => c.id), codes.map((c) => c.hash)],
    );
  }

  /** Uses up a recovery code: answers false when there is no such unused code. */
  async useRecoveryCode(tx: TenantTx, userId: string, hash: Buffer): Promise<boolean> {
    const rows = await tx.query<{ id: string }>(
      `UPDATE user_recovery_code SET used_at = now()
        WHERE user_id = $1 AND code_hash = $2 AND used_at IS NULL RETURNING id`,
      [userId, hash],
    );
    return rows.length === 1;
  }

  async recoveryCodesLeft(tx: TenantTx, userId: string): Promise<number> {
    const rows = await tx.query<{ left: number }>(
      `SELECT count(*)::int AS left FROM user_recovery_code WHERE user_id = $1 AND used_at IS NULL`,
      [userId],
    );
    return rows[0].left;
  }

  /** The tenants among the person's active memberships that require a second factor. */
  async requiringTenants(tx: Tx, userId: string): Promise<string[]> {
    const rows = await tx.query<{ tenant_id: string }>(
      `SELECT m.tenant_id
         FROM membership m
         JOIN tenant t ON t.id = m.tenant_id
         JOIN tenant_security s ON s.tenant_id = m.tenant_id
        WHERE m.user_id = $1 AND t.status = 'active' AND s.second_factor_required`,
      [userId],
    );
    return rows.map((r) => r.tenant_id);
  }

  async tenantRequires(tx: TenantTx, tenantId: string): Promise<boolean> {
    const rows = await tx.query<{ second_factor_required: boolean }>(
      `SELECT second_factor_required FROM tenant_security WHERE tenant_id = $1`,
      [tenantId],
    );
    return rows[0]?.second_factor_required ?? false;
  }

  async setTenantRequires(
    tx: TenantTx,
    tenantId: string,
    required: boolean,
    userId: string | null,
  ): Promise<void> {
    await tx.query(
      `INSERT INTO tenant_security (tenant_id, second_factor_required, updated_by) VALUES ($1, $2, $3)
       ON CONFLICT (tenant_id) DO UPDATE
         SET second_factor_required = EXCLUDED.second_factor_required, updated_at = now(),
             updated_by = EXCLUDED.updated_by`,
      [tenantId, required, userId],
    );
  }

  async insertChallenge(
    tx: Tx,
    row: {
      userId: string;
      id: string;
      secretHash: Buffer;
      expiresAt: Date;
      ip: string | null;
      ssoTenantId?: string | null;
    },
  ): Promise<void> {
    await tx.query(
      `INSERT INTO second_factor_challenge (user_id, id, secret_hash, expires_at, ip, sso_tenant_id)
       VALUES ($1, $2, $3, $4, $5, $6)`,
      [row.userId, row.id, row.secretHash, row.expiresAt, row.ip, row.ssoTenantId ?? null],
    );
  }

  async challenge(tx: TenantTx, userId: string, id: string): Promise<ChallengeRow | undefined> {
    const rows = await tx.query<{
      secret_hash: Buffer;
      expired: boolean;
      used_at: Date | null;
      sso_tenant_id: string | null;
    }>(
      `SELECT secret_hash, expires_at <= now() AS expired, used_at, sso_tenant_id
         FROM second_factor_challenge WHERE user_id = $1 AND id = $2 FOR UPDATE`,
      [userId, id],
    );
    const r = rows[0];
    return (
      r && { secretHash: r.secret_hash, expired: r.expired, usedAt: r.used_at, ssoTenantId: r.sso_tenant_id }
    );
  }

  async useChallenge(tx: TenantTx, userId: string, id: string): Promise<void> {
    await tx.query(`UPDATE second_factor_challenge SET used_at = now() WHERE user_id = $1 AND id = $2`, [
      userId,
      id,
    ]);
  }
}
