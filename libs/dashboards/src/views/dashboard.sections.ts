import {
  ALL,
  count,
  labels,
  milli,
  money,
  monthsBetween,
  PARTY_METRICS,
  percent,
  quantity,
  type FactRow,
  type LabelRow,
  type TenantRow,
} from '../dashboard.figures.js';
import type {
  Breakdown,
  DashboardFilters,
  DeclaredMonth,
  DeliverableFigures,
  InstituteResourceUse,
  MonthlyPoint,
  ObligationCounts,
  PartnerExecution,
  PartnerMonthlyPoint,
  ProjectFigures,
  RegionConventions,
  ResourceUse,
  WorkshopFigures,
  WorkshopGroup,
} from '../dashboard.types.js';

// The sections of the dashboards, each a pure function of the roll-up rows (see dashboard.assembler.ts).

/** Indexes the rows of one read by metric, then by a key the caller chooses. */
export class Facts {
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

export function key(...parts: string[]): string {
  return parts.join('\u0000');
}

export function partnerExecution(facts: Facts, tenants: Map<string, TenantRow>): PartnerExecution[] {
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
    .sort((x, y) => x.name.fr.localeCompare(y.name.fr) || x.partnerTenantId.localeCompare(y.partnerTenantId));
}

export function resources(facts: Facts, tenants: Map<string, TenantRow>) {
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
 * An institute's own rows standing for the national ones: the conventions and obligations it is a party
 * to (and its carried-over conventions as a party) replace the national metrics of the same name.
 */
export function asParty(metric: string): string | null {
  if (PARTY_METRICS.includes(metric) || metric === 'declared_conventions_signed') return null;
  if (metric === 'declared_party_conventions_signed') return 'declared_conventions_signed';
  return metric.startsWith('party_') ? metric.slice('party_'.length) : metric;
}

/** A KPI's progress in its direction (as the project's KPI tab shows it): see `KpiProgress.percent`. */
export function kpiPercent(
  latest: string | null,
  target: string | null,
  direction: 'higher' | 'lower',
): number | null {
  if (latest === null || target === null) return null;
  return direction === 'lower'
    ? percent(Number(target), Number(latest))
    : percent(Number(latest), Number(target));
}

export function asOf(value: Date | string | null): string {
  return value ? new Date(value).toISOString() : new Date(0).toISOString();
}

export function cleanFilters(filters: DashboardFilters, from: string, to: string): DashboardFilters {
  return {
    from,
    to,
    ...(filters.region ? { region: filters.region } : {}),
    ...(filters.priority ? { priority: filters.priority } : {}),
    ...(filters.institute ? { institute: filters.institute } : {}),
  };
}

export function projectFigures(
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

/** The beneficiaries of a region and priority (all: `ALL`): how many, of them startups and SMEs. */
export function beneficiaryFigures(facts: Facts, region: string, priority: string) {
  const beneficiary = facts.one('beneficiary', region, priority);
  return { total: count(beneficiary?.n), startups: count(beneficiary?.a), smes: count(beneficiary?.b) };
}

export function series(
  facts: Facts,
  region: string,
  priority: string,
  from: string,
  to: string,
): MonthlyPoint[] {
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

export const NO_DECLARED: DeclaredMonth = {
  projectsActive: 0,
  projectsStarted: 0,
  budgetCommittedMad: money(0n),
  conventionsSigned: 0,
  workshopsHeld: 0,
  beneficiariesSupported: 0,
};

/** Conventions active and out for signature by their owner's region (`convention_region` rows). */
export function conventionsByRegion(facts: Facts): RegionConventions[] {
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

export function anyDeclared(d: DeclaredMonth): boolean {
  return (
    d.projectsActive + d.projectsStarted + d.conventionsSigned + d.workshopsHeld + d.beneficiariesSupported >
      0 || d.budgetCommittedMad !== money(0n)
  );
}

/** Workshops held in the period (the `workshop` rows read are the period's) and their attendees. */
export function workshopFigures(facts: Facts): WorkshopFigures {
  const rows = facts.all('workshop');
  return {
    held: rows.reduce((s, r) => s + count(r.n), 0),
    participants: rows.reduce((s, r) => s + count(r.a), 0),
    byKind: workshopGroups(rows, (r) => r.dim1),
    byRegion: workshopGroups(rows, (r) => r.dim2 || 'none'),
  };
}

/** Deliverables accepted in the period, and how many on or before their due date. */
export function deliverableFigures(facts: Facts): DeliverableFigures {
  const rows = facts.all('deliverable');
  const accepted = rows.reduce((s, r) => s + count(r.n), 0);
  const onTime = rows.reduce((s, r) => s + count(r.a), 0);
  return { accepted, acceptedOnTime: onTime, onTimePercent: percent(onTime, accepted) };
}

export function partnerSeries(facts: Facts, from: string, to: string): PartnerMonthlyPoint[] {
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
export function resourceUses(rows: readonly FactRow[]): ResourceUse[] {
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

export function obligationCounts(rows: readonly FactRow[]): ObligationCounts {
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
