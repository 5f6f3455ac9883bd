import type { MigrationInterface, QueryRunner } from 'typeorm';

const TENANT = `NULLIF(current_setting('app.tenant_id', true), '')::uuid`;
const USER = `NULLIF(current_setting('app.user_id', true), '')::uuid`;

/**
 * Single sign-on with OpenID Connect (issue 20 point 2, docs/identity.md#single-sign-on-openid-connect).
 *
 * - `sso_config`: one per tenant, written by its administrator. The client secret is stored encrypted
 *   (AES-256-GCM, the tenant id as associated data), never in clear. Members may read their tenants' rows
 *   (`members_read`) so a password sign-in knows, without a tenant yet, which tenants refuse passwords.
 * - `sso_sign_in`: one started sign-in: the PKCE verifier and the nonce stay here, the browser holds the
 *   state (a `jzs_` opaque token: tenant id, row id, secret) in the URL and in a cookie; a row works once.
 * - `auth_session.auth_method`: how a session was opened, so turning password sign-in off can end the
 *   tenant's password sessions and keep the SSO ones.
 * - `identity_sign_in_options`: the sign-in page asks, before anyone is known, whether a tenant (by slug, or
 *   by the domain of an e-mail address) signs in through a provider.
 */
export class SingleSignOn1796651241000 implements MigrationInterface {
  name = 'SingleSignOn1796651241000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE sso_config (
        tenant_id        uuid        NOT NULL,
        enabled          boolean     NOT NULL,
        display_name     text        NOT NULL,
        issuer           text        NOT NULL,
        client_id        text        NOT NULL,
        client_secret    bytea       NOT NULL,
        allowed_domains  text[]      NOT NULL,
        first_sign_in    text        NOT NULL,
        default_role     text,
        password_sign_in boolean     NOT NULL,
        created_at       timestamptz NOT NULL DEFAULT now(),
        updated_at       timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT pk_sso_config PRIMARY KEY (tenant_id),
        CONSTRAINT fk_sso_config_tenant_id FOREIGN KEY (tenant_id) REFERENCES tenant (id),
        CONSTRAINT ck_sso_config_first_sign_in CHECK (
          (first_sign_in = 'default_role' AND default_role IS NOT NULL)
          OR (first_sign_in = 'invitation_required' AND default_role IS NULL)),
        CONSTRAINT ck_sso_config_password CHECK (password_sign_in OR enabled),
        CONSTRAINT ck_sso_config_domains CHECK (cardinality(allowed_domains) > 0)
      )
    `);
    await db.query(`ALTER TABLE sso_config ENABLE ROW LEVEL SECURITY`);
    await db.query(`ALTER TABLE sso_config FORCE ROW LEVEL SECURITY`);
    await db.query(
      `CREATE POLICY tenant_isolation ON sso_config USING (tenant_id = ${TENANT}) WITH CHECK (tenant_id = ${TENANT})`,
    );
    await db.query(`
      CREATE POLICY members_read ON sso_config FOR SELECT USING (
        EXISTS (SELECT 1 FROM membership m WHERE m.tenant_id = sso_config.tenant_id AND m.user_id = ${USER}))
    `);
    // For identity_sign_in_options (security definer, run as this owner, whom FORCE subjects to RLS too).
    await db.query(`CREATE POLICY sign_in_lookup ON sso_config FOR SELECT TO CURRENT_USER USING (true)`);
    await db.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON sso_config TO jazari_app`);

    await db.query(`
      CREATE TABLE sso_sign_in (
        tenant_id     uuid        NOT NULL,
        id            uuid        NOT NULL,
        secret_hash   bytea       NOT NULL,
        nonce         text        NOT NULL,
        code_verifier text        NOT NULL,
        next_path     text        NOT NULL,
        created_at    timestamptz NOT NULL DEFAULT now(),
        expires_at    timestamptz NOT NULL,
        used_at       timestamptz,
        CONSTRAINT pk_sso_sign_in PRIMARY KEY (tenant_id, id),
        CONSTRAINT fk_sso_sign_in_tenant_id FOREIGN KEY (tenant_id) REFERENCES tenant (id)
      )
    `);
    await db.query(`ALTER TABLE sso_sign_in ENABLE ROW LEVEL SECURITY`);
    await db.query(`ALTER TABLE sso_sign_in FORCE ROW LEVEL SECURITY`);
    await db.query(
      `CREATE POLICY tenant_isolation ON sso_sign_in USING (tenant_id = ${TENANT}) WITH CHECK (tenant_id = ${TENANT})`,
    );
    await db.query(`GRANT SELECT, INSERT ON sso_sign_in TO jazari_app`);
    await db.query(`GRANT UPDATE (used_at) ON sso_sign_in TO jazari_app`);

    await db.query(
      `ALTER TABLE auth_session ADD COLUMN auth_method text NOT NULL DEFAULT 'password'
         CONSTRAINT ck_auth_session_auth_method CHECK (auth_method IN ('password', 'sso'))`,
    );

    // Public: what the sign-in page may show, for a tenant named by slug or id (links carry `?tenant=<id>`),
    // or by an e-mail's domain — then only when exactly one active tenant claims it.
    await db.query(`
      CREATE FUNCTION identity_sign_in_options(p_slug text, p_domain text)
      RETURNS TABLE (tenant_id uuid, slug text, name_fr text, name_ar text, name_en text,
                     display_name text, password_sign_in boolean)
      LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
        WITH found AS (
          SELECT t.id, t.slug, t.name_fr, t.name_ar, t.name_en, c.display_name, c.password_sign_in
            FROM sso_config c JOIN tenant t ON t.id = c.tenant_id
           WHERE c.enabled AND t.status = 'active'
             AND ((p_slug IS NOT NULL AND (t.slug = p_slug OR t.id::text = lower(p_slug)))
               OR (p_slug IS NULL AND lower(p_domain) = ANY (c.allowed_domains)))
        )
        SELECT * FROM found WHERE (SELECT count(*) FROM found) = 1
      $$
    `);
    await db.query(`REVOKE ALL ON FUNCTION identity_sign_in_options(text, text) FROM PUBLIC`);
    await db.query(`GRANT EXECUTE ON FUNCTION identity_sign_in_options(text, text) TO jazari_app`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP FUNCTION identity_sign_in_options(text, text)`);
    await db.query(`ALTER TABLE auth_session DROP COLUMN auth_method`);
    await db.query(`DROP TABLE sso_sign_in`);
    await db.query(`DROP TABLE sso_config`);
  }
}
