import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A KPI says which way it improves (issue 16 point 10): a word error rate of 18.4 against a target of 15
 * is not beating it. Existing KPIs were all read as "higher is better", so they keep that.
 */
export class KpiDirection1765443000000 implements MigrationInterface {
  name = 'KpiDirection1765443000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE kpi
        ADD COLUMN direction text NOT NULL DEFAULT 'higher',
        ADD CONSTRAINT ck_kpi_direction CHECK (direction IN ('higher', 'lower'))
    `);
    await db.query(`GRANT UPDATE (direction) ON kpi TO jazari_app`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`REVOKE UPDATE (direction) ON kpi FROM jazari_app`);
    await db.query(`ALTER TABLE kpi DROP CONSTRAINT ck_kpi_direction, DROP COLUMN direction`);
  }
}
