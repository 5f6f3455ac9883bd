import type { MigrationInterface, QueryRunner } from 'typeorm';
import { REFRESH_FUNCTION as EARLIER_REFRESH_FUNCTION } from './1796654123000-dashboard-project-deltas.js';

/**
 * A refresh reads the marks from where the last one left off, by index, instead of scanning the marks'
 * tables (issue 22 point 3). Every refresh deletes the marks it takes, and a full one all of them: after a
 * bulk load — the benchmark's 1,000,000 projects leave a mark per project, region, priority and support,
 * millions — those deleted marks stay as dead rows until a vacuum, and each later refresh's scan of
 * `dashboard_dirty_project` read them all (7.5 ms for the 310,000 of 100,000 projects on a loaded machine,
 * ten times that at national scale, more on the first scan, which also prunes them).
 *
 * A mark carries its transaction's id (`txid_current()`). Before taking the marks, a refresh notes the
 * oldest transaction still running (`txid_snapshot_xmin`): every transaction below it has ended, so its
 * marks are visible to this refresh and deleted by it; a transaction at or above it may still write marks,
 * and they carry an id at or above it. So no mark below that horizon is left after the refresh, and the next
 * one reads only `xid >= horizon` — an index range that starts after the dead rows (`marks_horizon` in
 * `dashboard_refresh_state`). A horizon above the cluster's transaction counter (a database restored into
 * another cluster) is dropped and the marks read whole.
 */
export class DashboardMarksHorizon1796656100000 implements MigrationInterface {
  name = 'DashboardMarksHorizon1796656100000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE dashboard_refresh_state ADD COLUMN marks_horizon bigint NOT NULL DEFAULT 0`);
    await db.query(`CREATE INDEX ix_dashboard_dirty_xid ON dashboard_dirty (xid)`);
    await db.query(`CREATE INDEX ix_dashboard_dirty_project_xid ON dashboard_dirty_project (xid)`);
    await db.query(refreshFunction());
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(EARLIER_REFRESH_FUNCTION);
    await db.query(`DROP INDEX ix_dashboard_dirty_project_xid`);
    await db.query(`DROP INDEX ix_dashboard_dirty_xid`);
    await db.query(`ALTER TABLE dashboard_refresh_state DROP COLUMN marks_horizon`);
  }
}

/** `DashboardProjectDeltas1796654123000`'s `dashboard_refresh`, reading the marks from the horizon. */
function refreshFunction(): string {
  const edits: [string, string][] = [
    [
      `  v_changed integer := 0;
BEGIN`,
      `  v_changed integer := 0;
  v_horizon bigint;
  v_next    bigint;
BEGIN`,
    ],
    [
      `  PERFORM pg_advisory_xact_lock(hashtext('jazari.dashboard_refresh'));
`,
      `  PERFORM pg_advisory_xact_lock(hashtext('jazari.dashboard_refresh'));
  -- The marks are read from the last refresh's horizon (no mark below it is left), and this refresh's
  -- horizon is the oldest transaction still running: every one below it has ended, its marks visible here.
  SELECT s.marks_horizon INTO v_horizon FROM dashboard_refresh_state s WHERE s.id = 1;
  v_next := txid_snapshot_xmin(txid_current_snapshot());
  IF v_horizon > txid_snapshot_xmax(txid_current_snapshot()) THEN
    v_horizon := 0;  -- restored into another cluster, whose transaction ids are lower: read every mark
  END IF;
`,
    ],
    [
      `WITH d AS (DELETE FROM dashboard_dirty RETURNING tenant_id)`,
      `WITH d AS (DELETE FROM dashboard_dirty x WHERE x.xid >= v_horizon RETURNING x.tenant_id)`,
    ],
    [
      `WITH d AS (DELETE FROM dashboard_dirty_project RETURNING tenant_id, project_id)`,
      `WITH d AS (DELETE FROM dashboard_dirty_project x WHERE x.xid >= v_horizon
                RETURNING x.tenant_id, x.project_id)`,
    ],
    [
      `     SET refreshed_at = p_now, day = v_today,`,
      `     SET refreshed_at = p_now, day = v_today, marks_horizon = v_next,`,
    ],
  ];
  let sql = EARLIER_REFRESH_FUNCTION;
  for (const [from, to] of edits) {
    if (sql.split(from).length !== 2) throw new Error(`dashboard_refresh: "${from}" not found once`);
    sql = sql.replace(from, to);
  }
  return sql;
}
