import { Injectable } from '@nestjs/common';
import type { Role } from '@jazari/access';
import type { SystemTx, TenantKind, TenantTx } from '@jazari/database';

export type FirstSignIn = 'default_role' | 'invitation_required';

export interface SignInOptionsRow {
  readonly tenantId: string;
  readonly slug: string;
  readonly names: { readonly fr: string; readonly ar: string; readonly en: string };
  readonly displayName: string;
  readonly passwordSignIn: boolean;
}

export interface SsoConfigRow {
  readonly tenantId: string;
  readonly enabled: boolean;
  readonly displayName: string;
  readonly issuer: string;
  readonly clientId: string;
  readonly clientSecret: Buffer;
  readonly allowedDomains: readonly string[];
  readonly firstSignIn: FirstSignIn;
  readonly defaultRole: Role | null;
  readonly passwordSignIn: boolean;
  /** The provider enforces a second factor itself: an ID token saying so (`amr`) stands for Jazari's. */
  readonly trustProviderMfa: boolean;
  readonly updatedAt: Date;
}

export interface SignInAttemptRow {
  readonly secretHash: Buffer;
  readonly nonce: string;
  readonly codeVerifier: string;
  readonly nextPath: string;
  readonly expired: boolean;
  readonly used: boolean;
}

export interface SsoTenant {
  readonly kind: TenantKind;
  readonly slug: string;
  readonly status: 'active' | 'suspended';
}

interface ConfigRecord {
  tenant_id: string;
  enabled: boolean;
  display_name: string;
  issuer: string;
  client_id: string;
  client_secret: Buffer;
  allowed_domains: string[];
  first_sign_in: FirstSignIn;
  default_role: Role | null;
  password_sign_in: boolean;
  trust_provider_mfa: boolean;
  updated_at: Date;
}

/** Tenants' OIDC configurations and started sign-ins. SQL only; the services hold the rules. */
@Injectable()
export class SsoRepository {
  /** Needs no tenant: the security-definer function answers only what the sign-in page may show. */
  async signInOptions(
    tx: SystemTx,
    slug: string | null,
    domain: string | null,
  ): Promise<SignInOptionsRow | undefined> {
    const rows = await tx.query<{
      tenant_id: string;
      slug: string;
      name_fr: string;
      name_ar: string;
      name_en: string;
      display_name: string;
      password_sign_in: boolean;
    }>(
      `SELECT tenant_id, slug, name_fr, name_ar, name_en, display_name, password_sign_in
         FROM identity_sign_in_options($1, $2)`,
      [slug, domain],
    );
    const row = rows[0];
    return (
      row && {
        tenantId: row.tenant_id,
        slug: row.slug,
        names: { fr: row.name_fr, ar: row.name_ar, en: row.name_en },
        displayName: row.display_name,
        passwordSignIn: row.password_sign_in,
      }
    );
  }

  async find(tx: TenantTx, tenantId: string): Promise<SsoConfigRow | undefined> {
    const rows = await tx.query<ConfigRecord>(
      `SELECT tenant_id, enabled, display_name, issuer, client_id, client_secret, allowed_domains, first_sign_in,
              default_role, password_sign_in, trust_provider_mfa, updated_at
         FROM sso_config WHERE tenant_id = $1`,
      [tenantId],
    );
    const r = rows[0];
    return (
      r && {
        tenantId: r.tenant_id,
        enabled: r.enabled,
        displayName: r.display_name,
        issuer: r.issuer,
        clientId: r.client_id,
        clientSecret: r.client_secret,
        allowedDomains: r.allowed_domains,
        firstSignIn: r.first_sign_in,
        defaultRole: r.default_role,
        passwordSignIn: r.password_sign_in,
        trustProviderMfa: r.trust_provider_mfa,
        updatedAt: r.updated_at,
      }
    );
  }

  async save(tx: TenantTx, c: Omit<SsoConfigRow, 'updatedAt'>): Promise<void> {
    await tx.query(
      `INSERT INTO sso_config (tenant_id, enabled, display_name, issuer, client_id, client_secret, allowed_domains,
                               first_sign_in, default_role, password_sign_in, trust_provider_mfa)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)
       ON CONFLICT (tenant_id) DO UPDATE SET
         enabled = excluded.enabled, display_name = excluded.display_name, issuer = excluded.issuer,
         client_id = excluded.client_id, client_secret = excluded.client_secret,
         allowed_domains = excluded.allowed_domains, first_sign_in = excluded.first_sign_in,
         default_role = excluded.default_role, password_sign_in = excluded.password_sign_in,
         trust_provider_mfa = excluded.trust_provider_mfa, updated_at = now()`,
      [
        c.tenantId,
        c.enabled,
        c.displayName,
        c.issuer,
        c.clientId,
        c.clientSecret,
        c.allowedDomains,
        c.firstSignIn,
        c.defaultRole,
        c.passwordSignIn,
        c.trustProviderMfa,
      ],
    );
  }

  async remove(tx: TenantTx, tenantId: string): Promise<boolean> {
    const rows = await tx.query(`DELETE FROM sso_config WHERE tenant_id = $1 RETURNING tenant_id`, [
      tenantId,
    ]);
    return rows.length > 0;
  }

  /** Password sessions of the tenant's members other than its administrators end (password sign-in off). */
  async revokePasswordSessions(tx: TenantTx, tenantId: string, adminRole: Role): Promise<number> {
    const rows = await tx.query(
      `UPDATE auth_session s SET revoked_at = now(), revoked_reason = 'password_sign_in_disabled'
        WHERE s.tenant_id = $1 AND s.revoked_at IS NULL AND s.auth_method = 'password'
          AND NOT EXISTS (SELECT 1 FROM membership m
                           WHERE m.tenant_id = s.tenant_id AND m.user_id = s.user_id AND m.role = $2)
        RETURNING s.id`,
      [tenantId, adminRole],
    );
    return rows.length;
  }

  async tenant(tx: TenantTx, tenantId: string): Promise<SsoTenant | undefined> {
    const rows = await tx.query<SsoTenant>(`SELECT kind, slug, status FROM tenant WHERE id = $1`, [tenantId]);
    return rows[0];
  }

  async insertAttempt(
    tx: TenantTx,
    a: {
      tenantId: string;
      id: string;
      secretHash: Buffer;
      nonce: string;
      codeVerifier: string;
      nextPath: string;
      expiresAt: Date;
    },
  ): Promise<void> {
    await tx.query(
      `INSERT INTO sso_sign_in (tenant_id, id, secret_hash, nonce, code_verifier, next_path, expires_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [a.tenantId, a.id, a.secretHash, a.nonce, a.codeVerifier, a.nextPath, a.expiresAt],
    );
  }

  /** Locks the row: two callbacks with one state cannot both use it. */
  async lockAttempt(tx: TenantTx, tenantId: string, id: string): Promise<SignInAttemptRow | undefined> {
    const rows = await tx.query<{
      secret_hash: Buffer;
      nonce: string;
      code_verifier: string;
      next_path: string;
      expired: boolean;
      used: boolean;
    }>(
      `SELECT secret_hash, nonce, code_verifier, next_path, expires_at <= now() AS expired, used_at IS NOT NULL AS used
         FROM sso_sign_in WHERE tenant_id = $1 AND id = $2 FOR UPDATE`,
      [tenantId, id],
    );
    const r = rows[0];
    return (
      r && {
        secretHash: r.secret_hash,
        nonce: r.nonce,
        codeVerifier: r.code_verifier,
        nextPath: r.next_path,
        expired: r.expired,
        used: r.used,
      }
    );
  }

  async markAttemptUsed(tx: TenantTx, tenantId: string, id: string): Promise<void> {
    await tx.query(`UPDATE sso_sign_in SET used_at = now() WHERE tenant_id = $1 AND id = $2`, [tenantId, id]);
  }

  async roleIn(tx: TenantTx, tenantId: string, userId: string): Promise<Role | undefined> {
    const rows = await tx.query<{ role: Role }>(
      `SELECT role FROM membership WHERE tenant_id = $1 AND user_id = $2`,
      [tenantId, userId],
    );
    return rows[0]?.role;
  }

  /** An account made by a first SSO sign-in has no password: it signs in through its provider. */
  async insertUser(
    tx: TenantTx,
    user: { id: string; email: string; displayName: string; locale: string },
  ): Promise<void> {
    await tx.query(`INSERT INTO app_user (id, email, display_name, locale) VALUES ($1, $2, $3, $4)`, [
      user.id,
      user.email,
      user.displayName,
      user.locale,
    ]);
  }
}
