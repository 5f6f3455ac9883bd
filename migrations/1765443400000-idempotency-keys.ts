import type { MigrationInterface, QueryRunner } from 'typeorm';

const TENANT = `NULLIF(current_setting('app.tenant_id', true), '')::uuid`;

/**
 * Issue 17 point 4, clients retry writes safely: the first answer to a POST sent with an
 * `Idempotency-Key`, per caller (a person or an API key) in the caller's tenant, written in the request's
 * own transaction — so a request that did not commit left no key, and one that committed left its answer.
 * Kept 24 hours; the hourly prune deletes older ones (`idempotency_prune`, a definer function: the rows
 * span every tenant).
 */
export class IdempotencyKeys1765443400000 implements MigrationInterface {
  name = 'IdempotencyKeys1765443400000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE idempotency_key (
        tenant_id    uuid        NOT NULL,
        subject      uuid        NOT NULL,
        key          text        NOT NULL,
        request_hash text        NOT NULL,
        status_code  integer,
        response     jsonb,
        created_at   timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT pk_idempotency_key PRIMARY KEY (tenant_id, subject, key),
        CONSTRAINT fk_idempotency_key_tenant_id FOREIGN KEY (tenant_id) REFERENCES tenant (id),
        CONSTRAINT ck_idempotency_key_key CHECK (char_length(key) BETWEEN 1 AND 255)
      )
    `);
    await db.query(`CREATE INDEX ix_idempotency_key_created ON idempotency_key (created_at)`);
    await db.query(`ALTER TABLE idempotency_key ENABLE ROW LEVEL SECURITY`);
    await db.query(`ALTER TABLE idempotency_key FORCE ROW LEVEL SECURITY`);
    await db.query(
      `CREATE POLICY tenant_isolation ON idempotency_key USING (tenant_id = ${TENANT}) WITH CHECK (tenant_id = ${TENANT})`,
    );
    await db.query(
      `CREATE POLICY maintenance ON idempotency_key TO CURRENT_USER USING (true) WITH CHECK (true)`,
    );
    await db.query(`GRANT SELECT, INSERT ON idempotency_key TO jazari_app`);
    await db.query(
      `GRANT UPDATE (request_hash, status_code, response, created_at) ON idempotency_key TO jazari_app`,
    );

    await db.query(`
      CREATE FUNCTION idempotency_prune(p_before timestamptz) RETURNS bigint
      LANGUAGE sql SECURITY DEFINER SET search_path = public, pg_temp AS $$
        WITH gone AS (DELETE FROM idempotency_key WHERE created_at < p_before RETURNING 1)
        SELECT count(*) FROM gone
      $$
    `);
    await db.query(`REVOKE ALL ON FUNCTION idempotency_prune(timestamptz) FROM PUBLIC`);
    await db.query(`GRANT EXECUTE ON FUNCTION idempotency_prune(timestamptz) TO jazari_app`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP FUNCTION idempotency_prune(timestamptz)`);
    await db.query(`DROP TABLE idempotency_key`);
  }
}
