import type { MigrationInterface, QueryRunner } from 'typeorm';

const TENANT = `NULLIF(current_setting('app.tenant_id', true), '')::uuid`;
const USER = `NULLIF(current_setting('app.user_id', true), '')::uuid`;

/**
 * Second factor (issue 20 point 3). A person's factor belongs to the person, not to a tenant, like
 * `app_user`: its rows are reached only in a transaction that names the user (`app.user_id`), so no
 * administrator of any tenant reads or changes them. The TOTP secret is stored encrypted (AES-256-GCM
 * under a key derived from AUTH_SECRET); recovery codes and sign-in challenges only as SHA-256.
 * `tenant_security` holds what a tenant's administrator decides for its members (the second factor
 * required or not); anyone signed in may read it, only the tenant itself writes it.
 */
export class SecondFactor1796649462417 implements MigrationInterface {
  name = 'SecondFactor1796649462417';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE user_totp (
        user_id        uuid        NOT NULL,
        secret_sealed  bytea       NOT NULL,
        created_at     timestamptz NOT NULL DEFAULT now(),
        confirmed_at   timestamptz,
        last_used_step bigint,
        CONSTRAINT pk_user_totp PRIMARY KEY (user_id),
        CONSTRAINT fk_user_totp_user_id FOREIGN KEY (user_id) REFERENCES app_user (id)
      )
    `);
    await db.query(`
      CREATE TABLE user_recovery_code (
        user_id    uuid        NOT NULL,
        id         uuid        NOT NULL,
        code_hash  bytea       NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        used_at    timestamptz,
        CONSTRAINT pk_user_recovery_code PRIMARY KEY (user_id, id),
        CONSTRAINT uq_user_recovery_code_hash UNIQUE (user_id, code_hash),
        CONSTRAINT fk_user_recovery_code_user_id FOREIGN KEY (user_id) REFERENCES app_user (id)
      )
    `);
    await db.query(`
      CREATE TABLE second_factor_challenge (
        user_id     uuid        NOT NULL,
        id          uuid        NOT NULL,
        secret_hash bytea       NOT NULL,
        created_at  timestamptz NOT NULL DEFAULT now(),
        expires_at  timestamptz NOT NULL,
        used_at     timestamptz,
        ip          text,
        CONSTRAINT pk_second_factor_challenge PRIMARY KEY (user_id, id),
        CONSTRAINT fk_second_factor_challenge_user_id FOREIGN KEY (user_id) REFERENCES app_user (id)
      )
    `);
    for (const table of ['user_totp', 'user_recovery_code', 'second_factor_challenge']) {
      await db.query(`ALTER TABLE ${table} ENABLE ROW LEVEL SECURITY`);
      await db.query(`ALTER TABLE ${table} FORCE ROW LEVEL SECURITY`);
      await db.query(
        `CREATE POLICY own_rows ON ${table} USING (user_id = ${USER}) WITH CHECK (user_id = ${USER})`,
      );
    }
    await db.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON user_totp TO jazari_app`);
    await db.query(`GRANT SELECT, INSERT, DELETE ON user_recovery_code TO jazari_app`);
    await db.query(`GRANT UPDATE (used_at) ON user_recovery_code TO jazari_app`);
    await db.query(`GRANT SELECT, INSERT ON second_factor_challenge TO jazari_app`);
    await db.query(`GRANT UPDATE (used_at) ON second_factor_challenge TO jazari_app`);

    // A signature names how its signer proved who they were: the password, and now the step-up factor.
    // Signatures made before keep `password`.
    await db.query(`ALTER TABLE convention_signature DROP CONSTRAINT ck_convention_signature_method`);
    await db.query(
      `ALTER TABLE convention_signature ADD CONSTRAINT ck_convention_signature_method
         CHECK (method IN ('password', 'password+totp', 'password+recovery_code', 'password+webauthn'))`,
    );

    await db.query(`
      CREATE TABLE tenant_security (
        tenant_id              uuid        NOT NULL,
        second_factor_required boolean     NOT NULL DEFAULT false,
        updated_at             timestamptz NOT NULL DEFAULT now(),
        updated_by             uuid,
        CONSTRAINT pk_tenant_security PRIMARY KEY (tenant_id),
        CONSTRAINT fk_tenant_security_tenant_id FOREIGN KEY (tenant_id) REFERENCES tenant (id),
        CONSTRAINT fk_tenant_security_updated_by FOREIGN KEY (updated_by) REFERENCES app_user (id)
      )
    `);
    await db.query(`ALTER TABLE tenant_security ENABLE ROW LEVEL SECURITY`);
    await db.query(`ALTER TABLE tenant_security FORCE ROW LEVEL SECURITY`);
    // Whether a tenant requires a second factor is no secret; sign-in reads it for every membership.
    await db.query(`CREATE POLICY anyone_reads ON tenant_security FOR SELECT USING (true)`);
    await db.query(
      `CREATE POLICY tenant_writes ON tenant_security FOR INSERT WITH CHECK (tenant_id = ${TENANT})`,
    );
    await db.query(
      `CREATE POLICY tenant_updates ON tenant_security FOR UPDATE USING (tenant_id = ${TENANT}) WITH CHECK (tenant_id = ${TENANT})`,
    );
    await db.query(`GRANT SELECT, INSERT ON tenant_security TO jazari_app`);
    await db.query(
      `GRANT UPDATE (second_factor_required, updated_at, updated_by) ON tenant_security TO jazari_app`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE tenant_security`);
    await db.query(`ALTER TABLE convention_signature DROP CONSTRAINT ck_convention_signature_method`);
    await db.query(
      `ALTER TABLE convention_signature ADD CONSTRAINT ck_convention_signature_method CHECK (method IN ('password'))`,
    );
    await db.query(`DROP TABLE second_factor_challenge`);
    await db.query(`DROP TABLE user_recovery_code`);
    await db.query(`DROP TABLE user_totp`);
  }
}
