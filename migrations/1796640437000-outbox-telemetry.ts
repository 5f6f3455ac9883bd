import type { MigrationInterface, QueryRunner } from 'typeorm';

/** `outbox_claim` as JobsSurviveWorkers1765443300000 left it, returning `extra` columns too. */
function claimFunction(extraColumns: string, extraReturning: string): string {
  return `
    CREATE FUNCTION outbox_claim(p_limit integer, p_republish_after interval)
    RETURNS TABLE (tenant_id uuid, id uuid, type text, version smallint, payload jsonb, publish_count integer${extraColumns})
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
      RETURNING o.tenant_id, o.id, o.type, o.version, o.payload, o.publish_count${extraReturning}
    $$
  `;
}

/**
 * Issue 23, metrics and traces (docs/observability.md):
 *
 * - `outbox_event.trace_context`: the W3C trace context (`{"traceparent": …}`) of the request or job that
 *   wrote the event, when tracing is on; the relay continues that trace into the job. NULL otherwise.
 *   `outbox_claim` returns it.
 * - `outbox_metrics()`: the relay's backlog across every tenant (events not done, events never
 *   published, the oldest not-done event's creation time), for the `/metrics` scrape. A SECURITY
 *   DEFINER function like `outbox_claim`: the runtime role cannot read other tenants' events; it reads
 *   only the partial index of pending events, so a scrape costs what the backlog is.
 */
export class OutboxTelemetry1796640437000 implements MigrationInterface {
  name = 'OutboxTelemetry1796640437000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE outbox_event ADD COLUMN trace_context text`);
    await db.query(
      `ALTER TABLE outbox_event ADD CONSTRAINT ck_outbox_event_trace_context CHECK (length(trace_context) <= 1024)`,
    );
    await db.query(`DROP FUNCTION outbox_claim(integer, interval)`);
    await db.query(claimFunction(', trace_context text', ', o.trace_context'));
    await db.query(`REVOKE ALL ON FUNCTION outbox_claim(integer, interval) FROM PUBLIC`);
    await db.query(`GRANT EXECUTE ON FUNCTION outbox_claim(integer, interval) TO jazari_app`);

    await db.query(`
      CREATE FUNCTION outbox_metrics()
      RETURNS TABLE (pending bigint, unpublished bigint, oldest_pending_at timestamptz)
      LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
        SELECT count(*), count(*) FILTER (WHERE e.published_at IS NULL), min(e.created_at)
          FROM outbox_event AS e
         WHERE e.done_at IS NULL
      $$
    `);
    await db.query(`REVOKE ALL ON FUNCTION outbox_metrics() FROM PUBLIC`);
    await db.query(`GRANT EXECUTE ON FUNCTION outbox_metrics() TO jazari_app`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP FUNCTION outbox_metrics()`);
    await db.query(`DROP FUNCTION outbox_claim(integer, interval)`);
    await db.query(claimFunction('', ''));
    await db.query(`REVOKE ALL ON FUNCTION outbox_claim(integer, interval) FROM PUBLIC`);
    await db.query(`GRANT EXECUTE ON FUNCTION outbox_claim(integer, interval) TO jazari_app`);
    await db.query(`ALTER TABLE outbox_event DROP CONSTRAINT ck_outbox_event_trace_context`);
    await db.query(`ALTER TABLE outbox_event DROP COLUMN trace_context`);
  }
}
