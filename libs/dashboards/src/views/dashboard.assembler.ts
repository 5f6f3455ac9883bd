import {
  ALL,
  count,
  labels,
  milli,
  money,
  type DashboardRows,
  type FactRow,
  type TenantRow,
} from '../dashboard.figures.js';
import type { SliceMeta } from './dashboard-facts.repository.js';
import {
  anyDeclared,
  asOf,
  asParty,
  beneficiaryFigures,
  cleanFilters,
  conventionsByRegion,
  deliverableFigures,
  Facts,
  kpiPercent,
  NO_DECLARED,
  obligationCounts,
  partnerExecution,
  partnerSeries,
  projectFigures,
  resources,
  resourceUses,
  series,
  workshopFigures,
} from './dashboard.sections.js';
import type {
  DashboardFilters,
  DeclaredMonth,
  InstituteDashboard,
  NationalDashboard,
  PartnerDashboard,
} from '../dashboard.types.js';

/**
 * The dashboards as pure functions of their roll-up rows (read by `DashboardFactsRepository`): no SQL,
 * no clock; the period is given. `DashboardReader` reads, checks the filters, and calls these.
 */

export interface Period {
  readonly from: string;
  readonly to: string;
}

/** The tenants whose names a read's rows need: obligations' responsible tenants, resources' owners. */
export function namedTenants(facts: readonly FactRow[], tenantId: string | null): string[] {
  const named = new Set<string>(tenantId ? [tenantId] : []);
  for (const f of facts) {
    if (f.metric === 'obligation' || f.metric === 'party_obligation') named.add(f.dim1);
    if (f.metric === 'resource') named.add(f.owner);
  }
  return [...named];
}

/**
 * The national dashboard from the national rows, or from one institute's rows (`filters.institute`):
 * then the conventions and obligations it is a party to stand for the national ones.
 */
export function assembleNational(
  rows: DashboardRows,
  filters: DashboardFilters,
  { from, to }: Period,
): NationalDashboard {
  const region = filters.region ?? ALL;
  const priority = filters.priority ?? ALL;
  const facts = new Facts(rows.facts, (metric) => (filters.institute ? asParty(metric) : metric));
  const tenants = new Map((rows.tenants ?? []).map((t) => [t.id, t]));
  const network = filters.institute
    ? {
        institutes: 1,
        partners: new Set(
          facts
            .all('obligation')
            .filter((r) => tenants.get(r.dim1)?.kind === 'partner')
            .map((r) => r.dim1),
        ).size,
      }
    : {
        institutes: count(facts.one('network', ALL, ALL)?.n),
        partners: count(facts.one('network', ALL, ALL)?.a),
      };

  const active = count(facts.one('convention_status', ALL, ALL, '', 'active')?.n);
  const awaitingSignature = count(facts.one('convention_status', ALL, ALL, '', 'out_for_signature')?.n);
  const instituteRegion = filters.institute ? tenants.get(filters.institute)?.region : undefined;
  const conventions = {
    active,
    awaitingSignature,
    expiringWithin90Days: count(facts.one('convention_expiring', ALL, ALL)?.n),
    byPartner: partnerExecution(facts, tenants),
    // An institute's: the conventions it is a party to, under its region.
    byRegion: filters.institute
      ? instituteRegion && active + awaitingSignature > 0
        ? [{ key: instituteRegion, active, awaitingSignature }]
        : []
      : conventionsByRegion(facts),
  };
  const topPriorities = rows.priorities.filter((p) => !p.parent);

  return {
    asOf: asOf(rows.as_of),
    filters: cleanFilters(filters, from, to),
    network,
    projects: projectFigures(facts, region, priority, rows.regions, rows.priorities),
    beneficiaries: beneficiaryFigures(facts, region, priority),
    conventions,
    resources: resources(facts, tenants),
    workshops: workshopFigures(facts),
    deliverables: deliverableFigures(facts),
    coverage: {
      priorities: topPriorities.map((p) => ({ code: p.code, label: labels(p) })),
      regions: rows.regions.map((r) => ({ code: r.code, label: labels(r) })),
      cells: topPriorities.flatMap((p) =>
        rows.regions.map((r) => {
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
 * A region- or priority-filtered national dashboard over the default period: the stored unfiltered
 * rendering with what the filter narrows (the project figures, the beneficiaries, the project columns of
 * the series) taken from the slice's rows; conventions and workshops are never narrowed.
 */
export function assembleSlice(
  rendering: { readonly value: NationalDashboard; readonly asOf: string },
  rows: readonly FactRow[],
  meta: SliceMeta,
  filters: DashboardFilters,
  { from, to }: Period,
): NationalDashboard {
  const region = filters.region ?? ALL;
  const priority = filters.priority ?? ALL;
  const facts = new Facts(rows);
  const whole = rendering.value;
  return {
    ...whole,
    asOf: rendering.asOf,
    filters: cleanFilters(filters, from, to),
    projects: projectFigures(facts, region, priority, meta.regions, meta.priorities),
    beneficiaries: beneficiaryFigures(facts, region, priority),
    series: series(facts, region, priority, from, to).map((point, i) => {
      const national = whole.series[i];
      const declared: DeclaredMonth = {
        ...(point.declared ?? NO_DECLARED),
        conventionsSigned: national?.declared?.conventionsSigned ?? 0,
        workshopsHeld: national?.declared?.workshopsHeld ?? 0,
      };
      return {
        ...point,
        conventionsSigned: national?.conventionsSigned ?? 0,
        workshopsHeld: national?.workshopsHeld ?? 0,
        declared: anyDeclared(declared) ? declared : null,
      };
    }),
  };
}

/** What an institute's and a partner's dashboards open with: when, and whose. */
function tenantHeading(rows: DashboardRows, self: TenantRow) {
  return { asOf: asOf(rows.as_of), tenantId: self.id, name: labels(self) };
}

/** An institute's dashboard from its own rows (`self`: the institute, as the rows name it). */
export function assembleInstitute(
  rows: DashboardRows,
  self: TenantRow,
  { from, to }: Period,
): InstituteDashboard {
  const tenantId = self.id;
  const facts = new Facts(rows.facts);
  const view = rows.view;
  const requests = facts.all('resource_requests')[0];
  return {
    ...tenantHeading(rows, self),
    projects: projectFigures(facts, ALL, ALL, rows.regions, rows.priorities),
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
      pendingRequests: { incoming: count(requests?.a), outgoing: count(requests?.b) },
    },
    upcomingWorkshops: view?.upcoming_workshops ?? [],
    obligations: obligationCounts(facts.all('party_obligation', (r) => r.dim1 === tenantId)),
    period: { from, to },
    workshops: workshopFigures(facts),
    deliverables: deliverableFigures(facts),
    // The conventions it signed as a party (its own and others'), carried-over ones likewise.
    series: series(
      new Facts(rows.facts, (m) =>
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

/** A partner's dashboard from its own rows (`self`: the partner, as the rows name it). */
export function assemblePartner(
  rows: DashboardRows,
  self: TenantRow,
  { from, to }: Period,
): PartnerDashboard {
  const tenantId = self.id;
  const facts = new Facts(rows.facts);
  const view = rows.view;
  const obligations = facts.all('party_obligation');
  return {
    ...tenantHeading(rows, self),
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
