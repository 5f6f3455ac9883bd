import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A report whose download period is over has its file deleted by `reports.purge_expired` and becomes
 * `expired` (its row, figures' period and file metadata stay; `storage_key` is cleared). The partial index
 * is what the hourly purge reads: ready reports by expiry.
 */
export class ReportExpiry1765094400000 implements MigrationInterface {
  name = 'ReportExpiry1765094400000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE report DROP CONSTRAINT ck_report_status`);
    await db.query(
      `ALTER TABLE report ADD CONSTRAINT ck_report_status
         CHECK (status IN ('queued', 'running', 'ready', 'failed', 'expired'))`,
    );
    await db.query(
      `ALTER TABLE report ADD CONSTRAINT ck_report_expired
         CHECK (status <> 'expired' OR (storage_key IS NULL AND expires_at IS NOT NULL))`,
    );
    await db.query(`CREATE INDEX ix_report_ready_expiry ON report (expires_at) WHERE status = 'ready'`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX IF EXISTS ix_report_ready_expiry`);
    await db.query(`ALTER TABLE report DROP CONSTRAINT IF EXISTS ck_report_expired`);
    await db.query(`DELETE FROM report WHERE status = 'expired'`);
    await db.query(`ALTER TABLE report DROP CONSTRAINT ck_report_status`);
    await db.query(
      `ALTER TABLE report ADD CONSTRAINT ck_report_status CHECK (status IN ('queued', 'running', 'ready', 'failed'))`,
    );
  }
}
