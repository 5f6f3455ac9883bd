import { describe, expect, it } from '@jest/globals';
import {
  assembleInstitute,
  assembleNational,
  assemblePartner,
  assembleSlice,
  namedTenants,
} from './dashboard.assembler.js';
import type { DashboardRows, FactRow, LabelRow, TenantRow } from '../dashboard.figures.js';

const INSTITUTE = '0195f3a4-7c1e-7d2a-9b3c-4d5e6f700001';
const PARTNER = '0195f3a4-7c1e-7d2a-9b3c-4d5e6f700002';
const OTHER_PARTNER = '0195f3a4-7c1e-7d2a-9b3c-4d5e6f700003';

const REGIONS: LabelRow[] = [
  { code: 'MA-01', fr: 'Tanger', ar: 'طنجة', en: 'Tangier' },
  { code: 'MA-06', fr: 'Casablanca', ar: 'الدار البيضاء', en: 'Casablanca' },
];
const PRIORITIES: LabelRow[] = [
  { code: 'digital', parent: null, fr: 'Numérique', ar: 'رقمي', en: 'Digital' },
  { code: 'digital.ai', parent: 'digital', fr: 'IA', ar: 'ذكاء', en: 'AI' },
  { code: 'health', parent: null, fr: 'Santé', ar: 'صحة', en: 'Health' },
];
const TENANTS: TenantRow[] = [
  {
    id: INSTITUTE,
    kind: 'institute',
    region: 'MA-06',
    code: '',
    fr: 'Institut',
    ar: 'معهد',
    en: 'Institute',
  },
  { id: PARTNER, kind: 'partner', region: 'MA-01', code: '', fr: 'Alpha', ar: 'ألفا', en: 'Alpha' },
  { id: OTHER_PARTNER, kind: 'partner', region: null, code: '', fr: 'Beta', ar: 'بيتا', en: 'Beta' },
];

/** A roll-up row as PostgreSQL returns it (numbers as text). */
function fact(metric: string, values: Partial<FactRow> = {}): FactRow {
  return {
    metric,
    region_key: '*',
    priority_key: '*',
    period: '',
    dim1: '',
    dim2: '',
    owner: '',
    n: '0',
    a: '0.000',
    b: '0.000',
    c: '0.000',
    ...values,
  };
}

function rows(facts: FactRow[], extra: Partial<DashboardRows> = {}): DashboardRows {
  return {
    as_of: new Date('2026-12-07T10:00:00Z'),
    tenants: TENANTS,
    regions: REGIONS,
    priorities: PRIORITIES,
    region_ok: true,
    priority_ok: true,
    institute_ok: true,
    view: null,
    facts,
    ...extra,
  };
}

const PERIOD = { from: '2026-10', to: '2026-12' };

const NATIONAL = [
  fact('network', { n: '12', a: '3' }),
  fact('project', { n: '5', a: '1500000.000', b: '250000.505' }),
  fact('project', { region_key: 'MA-06', n: '4', a: '1000000.000' }),
  fact('project', { region_key: 'MA-01', n: '1', a: '500000.000' }),
  fact('project', { priority_key: 'digital', n: '3' }),
  fact('project', { priority_key: 'digital.ai', n: '2' }),
  fact('project', { region_key: 'MA-06', priority_key: 'digital', n: '3', a: '900000.000' }),
  fact('project', { region_key: 'MA-06', priority_key: 'digital.ai', n: '2', a: '700000.000' }),
  fact('beneficiary', { region_key: 'MA-06', priority_key: 'digital', n: '2', a: '1', b: '1' }),
  fact('beneficiary', { n: '3', a: '1', b: '2' }),
  fact('project_status', { dim1: 'active', n: '3' }),
  fact('project_status', { dim1: 'proposed', n: '2' }),
  fact('project_type', { dim1: 'research', n: '5' }),
  fact('projects_started', { period: '2026-11', n: '2', a: '300000.000' }),
  fact('projects_active', { period: '2026-11', n: '3' }),
  fact('projects_active', { period: '2026-12', n: '4' }),
  fact('beneficiaries_first', { period: '2026-12', n: '1' }),
  fact('declared_projects_active', { period: '2026-10', n: '7' }),
  fact('convention_status', { dim1: 'active', n: '4' }),
  fact('convention_status', { dim1: 'out_for_signature', n: '1' }),
  fact('convention_expiring', { n: '1' }),
  fact('conventions_signed', { period: '2026-12', n: '2' }),
  fact('convention_region', { dim1: 'MA-06', dim2: 'active', n: '3' }),
  fact('convention_region', { dim1: 'MA-01', dim2: 'active', n: '1' }),
  fact('convention_region', { dim1: 'MA-01', dim2: 'out_for_signature', n: '1' }),
  fact('convention_region', { dim1: 'MA-01', dim2: 'terminated', n: '9' }),
  fact('obligation', { dim1: PARTNER, n: '4', a: '2', b: '1', c: '1' }),
  fact('obligation', { dim1: OTHER_PARTNER, n: '2', a: '0', b: '0', c: '2' }),
  fact('obligation', { dim1: INSTITUTE, n: '1', a: '1' }),
  fact('resource', { dim1: 'gpu', dim2: 'hour', owner: INSTITUTE, n: '1', a: '100', b: '40.5', c: '10.25' }),
  fact('workshop', { period: '2026-11', dim1: 'seminar', dim2: 'MA-06', n: '2', a: '30' }),
  fact('workshop', { period: '2026-12', dim1: 'steering', dim2: '', n: '1', a: '5' }),
  fact('deliverable', { period: '2026-11', n: '4', a: '3' }),
];

describe('assembleNational', () => {
  const dashboard = assembleNational(rows(NATIONAL), {}, PERIOD);

  it('sums the headline figures from the unfiltered slice', () => {
    expect(dashboard.asOf).toBe('2026-12-07T10:00:00.000Z');
    expect(dashboard.filters).toEqual({ from: '2026-10', to: '2026-12' });
    expect(dashboard.network).toEqual({ institutes: 12, partners: 3 });
    expect(dashboard.projects.total).toBe(5);
    expect(dashboard.projects.budgetCommittedMad).toBe('1500000.00');
    // Thousandths rounded half up to cents.
    expect(dashboard.projects.budgetSpentMad).toBe('250000.51');
    expect(dashboard.projects.byStatus).toEqual([
      { key: 'active', count: 3 },
      { key: 'proposed', count: 2 },
    ]);
    expect(dashboard.beneficiaries).toEqual({ total: 3, startups: 1, smes: 2 });
  });

  it('breaks projects down by region and by every priority, leaving out the empty ones', () => {
    expect(dashboard.projects.byRegion.map((b) => [b.key, b.count])).toEqual([
      ['MA-01', 1],
      ['MA-06', 4],
    ]);
    expect(dashboard.projects.byPriority.map((b) => [b.key, b.count])).toEqual([
      ['digital', 3],
      ['digital.ai', 2],
    ]);
  });

  it('has a coverage cell for every top-level priority × region, zeros included', () => {
    expect(dashboard.coverage.priorities.map((p) => p.code)).toEqual(['digital', 'health']);
    expect(dashboard.coverage.regions.map((r) => r.code)).toEqual(['MA-01', 'MA-06']);
    expect(dashboard.coverage.cells).toEqual([
      { priority: 'digital', region: 'MA-01', projects: 0, budgetMad: '0.00', beneficiaries: 0 },
      { priority: 'digital', region: 'MA-06', projects: 3, budgetMad: '900000.00', beneficiaries: 2 },
      { priority: 'health', region: 'MA-01', projects: 0, budgetMad: '0.00', beneficiaries: 0 },
      { priority: 'health', region: 'MA-06', projects: 0, budgetMad: '0.00', beneficiaries: 0 },
    ]);
  });

  it('has one series point per month of the period, empty months as zeros, declared figures apart', () => {
    expect(dashboard.series.map((p) => p.month)).toEqual(['2026-10', '2026-11', '2026-12']);
    const [october, november, december] = dashboard.series;
    expect(october).toMatchObject({ projectsActive: 0, projectsStarted: 0, budgetCommittedMad: '0.00' });
    expect(october?.declared).toMatchObject({ projectsActive: 7, projectsStarted: 0 });
    expect(november).toMatchObject({
      projectsActive: 3,
      projectsStarted: 2,
      budgetCommittedMad: '300000.00',
      workshopsHeld: 2,
      declared: null,
    });
    expect(december).toMatchObject({ projectsActive: 4, conventionsSigned: 2, beneficiariesSupported: 1 });
  });

  it('reports conventions by region (active and awaiting only) and partners’ execution', () => {
    expect(dashboard.conventions).toMatchObject({ active: 4, awaitingSignature: 1, expiringWithin90Days: 1 });
    expect(dashboard.conventions.byRegion).toEqual([
      { key: 'MA-01', active: 1, awaitingSignature: 1 },
      { key: 'MA-06', active: 3, awaitingSignature: 0 },
    ]);
    // Partners only, by name; met out of what was not waived (none left: no percentage).
    expect(dashboard.conventions.byPartner).toEqual([
      {
        partnerTenantId: PARTNER,
        name: { fr: 'Alpha', ar: 'ألفا', en: 'Alpha' },
        obligationsTotal: 4,
        obligationsMet: 2,
        obligationsOverdue: 1,
        executedPercent: 66.7,
      },
      {
        partnerTenantId: OTHER_PARTNER,
        name: { fr: 'Beta', ar: 'بيتا', en: 'Beta' },
        obligationsTotal: 2,
        obligationsMet: 0,
        obligationsOverdue: 0,
        executedPercent: null,
      },
    ]);
  });

  it('sums resources per kind and unit, per institute and per region, and the period’s workshops', () => {
    expect(dashboard.resources.byKind).toEqual([
      { kind: 'gpu', unit: 'hour', capacity: '100', allocated: '40.5', used: '10.25', usedPercent: 25.3 },
    ]);
    expect(dashboard.resources.byInstitute[0]).toMatchObject({ tenantId: INSTITUTE, kind: 'gpu' });
    expect(dashboard.resources.byRegion).toEqual([{ region: 'MA-06', ...dashboard.resources.byKind[0] }]);
    expect(dashboard.workshops).toEqual({
      held: 3,
      participants: 35,
      byKind: [
        { key: 'seminar', held: 2, participants: 30 },
        { key: 'steering', held: 1, participants: 5 },
      ],
      byRegion: [
        { key: 'MA-06', held: 2, participants: 30 },
        { key: 'none', held: 1, participants: 5 },
      ],
    });
    expect(dashboard.deliverables).toEqual({ accepted: 4, acceptedOnTime: 3, onTimePercent: 75 });
  });

  it('is all zeros, with the full coverage grid and series, when there is no row', () => {
    const empty = assembleNational(rows([]), {}, PERIOD);
    expect(empty.network).toEqual({ institutes: 0, partners: 0 });
    expect(empty.projects).toMatchObject({
      total: 0,
      byStatus: [],
      byRegion: [],
      budgetCommittedMad: '0.00',
    });
    expect(empty.conventions).toMatchObject({ active: 0, byPartner: [], byRegion: [] });
    expect(empty.deliverables).toEqual({ accepted: 0, acceptedOnTime: 0, onTimePercent: null });
    expect(empty.coverage.cells).toHaveLength(4);
    expect(empty.coverage.cells.every((c) => c.projects === 0 && c.budgetMad === '0.00')).toBe(true);
    expect(empty.series.map((p) => [p.month, p.projectsActive, p.declared])).toEqual([
      ['2026-10', 0, null],
      ['2026-11', 0, null],
      ['2026-12', 0, null],
    ]);
  });

  it('narrows the project figures to a region and a priority', () => {
    const narrowed = assembleNational(rows(NATIONAL), { region: 'MA-06', priority: 'digital' }, PERIOD);
    expect(narrowed.filters).toEqual({
      from: '2026-10',
      to: '2026-12',
      region: 'MA-06',
      priority: 'digital',
    });
    expect(narrowed.projects.total).toBe(3);
    expect(narrowed.projects.byRegion.map((b) => [b.key, b.count])).toEqual([['MA-06', 3]]);
    expect(narrowed.projects.byPriority.map((b) => [b.key, b.count])).toEqual([['digital', 3]]);
    expect(narrowed.beneficiaries).toEqual({ total: 2, startups: 1, smes: 1 });
  });

  it('reads an institute’s party rows as its conventions and obligations', () => {
    const own = [
      fact('convention_status', { dim1: 'active', n: '9' }),
      fact('party_convention_status', { dim1: 'active', n: '2' }),
      fact('party_obligation', { dim1: PARTNER, n: '3', a: '3' }),
    ];
    const one = assembleNational(rows(own), { institute: INSTITUTE }, PERIOD);
    expect(one.network).toEqual({ institutes: 1, partners: 1 });
    expect(one.conventions.active).toBe(2);
    expect(one.conventions.byRegion).toEqual([{ key: 'MA-06', active: 2, awaitingSignature: 0 }]);
    expect(one.conventions.byPartner[0]).toMatchObject({ partnerTenantId: PARTNER, executedPercent: 100 });
  });
});

describe('assembleSlice', () => {
  it('keeps the rendering’s unnarrowed figures and takes the project figures from the slice', () => {
    const whole = assembleNational(rows(NATIONAL), {}, PERIOD);
    const slice = [
      fact('project', { region_key: 'MA-06', n: '4', a: '1000000.000' }),
      fact('project', { region_key: 'MA-06', priority_key: 'digital', n: '3' }),
      fact('projects_started', { region_key: 'MA-06', period: '2026-11', n: '1', a: '100000.000' }),
    ];
    const filtered = assembleSlice(
      { value: whole, asOf: '2026-12-07T11:00:00.000Z' },
      slice,
      { regions: REGIONS, priorities: PRIORITIES, region_ok: true, priority_ok: true },
      { region: 'MA-06' },
      PERIOD,
    );
    expect(filtered.asOf).toBe('2026-12-07T11:00:00.000Z');
    expect(filtered.filters).toEqual({ from: '2026-10', to: '2026-12', region: 'MA-06' });
    expect(filtered.projects.total).toBe(4);
    expect(filtered.projects.byPriority.map((b) => [b.key, b.count])).toEqual([['digital', 3]]);
    expect(filtered.beneficiaries).toEqual({ total: 0, startups: 0, smes: 0 });
    expect(filtered.conventions).toEqual(whole.conventions);
    expect(filtered.coverage).toEqual(whole.coverage);
    expect(filtered.series[1]).toMatchObject({
      month: '2026-11',
      projectsStarted: 1,
      budgetCommittedMad: '100000.00',
      workshopsHeld: 2,
    });
    // The national declared figures that are never narrowed stay; the slice has no declared projects.
    expect(filtered.series[0]?.declared).toBeNull();
  });
});

describe('assembleInstitute and assemblePartner', () => {
  const own = [
    fact('project', { n: '2', a: '10.000' }),
    fact('resource', { dim1: 'gpu', dim2: 'hour', owner: INSTITUTE, n: '1', a: '10', b: '4', c: '1' }),
    fact('resource_requests', { a: '2', b: '1' }),
    fact('party_obligation', { dim1: INSTITUTE, n: '3', a: '1', b: '1', c: '1' }),
    fact('party_obligation', { dim1: PARTNER, n: '2', a: '2' }),
    fact('conventions_signed', { period: '2026-11', n: '5' }),
    fact('party_conventions_signed', { period: '2026-11', n: '1' }),
    fact('party_convention_status', { dim1: 'active', n: '1' }),
    fact('workshop_attended', { n: '4' }),
  ];
  const view = {
    late_milestones: [],
    overdue_deliverables: [],
    kpis: [
      {
        projectId: 'p',
        projectTitle: 'P',
        kpiId: 'k1',
        name: 'Cost',
        unit: 'MAD',
        target: '50',
        latest: '100',
        direction: 'lower' as const,
      },
      {
        projectId: 'p',
        projectTitle: 'P',
        kpiId: 'k2',
        name: 'Users',
        unit: '',
        target: '200',
        latest: '50',
      },
      { projectId: 'p', projectTitle: 'P', kpiId: 'k3', name: 'None', unit: '', target: '10', latest: null },
    ],
    upcoming_workshops: [],
    signatures_pending: [],
  };

  it('assembles an institute’s figures, obligations it owes, and KPI progress in each direction', () => {
    const self = TENANTS[0];
    const dashboard = assembleInstitute(rows(own, { view }), self, PERIOD);
    expect(dashboard.tenantId).toBe(INSTITUTE);
    expect(dashboard.projects.total).toBe(2);
    expect(dashboard.obligations).toEqual({ open: 1, met: 1, overdue: 1, waived: 1 });
    expect(dashboard.resources.pendingRequests).toEqual({ incoming: 2, outgoing: 1 });
    expect(dashboard.resources.owned[0]).toMatchObject({ used: '1', usedPercent: 25 });
    expect(dashboard.kpis.map((k) => [k.kpiId, k.direction, k.percent])).toEqual([
      ['k1', 'lower', 50],
      ['k2', 'higher', 25],
      ['k3', 'higher', null],
    ]);
    // Its series counts the conventions it signed as a party, not those it owns.
    expect(dashboard.series.map((p) => p.conventionsSigned)).toEqual([0, 1, 0]);
    expect(dashboard.period).toEqual(PERIOD);
  });

  it('assembles a partner’s figures: what it owes and what is owed to it', () => {
    const self = TENANTS[1];
    const dashboard = assemblePartner(rows(own), self, PERIOD);
    expect(dashboard.obligations.weOwe).toEqual({ open: 0, met: 2, overdue: 0, waived: 0 });
    expect(dashboard.obligations.owedToUs).toEqual({ open: 1, met: 1, overdue: 1, waived: 1 });
    expect(dashboard.conventions.byStatus).toEqual([{ key: 'active', count: 1 }]);
    expect(dashboard.conventions.expiringWithin90Days).toBe(0);
    expect(dashboard.conventionsSigned).toBe(1);
    expect(dashboard.workshopsAttended).toBe(4);
    expect(dashboard.signaturesPending).toEqual([]);
    expect(dashboard.series.map((p) => [p.month, p.conventionsSigned, p.declared])).toEqual([
      ['2026-10', 0, null],
      ['2026-11', 1, null],
      ['2026-12', 0, null],
    ]);
  });
});

describe('namedTenants', () => {
  it('names the subject, obligations’ responsible tenants and resources’ owners, once each', () => {
    expect(
      namedTenants(
        [
          fact('obligation', { dim1: PARTNER }),
          fact('party_obligation', { dim1: PARTNER }),
          fact('resource', { owner: OTHER_PARTNER }),
          fact('project', { owner: 'ignored' }),
        ],
        INSTITUTE,
      ),
    ).toEqual([INSTITUTE, PARTNER, OTHER_PARTNER]);
  });
});
