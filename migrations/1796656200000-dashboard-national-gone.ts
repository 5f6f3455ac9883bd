import type { MigrationInterface, QueryRunner } from 'typeorm';
import { PROJECT_DELTA_FUNCTION as EARLIER_PROJECT_DELTA_FUNCTION } from './1796656000000-dashboard-project-lists.js';

/**
 * A project's delta no longer scans the national rows (issue 22 point 3). After adding the difference to
 * `dashboard_national_fact`, `dashboard_project_delta` deleted the rows left with no contributor with a
 * join of the moved keys to that table, which PostgreSQL planned (hash and merge joins are off in the
 * function) as a nested loop over a materialised sequential scan of every national row whose
 * `contributors <= 0` — 16,084 rows, 7.9 ms of a 1,000,000-project network's refresh on a loaded machine,
 * growing with the network's rows, for a delete that almost never finds anything.
 *
 * The upsert now returns the rows it touched (by primary key), and the delete runs only when one of them is
 * left with no contributor (a slice's last project gone) — the rare case, which still pays that scan.
 */
export class DashboardNationalGone1796656200000 implements MigrationInterface {
  name = 'DashboardNationalGone1796656200000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(projectDeltaFunction());
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(EARLIER_PROJECT_DELTA_FUNCTION);
  }
}

const KEY = `metric, region_key, priority_key, period, dim1, dim2`;

function projectDeltaFunction(): string {
  const edits: [string, string][] = [
    [
      `  v_ids    uuid[];
`,
      `  v_ids    uuid[];
  v_gone   integer;
`,
    ],
    [
      `  INSERT INTO dashboard_national_fact AS f (${KEY}, owner, n, a, b, c, contributors)`,
      `  WITH moved AS (
  INSERT INTO dashboard_national_fact AS f (${KEY}, owner, n, a, b, c, contributors)`,
    ],
    [
      `         contributors = f.contributors + EXCLUDED.contributors;
  DELETE FROM dashboard_national_fact f
   USING (SELECT DISTINCT ${KEY} FROM dash_delta) d
   WHERE f.region_key = d.region_key AND f.priority_key = d.priority_key AND f.metric = d.metric
     AND f.period = d.period AND f.dim1 = d.dim1 AND f.dim2 = d.dim2 AND f.owner = '' AND f.contributors <= 0;`,
      `         contributors = f.contributors + EXCLUDED.contributors
  RETURNING f.metric, f.region_key, f.priority_key, f.period, f.dim1, f.dim2, f.contributors)
  SELECT count(*) FILTER (WHERE moved.contributors <= 0) INTO v_gone FROM moved;
  -- Rows left with no contributor go; the delete runs only when the upsert left one (a slice's last project).
  IF v_gone > 0 THEN
    DELETE FROM dashboard_national_fact f
     USING (SELECT DISTINCT ${KEY} FROM dash_delta) d
     WHERE f.region_key = d.region_key AND f.priority_key = d.priority_key AND f.metric = d.metric
       AND f.period = d.period AND f.dim1 = d.dim1 AND f.dim2 = d.dim2 AND f.owner = '' AND f.contributors <= 0;
  END IF;`,
    ],
  ];
  let sql = EARLIER_PROJECT_DELTA_FUNCTION;
  for (const [from, to] of edits) {
    if (sql.split(from).length !== 2) throw new Error(`dashboard_project_delta: "${from}" not found once`);
    sql = sql.replace(from, to);
  }
  return sql;
}
