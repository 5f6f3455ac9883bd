import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 17, an event is processed until done whatever happens to its jobs
 * (docs/adr/0013-jobs-survive-their-workers.md):
 *
 * - the relay claims no event whose job failed for good in its handler and waits for an operator (an
 *   unresolved `failed_job` row): re-publishing those would run a broken handler every few minutes.
 *   Every other event not done is published again, and the producer replaces the finished job it finds;
 * - `outbox_reclaim` finds what a dead worker left half done — an e-mail claimed `sending`, a webhook
 *   attempt started and never finished — older than the given interval, records it as abandoned, and
 *   asks the relay to publish its event again at its next poll (published_at back to NULL).
 *
 * Both are SECURITY DEFINER functions (their rows span every tenant); the `CURRENT_USER` policies admit
 * the owner, as for `maintenance_prune`.
 */
export class JobsSurviveWorkers1765443300000 implements MigrationInterface {
  name = 'JobsSurviveWorkers1765443300000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE INDEX ix_failed_job_unresolved ON failed_job (job_id) WHERE resolution IS NULL`);
    await db.query(`CREATE POLICY outbox_reclaim ON failed_job FOR SELECT TO CURRENT_USER USING (true)`);
    for (const table of ['notification_delivery', 'webhook_delivery', 'webhook_attempt']) {
      await db.query(
        `CREATE POLICY outbox_reclaim ON ${table} TO CURRENT_USER USING (true) WITH CHECK (true)`,
      );
    }

    await db.query(`DROP FUNCTION outbox_claim(integer, interval)`);
    await db.query(`
      CREATE FUNCTION outbox_claim(p_limit integer, p_republish_after interval)
      RETURNS TABLE (tenant_id uuid, id uuid, type text, version smallint, payload jsonb, publish_count integer)
      LANGUAGE sql SECURITY DEFINER SET search_path = public, pg_temp AS $$
        UPDATE outbox_event AS o
           SET published_at = now(), publish_count = o.publish_count + 1
          FROM (
            SELECT e.tenant_id, e.id
              FROM outbox_event AS e
             WHERE e.done_at IS NULL
               AND (e.published_at IS NULL OR e.published_at < now() - p_republish_after)
               AND NOT EXISTS (
                 SELECT 1 FROM failed_job f WHERE f.job_id = e.id::text AND f.resolution IS NULL
               )
             ORDER BY e.id
             LIMIT p_limit
               FOR UPDATE OF e SKIP LOCKED
          ) AS c
         WHERE o.tenant_id = c.tenant_id AND o.id = c.id
        RETURNING o.tenant_id, o.id, o.type, o.version, o.payload, o.publish_count
      $$
    `);
    await db.query(`REVOKE ALL ON FUNCTION outbox_claim(integer, interval) FROM PUBLIC`);
    await db.query(`GRANT EXECUTE ON FUNCTION outbox_claim(integer, interval) TO jazari_app`);

    await db.query(`
      CREATE FUNCTION outbox_reclaim(p_stale_after interval)
      RETURNS TABLE (emails bigint, webhook_attempts bigint, events bigint)
      LANGUAGE sql SECURITY DEFINER SET search_path = public, pg_temp AS $$
        WITH mails AS (
          UPDATE notification_delivery d
             SET status = 'failed', last_error = 'abandoned: its sender stopped before recording the outcome'
           WHERE d.channel = 'email' AND d.status = 'sending' AND d.claimed_at < now() - p_stale_after
          RETURNING d.tenant_id, d.event_id
        ), attempts AS (
          UPDATE webhook_attempt a
             SET finished_at = now(), error = 'abandoned: its sender stopped before recording the outcome'
            FROM webhook_delivery d
           WHERE a.finished_at IS NULL AND a.started_at < now() - p_stale_after
             AND d.tenant_id = a.tenant_id AND d.id = a.delivery_id AND d.status = 'pending'
          RETURNING a.tenant_id, a.delivery_id
        ), targets AS (
          SELECT tenant_id, event_id AS id FROM mails
          UNION
          SELECT o.tenant_id, o.id
            FROM outbox_event o JOIN attempts ab ON ab.tenant_id = o.tenant_id
           WHERE o.done_at IS NULL AND o.type = 'webhooks.delivery_requested'
             AND o.payload ->> 'deliveryId' = ab.delivery_id::text
        ), nudged AS (
          UPDATE outbox_event o SET published_at = NULL
            FROM targets t
           WHERE o.tenant_id = t.tenant_id AND o.id = t.id AND o.done_at IS NULL AND o.published_at IS NOT NULL
          RETURNING 1
        )
        SELECT (SELECT count(*) FROM mails), (SELECT count(*) FROM attempts), (SELECT count(*) FROM nudged)
      $$
    `);
    await db.query(`REVOKE ALL ON FUNCTION outbox_reclaim(interval) FROM PUBLIC`);
    await db.query(`GRANT EXECUTE ON FUNCTION outbox_reclaim(interval) TO jazari_app`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP FUNCTION outbox_reclaim(interval)`);
    await db.query(`DROP FUNCTION outbox_claim(integer, interval)`);
    await db.query(`
      CREATE FUNCTION outbox_claim(p_limit integer, p_republish_after interval)
      RETURNS TABLE (tenant_id uuid, id uuid, type text, version smallint, payload jsonb, publish_count integer)
      LANGUAGE sql SECURITY DEFINER SET search_path = public, pg_temp AS $$
        UPDATE outbox_event AS o
           SET published_at = now(), publish_count = o.publish_count + 1
          FROM (
            SELECT e.tenant_id, e.id
              FROM outbox_event AS e
             WHERE e.done_at IS NULL
               AND (e.published_at IS NULL OR e.published_at < now() - p_republish_after)
             ORDER BY e.id
             LIMIT p_limit
               FOR UPDATE SKIP LOCKED
          ) AS c
         WHERE o.tenant_id = c.tenant_id AND o.id = c.id
        RETURNING o.tenant_id, o.id, o.type, o.version, o.payload, o.publish_count
      $$
    `);
    await db.query(`REVOKE ALL ON FUNCTION outbox_claim(integer, interval) FROM PUBLIC`);
    await db.query(`GRANT EXECUTE ON FUNCTION outbox_claim(integer, interval) TO jazari_app`);
    for (const table of ['notification_delivery', 'webhook_delivery', 'webhook_attempt', 'failed_job']) {
      await db.query(`DROP POLICY outbox_reclaim ON ${table}`);
    }
    await db.query(`DROP INDEX ix_failed_job_unresolved`);
  }
}
