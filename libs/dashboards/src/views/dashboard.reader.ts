import { Injectable } from '@nestjs/common';
import { Clock, networkToday } from '@jazari/config';
import { isUuid, type TenantTx } from '@jazari/database';
import {
  assembleInstitute,
  assembleNational,
  assemblePartner,
  assembleSlice,
  namedTenants,
} from './dashboard.assembler.js';
import { DashboardFactsRepository, type SliceQuery } from './dashboard-facts.repository.js';
import { ALL, TENANT_UNSLICED, UNSLICED, type DashboardRows } from '../dashboard.figures.js';
import { dashboardPeriod, isUnfiltered } from '../dashboard.period.js';
import { DashboardProblems } from '../dashboard.problems.js';
import { asOf, key } from './dashboard.sections.js';
import type {
  DashboardFilters,
  DashboardRange,
  InstituteDashboard,
  NationalDashboard,
  PartnerDashboard,
} from '../dashboard.types.js';

export { isUnfiltered } from '../dashboard.period.js';

/**
 * Reads the dashboards from the roll-up tables, in the transaction the caller passes (a request's unit of
 * work, a report job's read, the refresh's rendering): national figures in Root's scope, an institute's or
 * a partner's in theirs (or Root's). The reports render exactly what these return. The rows come from
 * `DashboardFactsRepository`, the figures from the assembler's pure functions.
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
    private readonly clock: Clock,
    private readonly facts: DashboardFactsRepository,
  ) {}

  /** The period a dashboard covers: `from`/`to` as given, else the last 24 months (this month included). */
  period(filters: Pick<DashboardFilters, 'from' | 'to'> = {}): { from: string; to: string } {
    return dashboardPeriod(filters, networkToday(this.clock.now()).slice(0, 7));
  }

  async national(tx: TenantTx, filters: DashboardFilters): Promise<NationalDashboard> {
    const { from, to } = this.period(filters);
    if (isUnfiltered(filters)) {
      // The unfiltered dashboard, as rendered after the last refresh that changed the roll-ups.
      const view = await this.facts.rendering(tx, to);
      if (view) return { ...view.body, asOf: asOf(view.as_of) };
    } else if (filters.institute === undefined && (filters.region ?? filters.priority) !== undefined) {
      // Narrowed to a region or a priority over the default period: the stored rendering and the slice.
      const sliced = await this.slice(tx, filters, from, to);
      if (sliced) return sliced;
    }
    return this.nationalFromRows(tx, filters);
  }

  /**
   * The national dashboard built from the roll-up rows (what `national` falls back to, and what the stored
   * rendering is made of); exposed for the property test, which compares the two.
   */
  async nationalFromRows(tx: TenantTx, filters: DashboardFilters): Promise<NationalDashboard> {
    const period = this.period(filters);
    if (filters.institute !== undefined && !isUuid(filters.institute)) {
      throw DashboardProblems.badFilter('institute', 'must be an institute id (UUID)');
    }
    const rows = await this.read(
      tx,
      {
        region: filters.region ?? ALL,
        priority: filters.priority ?? ALL,
        ...period,
        unsliced: filters.institute ? TENANT_UNSLICED : UNSLICED,
      },
      filters.institute ?? null,
    );
    if (!rows.region_ok) throw DashboardProblems.badFilter('region', 'is not a region code');
    if (!rows.priority_ok) throw DashboardProblems.badFilter('priority', 'is not a national priority code');
    if (!rows.institute_ok) throw DashboardProblems.badFilter('institute', 'is not an institute');
    return assembleNational(rows, filters, period);
  }

  /**
   * The unfiltered national dashboard as the JSON text rendered after the last refresh (what `national({})`
   * returns, serialised); undefined when that rendering is not of the current roll-ups and period.
   */
  async renderedNationalJson(tx: TenantTx): Promise<string | undefined> {
    const { to } = this.period();
    // A small read first (through the same RLS as the rendering: Root only): which rendering is current.
    const state = await this.facts.renderingState(tx, to);
    if (!state) return undefined;
    const current = key(state.version, to, state.as_of.toISOString());
    if (this.rendered?.key === current) return this.rendered.body;
    // The rendering and what identifies it, in one statement (a refresh may have committed meanwhile).
    const row = await this.facts.renderingJson(tx, to);
    if (!row) return undefined;
    this.rendered = { key: key(row.version, to, row.as_of.toISOString()), body: row.body };
    return row.body;
  }

  /** An institute's dashboard; `from`/`to` bound its period figures and series (default: 24 months). */
  async institute(tx: TenantTx, tenantId: string, range: DashboardRange = {}): Promise<InstituteDashboard> {
    const period = this.period(range);
    const { rows, self } = await this.readTenant(tx, tenantId, 'institute', period);
    return assembleInstitute(rows, self, period);
  }

  /** A partner's dashboard; `from`/`to` bound its period figures and series (default: 24 months). */
  async partner(tx: TenantTx, tenantId: string, range: DashboardRange = {}): Promise<PartnerDashboard> {
    const period = this.period(range);
    const { rows, self } = await this.readTenant(tx, tenantId, 'partner', period);
    return assemblePartner(rows, self, period);
  }

  private async readTenant(
    tx: TenantTx,
    tenantId: string,
    kind: 'institute' | 'partner',
    period: { from: string; to: string },
  ) {
    if (!isUuid(tenantId)) throw DashboardProblems.notFound();
    const rows = await this.read(
      tx,
      { region: ALL, priority: ALL, ...period, unsliced: TENANT_UNSLICED },
      tenantId,
    );
    const self = (rows.tenants ?? []).find((t) => t.id === tenantId);
    if (!self || self.kind !== kind) throw DashboardProblems.notFound();
    return { rows, self };
  }

  /** The roll-up rows of one dashboard (national, or one tenant's), then what goes with them. */
  private async read(tx: TenantTx, q: SliceQuery, tenantId: string | null): Promise<DashboardRows> {
    const facts = tenantId
      ? await this.facts.tenantRows(tx, tenantId, q)
      : await this.facts.nationalRows(tx, q);
    const meta = await this.facts.meta(tx, q.region, q.priority, namedTenants(facts, tenantId), tenantId);
    return { ...meta, facts };
  }

  /**
   * A region- or priority-filtered dashboard over the default period: the stored unfiltered rendering
   * (parsed once per roll-ups version) with the figures the filter narrows read from the slice's rows.
   * Undefined when the period is not the default one or the rendering is not current.
   */
  private async slice(
    tx: TenantTx,
    filters: DashboardFilters,
    from: string,
    to: string,
  ): Promise<NationalDashboard | undefined> {
    const period = this.period();
    if (from !== period.from || to !== period.to) return undefined;
    const rendering = await this.renderedNational(tx, to);
    if (!rendering) return undefined;
    const region = filters.region ?? ALL;
    const priority = filters.priority ?? ALL;
    const meta = await this.facts.sliceMeta(tx, region, priority);
    if (!meta.region_ok) throw DashboardProblems.badFilter('region', 'is not a region code');
    if (!meta.priority_ok) throw DashboardProblems.badFilter('priority', 'is not a national priority code');
    const rows = await this.facts.sliceRows(
      tx,
      { region, priority, from, to, unsliced: UNSLICED },
      meta.regions,
      meta.priorities,
    );
    return assembleSlice(rendering, rows, meta, filters, { from, to });
  }

  /** The stored rendering of the default period, parsed once per roll-ups version and refresh. */
  private async renderedNational(
    tx: TenantTx,
    to: string,
  ): Promise<{ value: NationalDashboard; asOf: string } | undefined> {
    const state = await this.facts.renderingState(tx, to);
    if (!state) return undefined;
    const current = key(state.version, to, state.as_of.toISOString());
    if (this.parsed?.key === current) return this.parsed;
    const view = await this.facts.rendering(tx, to);
    if (!view) return undefined;
    this.parsed = {
      key: key(view.version, to, view.as_of.toISOString()),
      value: view.body,
      asOf: asOf(view.as_of),
    };
    return this.parsed;
  }
}
