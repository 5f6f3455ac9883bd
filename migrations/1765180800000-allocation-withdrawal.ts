import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A requester may withdraw its allocation request while it waits for a decision (`pending` or
 * `awaiting_root`): the new status `withdrawn` (docs/resources.md). Its reserved quantity, if any, counts
 * no more.
 */
export class AllocationWithdrawal1765180800000 implements MigrationInterface {
  name = 'AllocationWithdrawal1765180800000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE resource_allocation DROP CONSTRAINT ck_resource_allocation_status`);
    await db.query(
      `ALTER TABLE resource_allocation ADD CONSTRAINT ck_resource_allocation_status CHECK (status IN (
         'pending', 'awaiting_root', 'approved', 'rejected', 'active', 'expired', 'revoked', 'withdrawn'))`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE resource_allocation DROP CONSTRAINT ck_resource_allocation_status`);
    // A withdrawn request reads as a rejected one to the earlier release (never approved, closed).
    await db.query(`UPDATE resource_allocation SET status = 'rejected' WHERE status = 'withdrawn'`);
    await db.query(
      `ALTER TABLE resource_allocation ADD CONSTRAINT ck_resource_allocation_status CHECK (status IN (
         'pending', 'awaiting_root', 'approved', 'rejected', 'active', 'expired', 'revoked'))`,
    );
  }
}
