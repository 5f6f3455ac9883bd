import { Injectable } from '@nestjs/common';
import type { Role } from '@jazari/access';
import type { TenantKind, TenantTx, Tx } from '@jazari/database';

export interface LoginRecord {
  readonly id: string;
  readonly passwordHash: string | null;
  readonly status: 'active' | 'disabled';
}

export interface UserMembership {
  readonly tenantId: string;
  readonly kind: TenantKind;
  readonly slug: string;
  /** The tenant's name in each language, for the tenant switcher. */
  readonly names: { readonly fr: string; readonly ar: string; readonly en: string };
  readonly tenantStatus: 'active' | 'suspended';
  readonly role: Role;
  readonly createdAt: Date;
  /** False when the tenant's administrator turned password sign-in off (its members use SSO). */
  readonly passwordSignIn: boolean;
}

export interface ClaimedRefreshToken {
  readonly secretHash: Buffer;
  readonly alreadyUsed: boolean;
  readonly expired: boolean;
  readonly sessionId: string;
  readonly sessionExpiresAt: Date;
  readonly userId: string;
  readonly sessionLive: boolean;
  readonly kind: TenantKind;
  readonly slug: string;
  readonly tenantStatus: string;
  readonly userStatus: string;
  readonly role: Role | null;
}

export interface NewSession {
  readonly tenantId: string;
  readonly id: string;
  readonly userId: string;
  readonly expiresAt: Date;
  readonly ip: string | null;
  readonly userAgent: string | null;
  /** How the person proved who they are: a password (or switching tenant) or their tenant's provider. */
  readonly authMethod: AuthMethod;
}

export type AuthMethod = 'password' | 'sso';

/** Sessions, refresh tokens and the reads login needs. SQL only; AuthService holds the rules. */
@Injectable()
export class AuthRepository {
  async findLogin(tx: Tx, email: string): Promise<LoginRecord | undefined> {
    const rows = await tx.query<{ id: string; password_hash: string | null; status: LoginRecord['status'] }>(
      `SELECT id, password_hash, status FROM identity_find_login($1)`,
      [email],
    );
    const row = rows[0];
    return row && { id: row.id, passwordHash: row.password_hash, status: row.status };
  }

  /** Needs a transaction with `userId` set: the user's own memberships and their tenants. */
  async membershipsOf(tx: Tx, userId: string): Promise<UserMembership[]> {
    const rows = await tx.query<{
      tenant_id: string;
      kind: TenantKind;
      slug: string;
      name_fr: string;
      name_ar: string;
      name_en: string;
      status: UserMembership['tenantStatus'];
      role: Role;
      created_at: Date;
      password_sign_in: boolean;
    }>(
      `SELECT m.tenant_id, t.kind, t.slug, t.name_fr, t.name_ar, t.name_en, t.status, m.role, m.created_at,
              COALESCE(c.password_sign_in, true) AS password_sign_in
         FROM membership m JOIN tenant t ON t.id = m.tenant_id
         LEFT JOIN sso_config c ON c.tenant_id = m.tenant_id
        WHERE m.user_id = $1
        ORDER BY m.created_at, m.tenant_id`,
      [userId],
    );
    return rows.map((r) => ({
      tenantId: r.tenant_id,
      kind: r.kind,
      slug: r.slug,
      names: { fr: r.name_fr, ar: r.name_ar, en: r.name_en },
      tenantStatus: r.status,
      role: r.role,
      createdAt: r.created_at,
      passwordSignIn: r.password_sign_in,
    }));
  }

  async lastTenantOf(tx: Tx, userId: string): Promise<string | null> {
    const rows = await tx.query<{ last_tenant_id: string | null }>(
      `SELECT last_tenant_id FROM app_user WHERE id = $1`,
      [userId],
    );
    return rows[0]?.last_tenant_id ?? null;
  }

  async rememberTenant(tx: TenantTx, userId: string, tenantId: string): Promise<void> {
    await tx.query(`UPDATE app_user SET last_tenant_id = $2 WHERE id = $1`, [userId, tenantId]);
  }

  async updatePasswordHash(tx: Tx, userId: string, hash: string): Promise<void> {
    await tx.query(`UPDATE app_user SET password_hash = $2, updated_at = now() WHERE id = $1`, [
      userId,
      hash,
    ]);
  }

  async createSession(tx: TenantTx, session: NewSession): Promise<void> {
    await tx.query(
      `INSERT INTO auth_session (tenant_id, id, user_id, expires_at, ip, user_agent, auth_method)
       VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [
        session.tenantId,
        session.id,
        session.userId,
        session.expiresAt,
        session.ip,
        session.userAgent,
        session.authMethod,
      ],
    );
  }

  async insertRefreshToken(
    tx: TenantTx,
    token: { tenantId: string; id: string; sessionId: string; secretHash: Buffer; expiresAt: Date },
  ): Promise<void> {
    await tx.query(
      `INSERT INTO refresh_token (tenant_id, id, session_id, secret_hash, expires_at) VALUES ($1, $2, $3, $4, $5)`,
      [token.tenantId, token.id, token.sessionId, token.secretHash, token.expiresAt],
    );
  }

  /**
   * Marks a refresh token used and returns what the rotation decision needs. `alreadyUsed` is true when it
   * had been used before (or a concurrent refresh won): the signal of a stolen token.
   */
  async claimRefreshToken(
    tx: TenantTx,
    tenantId: string,
    id: string,
  ): Promise<ClaimedRefreshToken | undefined> {
    const rows = await tx.query<{
      secret_hash: Buffer;
      already_used: boolean;
      expired: boolean;
      session_id: string;
      session_expires_at: Date;
      user_id: string;
      session_live: boolean;
      kind: TenantKind;
      slug: string;
      tenant_status: string;
      user_status: string;
      role: Role | null;
    }>(
      `WITH previous AS (
         SELECT id, used_at FROM refresh_token WHERE tenant_id = $1 AND id = $2
       ), claimed AS (
         UPDATE refresh_token rt SET used_at = now()
          WHERE rt.tenant_id = $1 AND rt.id = $2 AND rt.used_at IS NULL
         RETURNING rt.id
       )
       SELECT rt.secret_hash, (p.used_at IS NOT NULL OR NOT EXISTS (SELECT 1 FROM claimed)) AS already_used,
              rt.expires_at <= now() AS expired, s.id AS session_id, s.expires_at AS session_expires_at, s.user_id,
              (s.revoked_at IS NULL AND s.expires_at > now()) AS session_live,
              t.kind, t.slug, t.status AS tenant_status, u.status AS user_status, m.role
         FROM refresh_token rt
         JOIN previous p ON p.id = rt.id
         JOIN auth_session s ON s.tenant_id = rt.tenant_id AND s.id = rt.session_id
         JOIN tenant t ON t.id = rt.tenant_id
         JOIN app_user u ON u.id = s.user_id
         LEFT JOIN membership m ON m.tenant_id = s.tenant_id AND m.user_id = s.user_id
        WHERE rt.tenant_id = $1 AND rt.id = $2`,
      [tenantId, id],
    );
    const row = rows[0];
    return (
      row && {
        secretHash: row.secret_hash,
        alreadyUsed: row.already_used,
        expired: row.expired,
        sessionId: row.session_id,
        sessionExpiresAt: row.session_expires_at,
        userId: row.user_id,
        sessionLive: row.session_live,
        kind: row.kind,
        slug: row.slug,
        tenantStatus: row.tenant_status,
        userStatus: row.user_status,
        role: row.role,
      }
    );
  }

  async touchSession(tx: TenantTx, tenantId: string, sessionId: string): Promise<void> {
    await tx.query(`UPDATE auth_session SET last_used_at = now() WHERE tenant_id = $1 AND id = $2`, [
      tenantId,
      sessionId,
    ]);
  }

  async revokeSession(tx: TenantTx, tenantId: string, sessionId: string, reason: string): Promise<void> {
    await tx.query(
      `UPDATE auth_session SET revoked_at = now(), revoked_reason = $3
        WHERE tenant_id = $1 AND id = $2 AND revoked_at IS NULL`,
      [tenantId, sessionId, reason],
    );
  }

  /** Every live session of a user in every tenant, except one (the caller's own, when kept). */
  async revokeUserSessions(
    tx: TenantTx,
    userId: string,
    reason: string,
    except: string | null,
  ): Promise<number> {
    const rows = await tx.query(
      `UPDATE auth_session SET revoked_at = now(), revoked_reason = $2
        WHERE user_id = $1 AND revoked_at IS NULL AND ($3::uuid IS NULL OR id <> $3::uuid)
        RETURNING id`,
      [userId, reason, except],
    );
    return rows.length;
  }

  /** A member leaving a tenant loses their sessions there. */
  async revokeMemberSessions(tx: TenantTx, tenantId: string, userId: string, reason: string): Promise<void> {
    await tx.query(
      `UPDATE auth_session SET revoked_at = now(), revoked_reason = $3
        WHERE tenant_id = $1 AND user_id = $2 AND revoked_at IS NULL`,
      [tenantId, userId, reason],
    );
  }
}
