import { Injectable } from '@nestjs/common';
import { Clock, networkToday } from '@jazari/config';
import { isUuid, TransactionRunner } from '@jazari/database';
import {
  addMonths,
  ALL,
  count,
  labels,
  milli,
  money,
  MONTH,
  monthsBetween,
  percent,
  quantity,
  type FactRow,
  type LabelRow,
} from './dashboard.figures.js';
import { DashboardProblems } from './dashboard.problems.js';
import type {
  Breakdown,
  DashboardFilters,
  DashboardRange,
  DeclaredMonth,
  DeliverableFigures,
  InstituteDashboard,
  InstituteResourceUse,
  KpiProgress,
  LateItem,
  MonthlyPoint,
  NationalDashboard,
  ObligationCounts,
  PartnerDashboard,
  PartnerExecution,
  PartnerMonthlyPoint,
  ProjectFigures,
  RegionConventions,
  ResourceUse,
  UpcomingWorkshop,
  WorkshopFigures,
  WorkshopGroup,
} from './dashboard.types.js';

/** Months a series may span at most (the roll-ups keep the running-projects series for 48 months). */
export const MAX_SERIES_MONTHS = 120;
const DEFAULT_MONTHS = 24;

interface TenantRow extends LabelRow {
  readonly id: string;
  readonly kind: string;
  readonly region: string | null;
}

interface ReadRow {
  readonly as_of: Date | null;
  readonly facts: FactRow[];
  readonly tenants: TenantRow[] | null;
  readonly regions: LabelRow[];
  readonly priorities: LabelRow[];
  readonly region_ok: boolean;
  readonly priority_ok: boolean;
  readonly institute_ok: boolean;
  readonly view: ViewRow | null;
}

interface ViewRow {
  readonly late_milestones: LateItem[];
  readonly overdue_deliverables: LateItem[];
  // Rendered before directions existed, a KPI has none: it was read as higher-is-better.
  readonly kpis: (Omit<KpiProgress, 'percent' | 'direction'> & { direction?: KpiProgress['direction'] })[];
  readonly upcoming_workshops: UpcomingWorkshop[];
  readonly signatures_pending: PartnerDashboard['signaturesPending'];
}

/** Metrics that are never sliced by region or priority (their rows sit under `'*'`, `'*'`). */
export const UNSLICED = [
  'convention_status',
  'convention_expiring',
  'conventions_signed',
  'convention_region',
  'obligation',
  'resource',
  'resource_received',
  'resource_requests',
  'workshop',
  'workshop_attended',
  'deliverable',
  'network',
  'declared_conventions_signed',
  'declared_workshops_held',
];
const PARTY_METRICS = ['convention_status', 'convention_expiring', 'conventions_signed', 'obligation'];
const TENANT_UNSLICED = [
  ...UNSLICED,
  ...PARTY_METRICS.map((m) => `party_${m}`),
  'declared_party_conventions_signed',
];

/**
 * One statement per dashboard: the roll-up rows it needs, when they were refreshed, and the labels.
 * `$1` region key, `$2` priority key, `$3`/`$4` first and last month, `$5` unsliced metrics.
 */
const SLICE = `
  ((region_key = '*' AND priority_key = '*' AND metric = ANY ($5::text[]) AND (period = '' OR period BETWEEN $3 AND $4))
   OR (region_key = $1 AND priority_key = $2 AND (period = '' OR period BETWEEN $3 AND $4))
   OR (metric IN ('project', 'beneficiary') AND period = ''
       AND (region_key = $1 OR priority_key = $2
            OR (region_key <> '*' AND priority_key <> '*' AND strpos(priority_key, '.') = 0))))`;

const COLUMNS = `metric, region_key, priority_key, period, dim1, dim2, n, a::text AS a, b::text AS b, c::text AS c`;

/** The national rows: three index ranges (the `'*'` slice, the filtered slice, one metric across slices). */
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

/** The rendered unfiltered dashboard, if it is of the current roll-ups and the current default period. */
const RENDERED_SQL = `
  SELECT r.refreshed_at AS as_of, v.body
    FROM dashboard_refresh_state r
    JOIN dashboard_national_view v ON v.id = 1 AND v.version = r.version AND v.period_to = $1
   WHERE r.id = 1`;

/**
 * The same rendering as JSON text, its `asOf` set to the last refresh, for the API to send as it is
 * (about 100 KB that would otherwise be parsed and serialised again on every request).
 */
const RENDERED_JSON_SQL = `
  SELECT r.version::text AS version, r.refreshed_at AS as_of,
         jsonb_set(v.body, '{asOf}',
                   to_jsonb(to_char(r.refreshed_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')))::text AS body
    FROM dashboard_refresh_state r
    JOIN dashboard_national_view v ON v.id = 1 AND v.version = r.version AND v.period_to = $1
   WHERE r.id = 1`;

/** Which rendering is current (visible to Root's scope only, like the rendering itself). */
const RENDERED_STATE_SQL = `
  SELECT r.version::text AS version, r.refreshed_at AS as_of
    FROM dashboard_refresh_state r
    JOIN dashboard_national_view v ON v.id = 1 AND v.version = r.version AND v.period_to = $1
   WHERE r.id = 1`;

/**
 * A region- or priority-filtered national dashboard beside the stored rendering: what the filter narrows
 * (the project figures and the project columns of the series) is the filtered slice's rows, and the
 * by-region / by-priority breakdowns one row per region (priority) — all index probes on the primary key.
 * `$1` region key, `$2` priority key, `$3`/`$4` first and last month, `$5` region codes, `$6` priority codes.
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

/** The labels and whether the filters name things that exist (`$1` region, `$2` priority). */
const SLICE_META_SQL = `
  SELECT
    (SELECT json_agg(json_build_object('code', code, 'fr', name_fr, 'ar', name_ar, 'en', name_en) ORDER BY code)
       FROM region) AS regions,
    (SELECT json_agg(json_build_object('code', code, 'parent', parent_code, 'fr', label_fr, 'ar', label_ar, 'en', label_en)
                     ORDER BY position, code)
       FROM national_priority) AS priorities,
    ($1 = '*' OR EXISTS (SELECT 1 FROM region WHERE code = $1)) AS region_ok,
    ($2 = '*' OR EXISTS (SELECT 1 FROM national_priority WHERE code = $2)) AS priority_ok`;

/** One tenant's rows (an institute filter on the national dashboard, or its own dashboard). */
const TENANT_FACTS_SQL = `
  SELECT ${COLUMNS}, tenant_id::text AS owner FROM dashboard_fact WHERE tenant_id = $6 AND ${SLICE}`;

/**
 * What goes with the rows: when they were refreshed, the labels, the names of the tenants they name,
 * and whether the filters name things that exist. `$1` region, `$2` priority, `$3` tenant ids, `$4` institute.
 */
const META_SQL = `
  SELECT
    (SELECT refreshed_at FROM dashboard_refresh_state WHERE id = 1) AS as_of,
    (SELECT json_agg(json_build_object('id', t.id, 'kind', t.kind, 'region', t.region_code, 'fr', t.name_fr, 'ar', t.name_ar, 'en', t.name_en))
       FROM tenant t WHERE t.id = ANY ($3::uuid[])) AS tenants,
    (SELECT json_agg(json_build_object('code', code, 'fr', name_fr, 'ar', name_ar, 'en', name_en) ORDER BY code)
       FROM region) AS regions,
    (SELECT json_agg(json_build_object('code', code, 'parent', parent_code, 'fr', label_fr, 'ar', label_ar, 'en', label_en)
                     ORDER BY position, code)
       FROM national_priority) AS priorities,
    ($1 = '*' OR EXISTS (SELECT 1 FROM region WHERE code = $1)) AS region_ok,
    ($2 = '*' OR EXISTS (SELECT 1 FROM national_priority WHERE code = $2)) AS priority_ok,
    ($4::uuid IS NULL OR EXISTS (SELECT 1 FROM tenant WHERE id = $4::uuid AND kind = 'institute')) AS institute_ok,
    (SELECT row_to_json(v) FROM (SELECT late_milestones, overdue_deliverables, kpis, upcoming_workshops, signatures_pending
                                   FROM dashboard_tenant_view WHERE tenant_id = $4::uuid) v) AS view`;

/** Indexes the rows of one read by metric, then by a key the caller chooses. */
class Facts {
  private readonly byMetric = new Map<string, FactRow[]>();
  private readonly byKey = new Map<string, FactRow>();

  constructor(rows: readonly FactRow[], rename: (metric: string) => string | null = (m) => m) {
    for (const row of rows) {
      const metric = rename(row.metric);
      if (metric === null) continue;
      const list = this.byMetric.get(metric);
      if (list) list.push(row);
      else this.byMetric.set(metric, [row]);
      this.byKey.set(key(metric, row.region_key, row.priority_key, row.period, row.dim1), row);
    }
  }

  all(metric: string, where: (row: FactRow) => boolean = () => true): FactRow[] {
    return (this.byMetric.get(metric) ?? []).filter(where);
  }

  /** The row of one slice (the metrics read through here have no second dimension). */
  one(metric: string, region: string, priority: string, period = '', dim1 = ''): FactRow | undefined {
    return this.byKey.get(key(metric, region, priority, period, dim1));
  }
}

function key(...parts: string[]): string {
  return parts.join('\u0000');
}

/**
 * Reads the dashboards from the roll-up tables, in the caller's open transaction (a request's unit of
 * work, or a report job's tenant transaction): national figures in Root's scope, an institute's or a
 * partner's in theirs (or Root's). The reports render exactly what these return.
 */
@Injectable()
export class DashboardReader {
  /**
   * The last rendering read, as JSON text, with what identifies it (roll-ups version, period, refresh
   * time): served again while those are unchanged, so a request moves a few bytes from PostgreSQL, not
   * ~100 KB. Only ever returned after the current state was read through RLS (Root's scope).
   */
  private rendered: { readonly key: string; readonly body: string } | undefined;
  /** The same rendering parsed, for the filtered dashboards read beside it (same rule). */
  private parsed:
    { readonly key: string; readonly value: NationalDashboard; readonly asOf: string } | undefined;

  constructor(
    private readonly transactions: TransactionRunner,
    private readonly clock: Clock,
  ) {}

  /** The period a dashboard covers: `from`/`to` as given, else the last 24 months (this month included). */
  period(filters: Pick<DashboardFilters, 'from' | 'to'> = {}): { from: string; to: string } {
    for (const field of ['from', 'to'] as const) {
      const value = filters[field];
      if (value !== undefined && !MONTH.test(value)) {
        throw DashboardProblems.badFilter(field, 'must be a month written YYYY-MM');
      }
    }
    const thisMonth = networkToday(this.clock.now()).slice(0, 7);
    const to =
      filters.to ??
      (filters.from ? earlierMonth(addMonths(filters.from, DEFAULT_MONTHS - 1), thisMonth) : thisMonth);
    const from = filters.from ?? addMonths(to, -(DEFAULT_MONTHS - 1));
    if (from > to) throw DashboardProblems.badFilter('from', 'must not be after to');
    if (monthsBetween(from, to).length > MAX_SERIES_MONTHS) {
      throw DashboardProblems.badFilter('from', `the period spans at most ${MAX_SERIES_MONTHS} months`);
    }
    return { from, to };
  }

  async national(filters: DashboardFilters): Promise<NationalDashboard> {
    const { from, to } = this.period(filters);
    if (isUnfiltered(filters)) {
      // The unfiltered dashboard, as rendered after the last refresh that changed the roll-ups.
      const [view] = await this.transactions
        .tx()
        .query<{ as_of: Date; body: NationalDashboard }>(RENDERED_SQL, [to]);
      if (view) return { ...view.body, asOf: asOf(view.as_of) };
    } else if (filters.institute === undefined && (filters.region ?? filters.priority) !== undefined) {
      // Narrowed to a region or a priority over the default period: the stored rendering and the slice.
      const sliced = await this.slice(filters, from, to);
      if (sliced) return sliced;
    }
    return this.nationalFromRows(filters);
  }

  /**
   * The national dashboard built from the roll-up rows (what `national` falls back to, and what the stored
   * rendering is made of); exposed for the property test, which compares the two.
   */
  async nationalFromRows(filters: DashboardFilters): Promise<NationalDashboard> {
    const { from, to } = this.period(filters);
    if (filters.institute !== undefined && !isUuid(filters.institute)) {
      throw DashboardProblems.badFilter('institute', 'must be an institute id (UUID)');
    }
    const region = filters.region ?? ALL;
    const priority = filters.priority ?? ALL;
    const row = await this.read(
      region,
      priority,
      from,
      to,
      filters.institute ? TENANT_UNSLICED : UNSLICED,
      filters.institute ?? null,
      filters.institute ? 'tenant' : 'national',
    );
    if (!row.region_ok) throw DashboardProblems.badFilter('region', 'is not a region code');
    if (!row.priority_ok) throw DashboardProblems.badFilter('priority', 'is not a national priority code');
    if (!row.institute_ok) throw DashboardProblems.badFilter('institute', 'is not an institute');

    // An institute's own rows: the conventions and obligations it is a party to stand for the national ones.
    const facts = new Facts(row.facts, (metric) => (filters.institute ? asParty(metric) : metric));
    const tenants = new Map((row.tenants ?? []).map((t) => [t.id, t]));
    const network = filters.institute
      ? { institutes: 1, partners: 0 }
      : {
          institutes: count(facts.one('network', ALL, ALL)?.n),
          partners: count(facts.one('network', ALL, ALL)?.a),
        };
    if (filters.institute) {
      const partners = new Set(
        facts
          .all('obligation')
          .filter((r) => tenants.get(r.dim1)?.kind === 'partner')
          .map((r) => r.dim1),
      );
      network.partners = partners.size;
    }

    const active = count(facts.one('convention_status', ALL, ALL, '', 'active')?.n);
    const awaitingSignature = count(facts.one('convention_status', ALL, ALL, '', 'out_for_signature')?.n);
    const instituteRegion = filters.institute ? tenants.get(filters.institute)?.region : undefined;
    const conventions = {
      active,
      awaitingSignature,
      expiringWithin90Days: count(facts.one('convention_expiring', ALL, ALL)?.n),
      byPartner: this.partnerExecution(facts, tenants),
      // An institute's: the conventions it is a party to, under its region.
      byRegion: filters.institute
        ? instituteRegion && active + awaitingSignature > 0
          ? [{ key: instituteRegion, active, awaitingSignature }]
          : []
        : conventionsByRegion(facts),
    };
    const beneficiary = facts.one('beneficiary', region, priority);
    const topPriorities = row.priorities.filter((p) => !p.parent);

    return {
      asOf: asOf(row.as_of),
      filters: cleanFilters(filters, from, to),
      network,
      projects: projectFigures(facts, region, priority, row.regions, row.priorities),
      beneficiaries: {
        total: count(beneficiary?.n),
        startups: count(beneficiary?.a),
        smes: count(beneficiary?.b),
      },
      conventions,
      resources: this.resources(facts, tenants),
      workshops: workshopFigures(facts),
      deliverables: deliverableFigures(facts),
      coverage: {
        priorities: topPriorities.map((p) => ({ code: p.code, label: labels(p) })),
        regions: row.regions.map((r) => ({ code: r.code, label: labels(r) })),
        cells: topPriorities.flatMap((p) =>
          row.regions.map((r) => {
            const projects = facts.one('project', r.code, p.code);
            return {
              priority: p.code,
              region: r.code,
              projects: count(projects?.n),
              budgetMad: money(milli(projects?.a ?? 0)),
              beneficiaries: count(facts.one('beneficiary', r.code, p.code)?.n),
            };
          }),
        ),
      },
      series: series(facts, region, priority, from, to),
    };
  }

  /**
   * Renders the unfiltered national dashboard from the roll-ups of `version` and stores it, unless a
   * newer one is there already (another worker replica). Runs in Root's scope (the worker's refresh).
   */
  /**
   * The unfiltered national dashboard as the JSON text rendered after the last refresh (what `national({})`
   * returns, serialised); undefined when that rendering is not of the current roll-ups and period.
   */
  async renderedNationalJson(): Promise<string | undefined> {
    const { to } = this.period();
    // A small read first (through the same RLS as the rendering: Root only): which rendering is current.
    const [state] = await this.transactions
      .tx()
      .query<{ version: string; as_of: Date }>(RENDERED_STATE_SQL, [to]);
    if (!state) return undefined;
    const current = key(state.version, to, state.as_of.toISOString());
    if (this.rendered?.key === current) return this.rendered.body;
    // The rendering and what identifies it, in one statement (a refresh may have committed meanwhile).
    const [row] = await this.transactions
      .tx()
      .query<{ version: string; as_of: Date; body: string }>(RENDERED_JSON_SQL, [to]);
    if (!row) return undefined;
    this.rendered = { key: key(row.version, to, row.as_of.toISOString()), body: row.body };
    return row.body;
  }

  async renderNational(version: number): Promise<void> {
    const { to } = this.period();
    const body = await this.national({ from: this.period().from, to });
    await this.transactions.tx().query(
      `INSERT INTO dashboard_national_view (id, version, period_to, body, rendered_at)
       VALUES (1, $1, $2, $3, now())
       ON CONFLICT (id) DO UPDATE SET version = EXCLUDED.version, period_to = EXCLUDED.period_to,
                                      body = EXCLUDED.body, rendered_at = EXCLUDED.rendered_at
        WHERE dashboard_national_view.version <= EXCLUDED.version`,
      [version, to, JSON.stringify({ ...body, filters: { from: body.filters.from, to } })],
    );
  }

  /** Whether the stored rendering is of roll-ups `version` and of the current default period. */
  async renderedIsCurrent(version: number): Promise<boolean> {
    const { to } = this.period();
    const rows = await this.transactions
      .tx()
      .query(`SELECT 1 FROM dashboard_national_view WHERE id = 1 AND version = $1 AND period_to = $2`, [
        version,
        to,
      ]);
    return rows.length > 0;
  }

  /** An institute's dashboard; `from`/`to` bound its period figures and series (default: 24 months). */
  async institute(tenantId: string, range: DashboardRange = {}): Promise<InstituteDashboard> {
    const { from, to } = this.period(range);
    const { row, facts, self, view } = await this.readTenant(tenantId, 'institute', from, to);
    const resources = facts.all('resource_requests')[0];
    const weOwe = obligationCounts(facts.all('party_obligation', (r) => r.dim1 === tenantId));
    return {
      asOf: asOf(row.as_of),
      tenantId,
      name: labels(self),
      projects: projectFigures(facts, ALL, ALL, row.regions, row.priorities),
      lateMilestones: view?.late_milestones ?? [],
      overdueDeliverables: view?.overdue_deliverables ?? [],
      kpis: (view?.kpis ?? []).map((k) => ({
        ...k,
        direction: k.direction ?? 'higher',
        percent: kpiPercent(k.latest, k.target, k.direction ?? 'higher'),
      })),
      resources: {
        owned: resourceUses(facts.all('resource')),
        allocated: resourceUses(facts.all('resource_received')),
        pendingRequests: { incoming: count(resources?.a), outgoing: count(resources?.b) },
      },
      upcomingWorkshops: view?.upcoming_workshops ?? [],
      obligations: weOwe,
      period: { from, to },
      workshops: workshopFigures(facts),
      deliverables: deliverableFigures(facts),
      series: series(
        new Facts(row.facts, (m) =>
          m === 'conventions_signed' || m === 'declared_conventions_signed'
            ? null
            : m === 'party_conventions_signed' || m === 'declared_party_conventions_signed'
              ? m.replace('party_', '')
              : m,
        ),
        ALL,
        ALL,
        from,
        to,
      ),
    };
  }

  /** A partner's dashboard; `from`/`to` bound its period figures and series (default: 24 months). */
  async partner(tenantId: string, range: DashboardRange = {}): Promise<PartnerDashboard> {
    const { from, to } = this.period(range);
    const { row, facts, self, view } = await this.readTenant(tenantId, 'partner', from, to);
    const obligations = facts.all('party_obligation');
    return {
      asOf: asOf(row.as_of),
      tenantId,
      name: labels(self),
      conventions: {
        byStatus: facts
          .all('party_convention_status')
          .map((r) => ({ key: r.dim1, count: count(r.n) }))
          .sort((x, y) => x.key.localeCompare(y.key)),
        expiringWithin90Days: count(facts.all('party_convention_expiring')[0]?.n),
      },
      signaturesPending: view?.signatures_pending ?? [],
      obligations: {
        weOwe: obligationCounts(obligations.filter((r) => r.dim1 === tenantId)),
        owedToUs: obligationCounts(obligations.filter((r) => r.dim1 !== tenantId)),
      },
      upcomingWorkshops: view?.upcoming_workshops ?? [],
      workshopsAttended: count(facts.all('workshop_attended')[0]?.n),
      period: { from, to },
      conventionsSigned: facts.all('party_conventions_signed').reduce((sum, r) => sum + count(r.n), 0),
      workshops: workshopFigures(facts),
      series: partnerSeries(facts, from, to),
    };
  }

  private async readTenant(tenantId: string, kind: 'institute' | 'partner', from: string, to: string) {
    if (!isUuid(tenantId)) throw DashboardProblems.notFound();
    const row = await this.read(ALL, ALL, from, to, TENANT_UNSLICED, tenantId, 'tenant');
    const self = (row.tenants ?? []).find((t) => t.id === tenantId);
    if (!self || self.kind !== kind) throw DashboardProblems.notFound();
    return { row, facts: new Facts(row.facts), self, view: row.view };
  }

  /** The roll-up rows of one dashboard, then what goes with them: two statements in the open transaction. */
  private async read(
    region: string,
    priority: string,
    from: string,
    to: string,
    unsliced: readonly string[],
    tenantId: string | null,
    source: 'national' | 'tenant',
  ): Promise<ReadRow> {
    const tx = this.transactions.tx();
    const facts = await tx.query<FactRow>(
      source === 'national' ? NATIONAL_SQL : TENANT_FACTS_SQL,
      source === 'national'
        ? [region, priority, from, to, unsliced]
        : [region, priority, from, to, unsliced, tenantId],
    );
    const named = new Set<string>(tenantId ? [tenantId] : []);
    for (const f of facts) {
      if (f.metric === 'obligation' || f.metric === 'party_obligation') named.add(f.dim1);
      if (f.metric === 'resource') named.add(f.owner);
    }
    const [meta] = await tx.query<Omit<ReadRow, 'facts'>>(META_SQL, [region, priority, [...named], tenantId]);
    if (!meta) throw new Error('dashboard read returned no row');
    return { ...meta, facts };
  }

  private partnerExecution(facts: Facts, tenants: Map<string, TenantRow>): PartnerExecution[] {
    return facts
      .all('obligation', (r) => tenants.get(r.dim1)?.kind === 'partner')
      .map((r) => {
        const tenant = tenants.get(r.dim1) as TenantRow;
        const total = count(r.n);
        const met = count(r.a);
        const waived = count(r.c);
        return {
          partnerTenantId: r.dim1,
          name: labels(tenant),
          obligationsTotal: total,
          obligationsMet: met,
          obligationsOverdue: count(r.b),
          executedPercent: percent(met, total - waived),
        };
      })
      .sort(
        (x, y) => x.name.fr.localeCompare(y.name.fr) || x.partnerTenantId.localeCompare(y.partnerTenantId),
      );
  }

  private resources(facts: Facts, tenants: Map<string, TenantRow>) {
    const rows = facts.all('resource');
    const byInstitute: InstituteResourceUse[] = rows
      .map((r) => ({
        tenantId: r.owner,
        name: labels(tenants.get(r.owner) ?? { fr: '', ar: '', en: '' }),
        ...resourceUse(r.dim1, r.dim2, milli(r.a), milli(r.b), milli(r.c)),
      }))
      .sort(
        (x, y) =>
          x.name.fr.localeCompare(y.name.fr) ||
          x.tenantId.localeCompare(y.tenantId) ||
          x.kind.localeCompare(y.kind) ||
          x.unit.localeCompare(y.unit),
      );
    const regions = new Map<string, FactRow[]>();
    for (const r of rows) {
      const region = tenants.get(r.owner)?.region;
      if (!region) continue;
      regions.set(region, [...(regions.get(region) ?? []), r]);
    }
    const byRegion = [...regions.entries()]
      .sort(([x], [y]) => x.localeCompare(y))
      .flatMap(([region, list]) => resourceUses(list).map((use) => ({ region, ...use })));
    return { byKind: resourceUses(rows), byInstitute, byRegion };
  }

  /**
   * A region- or priority-filtered dashboard over the default period: the stored unfiltered rendering
   * (parsed once per roll-ups version) with the figures the filter narrows read from the slice's rows.
   * Undefined when the period is not the default one or the rendering is not current.
   */
  private async slice(
    filters: DashboardFilters,
    from: string,
    to: string,
  ): Promise<NationalDashboard | undefined> {
    const period = this.period();
    if (from !== period.from || to !== period.to) return undefined;
    const body = await this.renderedNational(to);
    if (!body) return undefined;
    const region = filters.region ?? ALL;
    const priority = filters.priority ?? ALL;
    const tx = this.transactions.tx();
    const [meta] = await tx.query<Pick<ReadRow, 'regions' | 'priorities' | 'region_ok' | 'priority_ok'>>(
      SLICE_META_SQL,
      [region, priority],
    );
    if (!meta) throw new Error('dashboard read returned no row');
    if (!meta.region_ok) throw DashboardProblems.badFilter('region', 'is not a region code');
    if (!meta.priority_ok) throw DashboardProblems.badFilter('priority', 'is not a national priority code');
    const rows = await tx.query<FactRow>(SLICE_SQL, [
      region,
      priority,
      from,
      to,
      meta.regions.map((r) => r.code),
      meta.priorities.map((p) => p.code),
      UNSLICED,
    ]);
    const facts = new Facts(rows);
    const beneficiary = facts.one('beneficiary', region, priority);
    const narrowed = series(facts, region, priority, from, to);
    return {
      ...body.value,
      asOf: body.asOf,
      filters: cleanFilters(filters, from, to),
      projects: projectFigures(facts, region, priority, meta.regions, meta.priorities),
      beneficiaries: {
        total: count(beneficiary?.n),
        startups: count(beneficiary?.a),
        smes: count(beneficiary?.b),
      },
      // The project columns are the slice's; conventions and workshops are never narrowed.
      series: narrowed.map((point, i) => {
        const whole = body.value.series[i];
        const declared: DeclaredMonth = {
          ...(point.declared ?? NO_DECLARED),
          conventionsSigned: whole?.declared?.conventionsSigned ?? 0,
          workshopsHeld: whole?.declared?.workshopsHeld ?? 0,
        };
        return {
          ...point,
          conventionsSigned: whole?.conventionsSigned ?? 0,
          workshopsHeld: whole?.workshopsHeld ?? 0,
          declared: anyDeclared(declared) ? declared : null,
        };
      }),
    };
  }

  /** The stored rendering of the default period, parsed once per roll-ups version and refresh. */
  private async renderedNational(
    to: string,
  ): Promise<{ value: NationalDashboard; asOf: string } | undefined> {
    const tx = this.transactions.tx();
    const [state] = await tx.query<{ version: string; as_of: Date }>(RENDERED_STATE_SQL, [to]);
    if (!state) return undefined;
    const current = key(state.version, to, state.as_of.toISOString());
    if (this.parsed?.key === current) return this.parsed;
    const [view] = await tx.query<{ version: string; as_of: Date; body: NationalDashboard }>(
      `SELECT r.version::text AS version, r.refreshed_at AS as_of, v.body
         FROM dashboard_refresh_state r
         JOIN dashboard_national_view v ON v.id = 1 AND v.version = r.version AND v.period_to = $1
        WHERE r.id = 1`,
      [to],
    );
    if (!view) return undefined;
    this.parsed = {
      key: key(view.version, to, view.as_of.toISOString()),
      value: view.body,
      asOf: asOf(view.as_of),
    };
    return this.parsed;
  }
}

/**
 * An institute's own rows standing for the national ones: the conventions and obligations it is a party
 * to (and its carried-over conventions as a party) replace the national metrics of the same name.
 */
function asParty(metric: string): string | null {
  if (PARTY_METRICS.includes(metric) || metric === 'declared_conventions_signed') return null;
  if (metric === 'declared_party_conventions_signed') return 'declared_conventions_signed';
  return metric.startsWith('party_') ? metric.slice('party_'.length) : metric;
}

/** A KPI's progress in its direction (as the project's KPI tab shows it): see `KpiProgress.percent`. */
function kpiPercent(
  latest: string | null,
  target: string | null,
  direction: 'higher' | 'lower',
): number | null {
  if (latest === null || target === null) return null;
  return direction === 'lower'
    ? percent(Number(target), Number(latest))
    : percent(Number(latest), Number(target));
}

export function isUnfiltered(filters: DashboardFilters): boolean {
  return Object.values(filters).every((value) => value === undefined);
}

/** The earlier of two `YYYY-MM` months. */
function earlierMonth(a: string, b: string): string {
  return a > b ? b : a;
}

function asOf(value: Date | string | null): string {
  return value ? new Date(value).toISOString() : new Date(0).toISOString();
}

function cleanFilters(filters: DashboardFilters, from: string, to: string): DashboardFilters {
  return {
    from,
    to,
    ...(filters.region ? { region: filters.region } : {}),
    ...(filters.priority ? { priority: filters.priority } : {}),
    ...(filters.institute ? { institute: filters.institute } : {}),
  };
}

function projectFigures(
  facts: Facts,
  region: string,
  priority: string,
  regions: readonly LabelRow[],
  priorities: readonly LabelRow[],
): ProjectFigures {
  const slice = facts.one('project', region, priority);
  const breakdown = (metric: string): Breakdown[] =>
    facts
      .all(metric, (r) => r.region_key === region && r.priority_key === priority)
      .map((r) => ({ key: r.dim1, count: count(r.n) }))
      .sort((x, y) => x.key.localeCompare(y.key));
  return {
    total: count(slice?.n),
    byStatus: breakdown('project_status'),
    byType: breakdown('project_type'),
    byRegion: regions
      .filter((r) => region === ALL || r.code === region)
      .map((r) => ({
        key: r.code,
        label: labels(r),
        count: count(facts.one('project', r.code, priority)?.n),
      }))
      .filter((b) => b.count > 0),
    byPriority: priorities
      .filter((p) => priority === ALL || p.code === priority)
      .map((p) => ({ key: p.code, label: labels(p), count: count(facts.one('project', region, p.code)?.n) }))
      .filter((b) => b.count > 0)
      .sort((x, y) => x.key.localeCompare(y.key)),
    budgetCommittedMad: money(milli(slice?.a ?? 0)),
    budgetSpentMad: money(milli(slice?.b ?? 0)),
  };
}

function series(facts: Facts, region: string, priority: string, from: string, to: string): MonthlyPoint[] {
  const workshops = new Map<string, number>();
  for (const r of facts.all('workshop')) workshops.set(r.period, (workshops.get(r.period) ?? 0) + count(r.n));
  return monthsBetween(from, to).map((month) => {
    const started = facts.one('projects_started', region, priority, month);
    const declaredStarted = facts.one('declared_projects_started', region, priority, month);
    const declared: DeclaredMonth = {
      projectsActive: count(facts.one('declared_projects_active', region, priority, month)?.n),
      projectsStarted: count(declaredStarted?.n),
      budgetCommittedMad: money(milli(declaredStarted?.a ?? 0)),
      conventionsSigned: count(facts.one('declared_conventions_signed', ALL, ALL, month)?.n),
      workshopsHeld: count(facts.one('declared_workshops_held', ALL, ALL, month)?.n),
      beneficiariesSupported: count(facts.one('declared_beneficiaries', region, priority, month)?.n),
    };
    return {
      month,
      projectsActive: count(facts.one('projects_active', region, priority, month)?.n),
      projectsStarted: count(started?.n),
      budgetCommittedMad: money(milli(started?.a ?? 0)),
      conventionsSigned: count(facts.one('conventions_signed', ALL, ALL, month)?.n),
      workshopsHeld: workshops.get(month) ?? 0,
      beneficiariesSupported: count(facts.one('beneficiaries_first', region, priority, month)?.n),
      declared: anyDeclared(declared) ? declared : null,
    };
  });
}

const NO_DECLARED: DeclaredMonth = {
  projectsActive: 0,
  projectsStarted: 0,
  budgetCommittedMad: money(0n),
  conventionsSigned: 0,
  workshopsHeld: 0,
  beneficiariesSupported: 0,
};

/** Conventions active and out for signature by their owner's region (`convention_region` rows). */
function conventionsByRegion(facts: Facts): RegionConventions[] {
  const regions = new Map<string, { active: number; awaitingSignature: number }>();
  for (const r of facts.all('convention_region')) {
    if (!r.dim1 || (r.dim2 !== 'active' && r.dim2 !== 'out_for_signature')) continue;
    const figures = regions.get(r.dim1) ?? { active: 0, awaitingSignature: 0 };
    if (r.dim2 === 'active') figures.active += count(r.n);
    else figures.awaitingSignature += count(r.n);
    regions.set(r.dim1, figures);
  }
  return [...regions.entries()]
    .filter(([, f]) => f.active + f.awaitingSignature > 0)
    .sort(([x], [y]) => x.localeCompare(y))
    .map(([region, f]) => ({ key: region, ...f }));
}

function anyDeclared(d: DeclaredMonth): boolean {
  return (
    d.projectsActive + d.projectsStarted + d.conventionsSigned + d.workshopsHeld + d.beneficiariesSupported >
      0 || d.budgetCommittedMad !== money(0n)
  );
}

/** Workshops held in the period (the `workshop` rows read are the period's) and their attendees. */
function workshopFigures(facts: Facts): WorkshopFigures {
  const rows = facts.all('workshop');
  return {
    held: rows.reduce((s, r) => s + count(r.n), 0),
    participants: rows.reduce((s, r) => s + count(r.a), 0),
    byKind: workshopGroups(rows, (r) => r.dim1),
    byRegion: workshopGroups(rows, (r) => r.dim2 || 'none'),
  };
}

/** Deliverables accepted in the period, and how many on or before their due date. */
function deliverableFigures(facts: Facts): DeliverableFigures {
  const rows = facts.all('deliverable');
  const accepted = rows.reduce((s, r) => s + count(r.n), 0);
  const onTime = rows.reduce((s, r) => s + count(r.a), 0);
  return { accepted, acceptedOnTime: onTime, onTimePercent: percent(onTime, accepted) };
}

function partnerSeries(facts: Facts, from: string, to: string): PartnerMonthlyPoint[] {
  const sumBy = (metric: string) => {
    const byMonth = new Map<string, number>();
    for (const r of facts.all(metric)) byMonth.set(r.period, (byMonth.get(r.period) ?? 0) + count(r.n));
    return byMonth;
  };
  const signed = sumBy('party_conventions_signed');
  const held = sumBy('workshop');
  const declaredSigned = sumBy('declared_party_conventions_signed');
  const declaredHeld = sumBy('declared_workshops_held');
  return monthsBetween(from, to).map((month) => {
    const declared = {
      conventionsSigned: declaredSigned.get(month) ?? 0,
      workshopsHeld: declaredHeld.get(month) ?? 0,
    };
    return {
      month,
      conventionsSigned: signed.get(month) ?? 0,
      workshopsHeld: held.get(month) ?? 0,
      declared: declared.conventionsSigned + declared.workshopsHeld > 0 ? declared : null,
    };
  });
}

function workshopGroups(rows: readonly FactRow[], key: (row: FactRow) => string): WorkshopGroup[] {
  const groups = new Map<string, { held: number; participants: number }>();
  for (const r of rows) {
    const g = groups.get(key(r)) ?? { held: 0, participants: 0 };
    g.held += count(r.n);
    g.participants += count(r.a);
    groups.set(key(r), g);
  }
  return [...groups.entries()].map(([k, g]) => ({ key: k, ...g })).sort((x, y) => x.key.localeCompare(y.key));
}

function resourceUse(
  kind: string,
  unit: string,
  capacity: bigint,
  allocated: bigint,
  used: bigint,
): ResourceUse {
  return {
    kind,
    unit,
    capacity: quantity(capacity),
    allocated: quantity(allocated),
    used: quantity(used),
    usedPercent: allocated > 0n ? percent(used, allocated) : null,
  };
}

/** Sums per kind and unit (units are never added across). */
function resourceUses(rows: readonly FactRow[]): ResourceUse[] {
  const sums = new Map<string, [string, string, bigint, bigint, bigint]>();
  for (const r of rows) {
    const k = `${r.dim1}\u0000${r.dim2}`;
    const s = sums.get(k) ?? [r.dim1, r.dim2, 0n, 0n, 0n];
    s[2] += milli(r.a);
    s[3] += milli(r.b);
    s[4] += milli(r.c);
    sums.set(k, s);
  }
  return [...sums.values()]
    .map(([kind, unit, c, a, u]) => resourceUse(kind, unit, c, a, u))
    .sort((x, y) => x.kind.localeCompare(y.kind) || x.unit.localeCompare(y.unit));
}

function obligationCounts(rows: readonly FactRow[]): ObligationCounts {
  let total = 0;
  let met = 0;
  let overdue = 0;
  let waived = 0;
  for (const r of rows) {
    total += count(r.n);
    met += count(r.a);
    overdue += count(r.b);
    waived += count(r.c);
  }
  return { open: total - met - waived, met, overdue, waived };
}
