import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Housekeeping: the outbox (done events and their handled-ledger rows), and sign-in sessions and refresh
 * tokens long over, are pruned by a scheduled job. The rows belong to every tenant, so the deletion runs
 * in one SECURITY DEFINER function (as the owner, which the `maintenance` policies admit) that removes
 * only what can no longer matter: nothing a relay, a handler or a signed-in person could still use.
 */
export class Maintenance1764489600000 implements MigrationInterface {
  name = 'Maintenance1764489600000';

  async up(db: QueryRunner): Promise<void> {
    for (const table of ['outbox_handled', 'auth_session', 'refresh_token']) {
      await db.query(`CREATE POLICY maintenance ON ${table} TO CURRENT_USER USING (true) WITH CHECK (true)`);
    }
    await db.query(`
      CREATE FUNCTION maintenance_prune(p_outbox_before timestamptz, p_sessions_before timestamptz)
      RETURNS TABLE (outbox_events bigint, handled bigint, refresh_tokens bigint, sessions bigint)
      LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
      DECLARE
        n_events bigint; n_handled bigint; n_tokens bigint; n_sessions bigint;
      BEGIN
        -- A done event is never published again (the relay takes done_at IS NULL only), so neither it
        -- nor its ledger rows can matter once it is older than the retention.
        WITH gone AS (
          DELETE FROM outbox_event e
           WHERE e.done_at IS NOT NULL AND e.done_at < p_outbox_before
          RETURNING e.tenant_id, e.id
        ), ledger AS (
          DELETE FROM outbox_handled h USING gone
           WHERE h.tenant_id = gone.tenant_id AND h.event_id = gone.id
          RETURNING 1
        )
        SELECT (SELECT count(*) FROM gone), (SELECT count(*) FROM ledger) INTO n_events, n_handled;

        -- Sessions that ended (revoked or expired) before the retention, and their tokens.
        WITH ended AS (
          SELECT s.tenant_id, s.id FROM auth_session s
           WHERE (s.revoked_at IS NOT NULL AND s.revoked_at < p_sessions_before) OR s.expires_at < p_sessions_before
        ), tokens AS (
          DELETE FROM refresh_token t USING ended
           WHERE t.tenant_id = ended.tenant_id AND t.session_id = ended.id
          RETURNING 1
        )
        SELECT count(*) FROM tokens INTO n_tokens;
        DELETE FROM auth_session s
         WHERE ((s.revoked_at IS NOT NULL AND s.revoked_at < p_sessions_before) OR s.expires_at < p_sessions_before)
           AND NOT EXISTS (SELECT 1 FROM refresh_token t WHERE t.tenant_id = s.tenant_id AND t.session_id = s.id);
        GET DIAGNOSTICS n_sessions = ROW_COUNT;

        RETURN QUERY SELECT n_events, n_handled, n_tokens, n_sessions;
      END
      $$
    `);
    await db.query(`REVOKE ALL ON FUNCTION maintenance_prune(timestamptz, timestamptz) FROM PUBLIC`);
    await db.query(`GRANT EXECUTE ON FUNCTION maintenance_prune(timestamptz, timestamptz) TO jazari_app`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP FUNCTION maintenance_prune(timestamptz, timestamptz)`);
    for (const table of ['outbox_handled', 'auth_session', 'refresh_token']) {
      await db.query(`DROP POLICY maintenance ON ${table}`);
    }
  }
}
