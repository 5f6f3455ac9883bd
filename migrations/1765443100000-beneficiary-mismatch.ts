import type { MigrationInterface, QueryRunner } from 'typeorm';

const TENANT = `NULLIF(current_setting('app.tenant_id', true), '')::uuid`;
const KIND = `current_setting('app.tenant_kind', true)`;

/**
 * Linking a company whose ICE the registry knows, with another name, size, sector or region, used to keep
 * the registry's entry without a word (issue 16 point 12). The link still uses the registry's entry, and
 * what the institute declared is kept here for Root to review: one row per link that differed, owned by
 * the linking institute (it reads its own; Root reads every one; nobody changes or deletes one).
 */
export class BeneficiaryMismatch1765443100000 implements MigrationInterface {
  name = 'BeneficiaryMismatch1765443100000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE beneficiary_mismatch (
        tenant_id      uuid        NOT NULL,
        id             uuid        NOT NULL,
        beneficiary_id uuid        NOT NULL,
        project_id     uuid        NOT NULL,
        reported_by    uuid,
        -- Each field that differed: { "field": …, "registry": …, "declared": … }, in a fixed field order.
        differences    jsonb       NOT NULL,
        created_at     timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT pk_beneficiary_mismatch PRIMARY KEY (tenant_id, id),
        CONSTRAINT fk_beneficiary_mismatch_project FOREIGN KEY (tenant_id, project_id) REFERENCES project (tenant_id, id),
        CONSTRAINT fk_beneficiary_mismatch_beneficiary FOREIGN KEY (beneficiary_id) REFERENCES beneficiary (id),
        CONSTRAINT ck_beneficiary_mismatch_differences CHECK (
          jsonb_typeof(differences) = 'array' AND jsonb_array_length(differences) > 0)
      )
    `);
    await db.query(
      `CREATE INDEX ix_beneficiary_mismatch_beneficiary ON beneficiary_mismatch (beneficiary_id, tenant_id)`,
    );
    await db.query(`ALTER TABLE beneficiary_mismatch ENABLE ROW LEVEL SECURITY`);
    await db.query(`ALTER TABLE beneficiary_mismatch FORCE ROW LEVEL SECURITY`);
    await db.query(
      `CREATE POLICY tenant_isolation ON beneficiary_mismatch USING (tenant_id = ${TENANT}) WITH CHECK (tenant_id = ${TENANT})`,
    );
    await db.query(`CREATE POLICY root_read ON beneficiary_mismatch FOR SELECT USING (${KIND} = 'root')`);
    await db.query(`GRANT SELECT, INSERT ON beneficiary_mismatch TO jazari_app`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE beneficiary_mismatch`);
  }
}
