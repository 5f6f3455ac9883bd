/**
 * The dashboards' figures: the contract between the read models (libs/dashboards) and their readers
 * (the API, and the reports of libs/reports, which render the same figures). Every figure comes from the
 * roll-up tables, never from the base tables at request time; `asOf` says when the roll-ups were
 * last brought up to date. Money is MAD as decimal strings (`"1234567.50"`); months are `YYYY-MM`;
 * percentages are numbers 0–100 with at most one decimal, or null when there is nothing to divide by.
 */

export type Labels = Readonly<{ fr: string; ar: string; en: string }>;

/** Filters of the national dashboard (and of a report's scope). All optional; combined with AND. */
export interface DashboardFilters {
  /** First month included (`YYYY-MM`); the series and period figures start there. */
  readonly from?: string;
  /** Last month included (`YYYY-MM`). */
  readonly to?: string;
  /** A region code (ISO 3166-2:MA, e.g. `MA-06`). */
  readonly region?: string;
  /** A national priority code (a pillar matches its sub-priorities too). */
  readonly priority?: string;
  /** One institute's tenant id. */
  readonly institute?: string;
}

/** The period of an institute's or a partner's dashboard (its other filters do not apply there). */
export type DashboardRange = Pick<DashboardFilters, 'from' | 'to'>;

/** A count (and where it makes sense, money) under one key of a dimension. */
export interface Breakdown {
  readonly key: string;
  readonly label?: Labels;
  readonly count: number;
}

export interface ProjectFigures {
  readonly total: number;
  readonly byStatus: readonly Breakdown[];
  readonly byType: readonly Breakdown[];
  readonly byRegion: readonly Breakdown[];
  readonly byPriority: readonly Breakdown[];
  /** Sum of `budget_mad` of the projects counted (committed) and of `spent_mad` (spent). */
  readonly budgetCommittedMad: string;
  readonly budgetSpentMad: string;
}

export interface BeneficiaryFigures {
  /** Distinct beneficiaries (by registry id) linked to the projects counted. */
  readonly total: number;
  readonly startups: number;
  /** micro + small + medium. */
  readonly smes: number;
}

export interface PartnerExecution {
  readonly partnerTenantId: string;
  readonly name: Labels;
  readonly obligationsTotal: number;
  readonly obligationsMet: number;
  /** Open obligations past their due date. */
  readonly obligationsOverdue: number;
  /** met / (total − waived) × 100, one decimal; null when none counts. */
  readonly executedPercent: number | null;
}

export interface ConventionFigures {
  readonly active: number;
  readonly awaitingSignature: number;
  /** Active conventions whose expiry date falls within 90 days of the roll-up's day. */
  readonly expiringWithin90Days: number;
  readonly byPartner: readonly PartnerExecution[];
  /**
   * Per region of the owning tenant (as of the refresh; zero rows left out): its conventions active and
   * out for signature.
   */
  readonly byRegion: readonly RegionConventions[];
}

export interface RegionConventions {
  /** A region code. */
  readonly key: string;
  readonly active: number;
  readonly awaitingSignature: number;
}

/** Capacity, allocated and used of one group of resources, in one unit (units are never summed across). */
export interface ResourceUse {
  readonly kind: string;
  readonly unit: string;
  readonly capacity: string;
  readonly allocated: string;
  readonly used: string;
  /** used / allocated × 100, one decimal; null when nothing is allocated. */
  readonly usedPercent: number | null;
}

export interface InstituteResourceUse extends ResourceUse {
  readonly tenantId: string;
  readonly name: Labels;
}

export interface ResourceFigures {
  readonly byKind: readonly ResourceUse[];
  /** Per owning institute (Root's own resources under Root), per kind and unit. */
  readonly byInstitute: readonly InstituteResourceUse[];
  /** Per region of the owning tenant, per kind and unit. */
  readonly byRegion: readonly RegionResourceUse[];
}

export interface RegionResourceUse extends ResourceUse {
  /** A region code. */
  readonly region: string;
}

export interface WorkshopGroup {
  readonly key: string;
  readonly held: number;
  /** Checked-in attendees of the workshops held. */
  readonly participants: number;
}

export interface WorkshopFigures {
  readonly held: number;
  readonly participants: number;
  readonly byKind: readonly WorkshopGroup[];
  /** By the organiser tenant's region. */
  readonly byRegion: readonly WorkshopGroup[];
}

export interface DeliverableFigures {
  readonly accepted: number;
  /** Accepted on or before their due date. */
  readonly acceptedOnTime: number;
  readonly onTimePercent: number | null;
}

/** One cell of the national priority × region matrix; a missing combination is a gap (all zeros). */
export interface CoverageCell {
  readonly priority: string;
  readonly region: string;
  readonly projects: number;
  readonly budgetMad: string;
  readonly beneficiaries: number;
}

export interface CoverageMatrix {
  /** Every top-level priority code (rows) and every region code (columns), gaps included. */
  readonly priorities: readonly { code: string; label: Labels }[];
  readonly regions: readonly { code: string; label: Labels }[];
  /** Every priority × region pair, zeros included, so a gap is visible. */
  readonly cells: readonly CoverageCell[];
}

/** The months a dashboard's period figures and series cover (`YYYY-MM`, both included). */
export interface DashboardPeriod {
  readonly from: string;
  readonly to: string;
}

/** One month of the main figures (the last 24 months, oldest first, unless `from`/`to` say otherwise). */
export interface MonthlyPoint {
  readonly month: string;
  /** Projects active at some point of the month. */
  readonly projectsActive: number;
  /** Projects whose start date falls in the month. */
  readonly projectsStarted: number;
  /** Budget of the projects started in the month. */
  readonly budgetCommittedMad: string;
  /** Conventions that became active in the month. */
  readonly conventionsSigned: number;
  /** Workshops held in the month. */
  readonly workshopsHeld: number;
  /** Beneficiaries first linked to a project in the month. */
  readonly beneficiariesSupported: number;
  /**
   * What the tenants declared for the month from their reporting before Jazari (carried over into
   * `dashboard_history`), never included in the recorded figures above; null when none was declared.
   */
  readonly declared: DeclaredMonth | null;
}

/** A month's carried-over figures, as declared: the recorded figures' names, with their meaning. */
export interface DeclaredMonth {
  readonly projectsActive: number;
  readonly projectsStarted: number;
  readonly budgetCommittedMad: string;
  readonly conventionsSigned: number;
  readonly workshopsHeld: number;
  readonly beneficiariesSupported: number;
}

export interface NationalDashboard {
  readonly asOf: string;
  readonly filters: DashboardFilters;
  readonly network: { readonly institutes: number; readonly partners: number };
  readonly projects: ProjectFigures;
  readonly beneficiaries: BeneficiaryFigures;
  readonly conventions: ConventionFigures;
  readonly resources: ResourceFigures;
  readonly workshops: WorkshopFigures;
  readonly deliverables: DeliverableFigures;
  readonly coverage: CoverageMatrix;
  readonly series: readonly MonthlyPoint[];
}

export interface LateItem {
  readonly id: string;
  readonly projectId: string;
  readonly projectTitle: string;
  readonly title: string;
  readonly dueDate: string;
  readonly daysLate: number;
}

export interface KpiProgress {
  readonly projectId: string;
  readonly projectTitle: string;
  readonly kpiId: string;
  readonly name: string;
  readonly unit: string | null;
  readonly target: string | null;
  /** Which way the KPI improves. */
  readonly direction: 'higher' | 'lower';
  readonly latest: string | null;
  /**
   * How far along its target, one decimal (100 or more: met): latest / target × 100 when higher is
   * better, target / latest × 100 when lower is; null without both (or with a zero divisor).
   */
  readonly percent: number | null;
}

export interface UpcomingWorkshop {
  readonly id: string;
  readonly title: string;
  readonly kind: string;
  readonly startsAt: string;
  readonly registered: number;
  readonly capacity: number | null;
}

export interface ObligationCounts {
  readonly open: number;
  readonly met: number;
  readonly overdue: number;
  readonly waived: number;
}

export interface InstituteDashboard {
  readonly asOf: string;
  readonly tenantId: string;
  readonly name: Labels;
  readonly projects: ProjectFigures;
  readonly lateMilestones: readonly LateItem[];
  readonly overdueDeliverables: readonly LateItem[];
  readonly kpis: readonly KpiProgress[];
  readonly resources: {
    /** What the institute owns and how it is used. */
    readonly owned: readonly ResourceUse[];
    /** What it was allocated by others and used. */
    readonly allocated: readonly ResourceUse[];
    readonly pendingRequests: { readonly incoming: number; readonly outgoing: number };
  };
  readonly upcomingWorkshops: readonly UpcomingWorkshop[];
  readonly obligations: ObligationCounts;
  /** The period the figures below and the series cover (default: the last 24 months). */
  readonly period: DashboardPeriod;
  /** Workshops it organised and held in the period, and their checked-in attendees. */
  readonly workshops: WorkshopFigures;
  /** Its deliverables accepted in the period. */
  readonly deliverables: DeliverableFigures;
  readonly series: readonly MonthlyPoint[];
}

export interface PartnerDashboard {
  readonly asOf: string;
  readonly tenantId: string;
  readonly name: Labels;
  readonly conventions: { readonly byStatus: readonly Breakdown[]; readonly expiringWithin90Days: number };
  readonly signaturesPending: readonly {
    readonly conventionId: string;
    readonly reference: string;
    readonly title: string;
    readonly signers: number;
  }[];
  /** Obligations both ways: what the partner owes, and what is owed to it. */
  readonly obligations: { readonly weOwe: ObligationCounts; readonly owedToUs: ObligationCounts };
  readonly upcomingWorkshops: readonly UpcomingWorkshop[];
  /** Held workshops its people attended (checked in), whenever they were held. */
  readonly workshopsAttended: number;
  /** The period the figures below and the series cover (default: the last 24 months). */
  readonly period: DashboardPeriod;
  /** Conventions it is a party to that became active in the period. */
  readonly conventionsSigned: number;
  /** Workshops it organised (as the organising tenant) and held in the period. */
  readonly workshops: WorkshopFigures;
  readonly series: readonly PartnerMonthlyPoint[];
}

/** One month of a partner's figures. */
export interface PartnerMonthlyPoint {
  readonly month: string;
  /** Conventions it is a party to that became active in the month. */
  readonly conventionsSigned: number;
  /** Workshops it organised, held in the month. */
  readonly workshopsHeld: number;
  /** Carried over from its reporting before Jazari, as declared; never in the figures above. */
  readonly declared: { readonly conventionsSigned: number; readonly workshopsHeld: number } | null;
}
