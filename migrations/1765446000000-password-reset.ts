import type { MigrationInterface, QueryRunner } from 'typeorm';

const TENANT = `NULLIF(current_setting('app.tenant_id', true), '')::uuid`;
const USER = `NULLIF(current_setting('app.user_id', true), '')::uuid`;

/**
 * Password reset by e-mail (issue 20 point 1). A reset link is a row of the tenant the person signs in to
 * by default, so the link carries that tenant's id and is looked up under its RLS, like an invitation.
 * Its secret is derived from the ids with a server key (never stored, never in the outbox); the row keeps
 * its SHA-256 as every other token does. A link works once (`used_at`); the person's other open links
 * are closed (`revoked_at`) when one of them is used, in any tenant: the `own_resets_*` policies let a
 * transaction that knows the user reach their rows everywhere, as `own_sessions_*` do for sessions.
 */
export class PasswordReset1765446000000 implements MigrationInterface {
  name = 'PasswordReset1765446000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE password_reset (
        tenant_id   uuid        NOT NULL,
        id          uuid        NOT NULL,
        user_id     uuid        NOT NULL,
        secret_hash bytea       NOT NULL,
        created_at  timestamptz NOT NULL DEFAULT now(),
        expires_at  timestamptz NOT NULL,
        used_at     timestamptz,
        revoked_at  timestamptz,
        CONSTRAINT pk_password_reset PRIMARY KEY (tenant_id, id),
        CONSTRAINT fk_password_reset_tenant_id FOREIGN KEY (tenant_id) REFERENCES tenant (id),
        CONSTRAINT fk_password_reset_user_id FOREIGN KEY (user_id) REFERENCES app_user (id),
        CONSTRAINT ck_password_reset_closed CHECK (used_at IS NULL OR revoked_at IS NULL)
      )
    `);
    await db.query(
      `CREATE INDEX ix_password_reset_open ON password_reset (user_id) WHERE used_at IS NULL AND revoked_at IS NULL`,
    );
    await db.query(`ALTER TABLE password_reset ENABLE ROW LEVEL SECURITY`);
    await db.query(`ALTER TABLE password_reset FORCE ROW LEVEL SECURITY`);
    await db.query(
      `CREATE POLICY tenant_isolation ON password_reset USING (tenant_id = ${TENANT}) WITH CHECK (tenant_id = ${TENANT})`,
    );
    await db.query(`CREATE POLICY own_resets_read ON password_reset FOR SELECT USING (user_id = ${USER})`);
    await db.query(
      `CREATE POLICY own_resets_close ON password_reset FOR UPDATE USING (user_id = ${USER}) WITH CHECK (user_id = ${USER})`,
    );
    await db.query(`GRANT SELECT, INSERT ON password_reset TO jazari_app`);
    await db.query(`GRANT UPDATE (used_at, revoked_at) ON password_reset TO jazari_app`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE password_reset`);
  }
}
