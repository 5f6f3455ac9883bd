import type { MigrationInterface, QueryRunner } from 'typeorm';

const KIND = `current_setting('app.tenant_kind', true)`;

/**
 * Operators act on failed jobs (docs/notifications.md, "Failed jobs and operators"): a copy records how it
 * was resolved (retried or dismissed, when, by whom); dismissing an event's job marks the outbox event
 * done so the relay does not publish it again.
 */
export class Operations1764670000000 implements MigrationInterface {
  name = 'Operations1764670000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE failed_job
        ADD COLUMN resolution  text,
        ADD COLUMN resolved_at timestamptz,
        ADD COLUMN resolved_by uuid,
        ADD CONSTRAINT ck_failed_job_resolution CHECK (resolution IN ('retried', 'dismissed')),
        ADD CONSTRAINT ck_failed_job_resolved CHECK ((resolution IS NULL) = (resolved_at IS NULL))
    `);
    await db.query(
      `CREATE POLICY root_update ON failed_job FOR UPDATE USING (${KIND} = 'root') WITH CHECK (${KIND} = 'root')`,
    );
    await db.query(`GRANT UPDATE (resolution, resolved_at, resolved_by) ON failed_job TO jazari_app`);

    // The runtime role cannot write another tenant's outbox rows; Root's operators dismiss an event's
    // job through this function, called only after the `operations.manage` check. Only an event not done.
    await db.query(`
      CREATE FUNCTION outbox_dismiss(p_tenant_id uuid, p_event_id uuid) RETURNS boolean
      LANGUAGE sql SECURITY DEFINER SET search_path = public, pg_temp AS $$
        WITH dismissed AS (
          UPDATE outbox_event SET done_at = now()
           WHERE tenant_id = p_tenant_id AND id = p_event_id AND done_at IS NULL
             AND current_setting('app.tenant_kind', true) = 'root'
          RETURNING 1
        )
        SELECT EXISTS (SELECT 1 FROM dismissed)
      $$
    `);
    await db.query(`REVOKE ALL ON FUNCTION outbox_dismiss(uuid, uuid) FROM PUBLIC`);
    await db.query(`GRANT EXECUTE ON FUNCTION outbox_dismiss(uuid, uuid) TO jazari_app`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP FUNCTION outbox_dismiss(uuid, uuid)`);
    await db.query(`DROP POLICY root_update ON failed_job`);
    await db.query(`
      ALTER TABLE failed_job DROP CONSTRAINT ck_failed_job_resolved, DROP CONSTRAINT ck_failed_job_resolution,
        DROP COLUMN resolved_by, DROP COLUMN resolved_at, DROP COLUMN resolution
    `);
  }
}
