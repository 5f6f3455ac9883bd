import { Injectable } from '@nestjs/common';
import type { TenantTx } from '@jazari/database';
import type { FactRow, LabelRow, RowsMeta } from '../dashboard.figures.js';
import type { NationalDashboard } from '../dashboard.types.js';

/** The rows a dashboard reads: its slice, the months of its period and the metrics never sliced. */
export interface SliceQuery {
  readonly region: string;
  readonly priority: string;
  readonly from: string;
  readonly to: string;
  readonly unsliced: readonly string[];
}

/** Which stored rendering is current: the roll-ups' version and the refresh that made it. */
export interface RenderingState {
  readonly version: string;
  readonly as_of: Date;
}

/** The labels of a filtered read, and whether its filters name things that exist. */
export type SliceMeta = Pick<RowsMeta, 'regions' | 'priorities' | 'region_ok' | 'priority_ok'>;

const COLUMNS = `metric, region_key, priority_key, period, dim1, dim2, n, a::text AS a, b::text AS b, c::text AS c`;

/**
 * The national rows: three index ranges (the `'*'` slice, the filtered slice, one metric across slices).
 * `$1` region key, `$2` priority key, `$3`/`$4` first and last month, `$5` unsliced metrics.
 */
export const NATIONAL_SQL = `
  SELECT ${COLUMNS}, owner FROM dashboard_national_fact
   WHERE region_key = '*' AND priority_key = '*' AND metric = ANY ($5::text[]) AND (period = '' OR period BETWEEN $3 AND $4)
  UNION ALL
  SELECT ${COLUMNS}, owner FROM dashboard_national_fact
   WHERE region_key = $1 AND priority_key = $2 AND (period = '' OR period BETWEEN $3 AND $4)
     AND NOT (metric = ANY ($5::text[]))
  UNION ALL
  SELECT ${COLUMNS}, owner FROM dashboard_national_fact
   WHERE metric IN ('project', 'beneficiary') AND period = '' AND NOT (region_key = $1 AND priority_key = $2)
     AND (region_key = $1 OR priority_key = $2
          OR (region_key <> '*' AND priority_key <> '*' AND strpos(priority_key, '.') = 0))`;

/** One tenant's rows (an institute filter on the national dashboard, or its own dashboard); `$6` tenant. */
const TENANT_FACTS_SQL = `
  SELECT ${COLUMNS}, tenant_id::text AS owner FROM dashboard_fact
   WHERE tenant_id = $6
     AND ((region_key = '*' AND priority_key = '*' AND metric = ANY ($5::text[]) AND (period = '' OR period BETWEEN $3 AND $4))
          OR (region_key = $1 AND priority_key = $2 AND (period = '' OR period BETWEEN $3 AND $4))
          OR (metric IN ('project', 'beneficiary') AND period = ''
              AND (region_key = $1 OR priority_key = $2
                   OR (region_key <> '*' AND priority_key <> '*' AND strpos(priority_key, '.') = 0))))`;

const LABELS = `
    (SELECT json_agg(json_build_object('code', code, 'fr', name_fr, 'ar', name_ar, 'en', name_en) ORDER BY code)
       FROM region) AS regions,
    (SELECT json_agg(json_build_object('code', code, 'parent', parent_code, 'fr', label_fr, 'ar', label_ar, 'en', label_en)
                     ORDER BY position, code)
       FROM national_priority) AS priorities,
    ($1 = '*' OR EXISTS (SELECT 1 FROM region WHERE code = $1)) AS region_ok,
    ($2 = '*' OR EXISTS (SELECT 1 FROM national_priority WHERE code = $2)) AS priority_ok`;

/**
 * What goes with the rows: when they were refreshed, the labels, the names of the tenants they name,
 * and whether the filters name things that exist. `$1` region, `$2` priority, `$3` tenant ids, `$4` institute.
 */
const META_SQL = `
  SELECT
    (SELECT refreshed_at FROM dashboard_refresh_state WHERE id = 1) AS as_of,
    (SELECT json_agg(json_build_object('id', t.id, 'kind', t.kind, 'region', t.region_code, 'fr', t.name_fr, 'ar', t.name_ar, 'en', t.name_en))
       FROM tenant t WHERE t.id = ANY ($3::uuid[])) AS tenants,
    ${LABELS},
    ($4::uuid IS NULL OR EXISTS (SELECT 1 FROM tenant WHERE id = $4::uuid AND kind = 'institute')) AS institute_ok,
    (SELECT row_to_json(v) FROM (SELECT late_milestones, overdue_deliverables, kpis, upcoming_workshops, signatures_pending
                                   FROM dashboard_tenant_view WHERE tenant_id = $4::uuid) v) AS view`;

/** The labels and whether the filters name things that exist (`$1` region, `$2` priority). */
const SLICE_META_SQL = `SELECT ${LABELS}`;

/**
 * A region- or priority-filtered national dashboard beside the stored rendering: the filtered slice's rows,
 * and the by-region / by-priority project rows — all index probes on the primary key.
 * `$1` region key, `$2` priority key, `$3`/`$4` first and last month, `$5` region codes, `$6` priority codes,
 * `$7` unsliced metrics.
 */
const SLICE_SQL = `
  SELECT ${COLUMNS} FROM dashboard_national_fact
   WHERE region_key = $1 AND priority_key = $2 AND (period = '' OR period BETWEEN $3 AND $4)
     AND NOT (metric = ANY ($7::text[]))
  UNION ALL
  SELECT ${COLUMNS} FROM dashboard_national_fact
   WHERE region_key = ANY ($5::text[]) AND priority_key = $2 AND metric = 'project' AND period = ''
     AND region_key <> $1
  UNION ALL
  SELECT ${COLUMNS} FROM dashboard_national_fact
   WHERE region_key = $1 AND priority_key = ANY ($6::text[]) AND metric = 'project' AND period = ''
     AND priority_key <> $2`;

/** The stored rendering of the current roll-ups for the default period ending `$1` (Root's scope only). */
const RENDERING_JOIN = `
    FROM dashboard_refresh_state r
    JOIN dashboard_national_view v ON v.id = 1 AND v.version = r.version AND v.period_to = $1
   WHERE r.id = 1`;

/**
 * The dashboards' roll-up rows (`dashboard_fact`, `dashboard_national_fact`, `dashboard_tenant_view`) and
 * the stored national rendering: SQL only, in the caller's transaction. Figures are assembled elsewhere
 * (`dashboard.assembler.ts`); the rendering is written by the refresh (`NationalRenderingService`).
 */
@Injectable()
export class DashboardFactsRepository {
  async nationalRows(tx: TenantTx, q: SliceQuery): Promise<FactRow[]> {
    return tx.query<FactRow>(NATIONAL_SQL, [q.region, q.priority, q.from, q.to, q.unsliced]);
  }

  async tenantRows(tx: TenantTx, tenantId: string, q: SliceQuery): Promise<FactRow[]> {
    return tx.query<FactRow>(TENANT_FACTS_SQL, [q.region, q.priority, q.from, q.to, q.unsliced, tenantId]);
  }

  /** The refresh time, labels, the named tenants, the filters' existence and an institute's lists. */
  async meta(
    tx: TenantTx,
    region: string,
    priority: string,
    tenantIds: readonly string[],
    institute: string | null,
  ): Promise<RowsMeta> {
    const [meta] = await tx.query<RowsMeta>(META_SQL, [region, priority, tenantIds, institute]);
    if (!meta) throw new Error('dashboard read returned no row');
    return meta;
  }

  async sliceMeta(tx: TenantTx, region: string, priority: string): Promise<SliceMeta> {
    const [meta] = await tx.query<SliceMeta>(SLICE_META_SQL, [region, priority]);
    if (!meta) throw new Error('dashboard read returned no row');
    return meta;
  }

  /** The filtered slice's rows beside the rendering (`regions`/`priorities`: every code, for breakdowns). */
  async sliceRows(
    tx: TenantTx,
    q: SliceQuery,
    regions: readonly LabelRow[],
    priorities: readonly LabelRow[],
  ): Promise<FactRow[]> {
    return tx.query<FactRow>(SLICE_SQL, [
      q.region,
      q.priority,
      q.from,
      q.to,
      regions.map((r) => r.code),
      priorities.map((p) => p.code),
      q.unsliced,
    ]);
  }

  /** The stored rendering, parsed by PostgreSQL, if it is of the current roll-ups and of the period to `to`. */
  async rendering(
    tx: TenantTx,
    to: string,
  ): Promise<(RenderingState & { readonly body: NationalDashboard }) | undefined> {
    const [row] = await tx.query<RenderingState & { body: NationalDashboard }>(
      `SELECT r.version::text AS version, r.refreshed_at AS as_of, v.body ${RENDERING_JOIN}`,
      [to],
    );
    return row;
  }

  /** Which rendering is current (a few bytes, through the same RLS as the rendering: Root only). */
  async renderingState(tx: TenantTx, to: string): Promise<RenderingState | undefined> {
    const [row] = await tx.query<RenderingState>(
      `SELECT r.version::text AS version, r.refreshed_at AS as_of ${RENDERING_JOIN}`,
      [to],
    );
    return row;
  }

  /** The same rendering as JSON text, its `asOf` set to the last refresh, for the API to send as it is. */
  async renderingJson(
    tx: TenantTx,
    to: string,
  ): Promise<(RenderingState & { readonly body: string }) | undefined> {
    const [row] = await tx.query<RenderingState & { body: string }>(
      `SELECT r.version::text AS version, r.refreshed_at AS as_of,
              jsonb_set(v.body, '{asOf}',
                        to_jsonb(to_char(r.refreshed_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')))::text AS body
       ${RENDERING_JOIN}`,
      [to],
    );
    return row;
  }

  /** Stores the rendering of roll-ups `version`, unless a newer one is there already (another replica). */
  async saveRendering(
    tx: TenantTx,
    version: number,
    periodTo: string,
    body: NationalDashboard,
  ): Promise<void> {
    await tx.query(
      `INSERT INTO dashboard_national_view (id, version, period_to, body, rendered_at)
       VALUES (1, $1, $2, $3, now())
       ON CONFLICT (id) DO UPDATE SET version = EXCLUDED.version, period_to = EXCLUDED.period_to,
                                      body = EXCLUDED.body, rendered_at = EXCLUDED.rendered_at
        WHERE dashboard_national_view.version <= EXCLUDED.version`,
      [version, periodTo, JSON.stringify(body)],
    );
  }

  /** Whether the stored rendering is of roll-ups `version` and of the period ending `periodTo`. */
  async renderingIs(tx: TenantTx, version: number, periodTo: string): Promise<boolean> {
    const rows = await tx.query(
      `SELECT 1 FROM dashboard_national_view WHERE id = 1 AND version = $1 AND period_to = $2`,
      [version, periodTo],
    );
    return rows.length > 0;
  }
}
