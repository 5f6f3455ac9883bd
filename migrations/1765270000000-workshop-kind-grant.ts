import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Editing a workshop rewrites its `kind` with the other details, but the runtime role had no UPDATE grant
 * on that column: every `PATCH /workshops/{id}` answered 500 `permission denied for table workshop`
 * (issue 16). test/database-grants.e2e-spec.ts now checks every column the code updates is granted.
 */
export class WorkshopKindGrant1765270000000 implements MigrationInterface {
  name = 'WorkshopKindGrant1765270000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`GRANT UPDATE (kind) ON workshop TO jazari_app`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`REVOKE UPDATE (kind) ON workshop FROM jazari_app`);
  }
}
