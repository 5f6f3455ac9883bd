import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Single sign-on goes through the second-factor gate (docs/identity.md#single-sign-on-openid-connect): a
 * sign-in challenge started by a tenant's OpenID provider remembers that tenant, so the session opened
 * once the challenge is answered is an SSO session there (not a password sign-in's default tenant, which
 * a tenant with password sign-in turned off would refuse). Null for a password sign-in's challenge.
 *
 * `sso_config.trust_provider_mfa`: the tenant's administrator may say its provider enforces a second factor
 * itself; an ID token whose `amr` says so (`mfa`) then stands for Jazari's second step. Off by default.
 */
export class SsoSecondFactor1796652700000 implements MigrationInterface {
  name = 'SsoSecondFactor1796652700000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE second_factor_challenge ADD COLUMN sso_tenant_id uuid`);
    await db.query(
      `ALTER TABLE second_factor_challenge ADD CONSTRAINT fk_second_factor_challenge_sso_tenant_id
         FOREIGN KEY (sso_tenant_id) REFERENCES tenant (id)`,
    );
    await db.query(`ALTER TABLE sso_config ADD COLUMN trust_provider_mfa boolean NOT NULL DEFAULT false`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE sso_config DROP COLUMN trust_provider_mfa`);
    await db.query(`ALTER TABLE second_factor_challenge DROP COLUMN sso_tenant_id`);
  }
}
