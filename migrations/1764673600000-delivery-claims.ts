import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * When each delivery was last claimed (docs/notifications.md): an e-mail still `sending` is sent again
 * only once its claim is older than the send could take, so two runs of one event at the same time (a
 * stalled job re-run while the first still sends) never send it twice.
 */
export class DeliveryClaims1764673600000 implements MigrationInterface {
  name = 'DeliveryClaims1764673600000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(
      `ALTER TABLE notification_delivery ADD COLUMN claimed_at timestamptz NOT NULL DEFAULT now()`,
    );
    await db.query(`GRANT UPDATE (claimed_at) ON notification_delivery TO jazari_app`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE notification_delivery DROP COLUMN claimed_at`);
  }
}
