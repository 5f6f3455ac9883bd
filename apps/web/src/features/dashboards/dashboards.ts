import { keepPreviousData, useInfiniteQuery, useQueries, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import type { Locale } from '../../i18n/locale';

/*
 * The dashboards' figures as libs/dashboards/src/dashboard.types.ts writes them. The OpenAPI document
 * describes these nested objects in prose only (their DTO fields are free-form), so the generated types
 * say `Record<string, never>`: this is the shape the API answers, restated for the web app.
 */
export type Labels = Readonly<Record<Locale, string>>;

export interface Breakdown {
  readonly key: string;
  readonly label?: Labels;
  readonly count: number;
}

export interface CoverageCell {
  readonly priority: string;
  readonly region: string;
  readonly projects: number;
  readonly budgetMad: string;
  readonly beneficiaries: number;
}

export interface MonthlyPoint {
  readonly month: string;
  readonly projectsActive: number;
  readonly projectsStarted: number;
  readonly budgetCommittedMad: string;
  readonly conventionsSigned: number;
  readonly workshopsHeld: number;
  readonly beneficiariesSupported: number;
}

export interface ResourceUse {
  readonly kind: string;
  readonly unit: string;
  readonly capacity: string;
  readonly allocated: string;
  readonly used: string;
  readonly usedPercent: number | null;
}

export interface PartnerExecution {
  readonly partnerTenantId: string;
  readonly name: Labels;
  readonly obligationsTotal: number;
  readonly obligationsMet: number;
  readonly obligationsOverdue: number;
  readonly executedPercent: number | null;
}

export interface WorkshopGroup {
  readonly key: string;
  readonly held: number;
  readonly participants: number;
}

export interface NationalDashboard {
  readonly asOf: string;
  readonly filters: NationalFilters & { from: string; to: string };
  readonly network: { readonly institutes: number; readonly partners: number };
  readonly projects: {
    readonly total: number;
    readonly byStatus: readonly Breakdown[];
    readonly byType: readonly Breakdown[];
    readonly byRegion: readonly Breakdown[];
    readonly byPriority: readonly Breakdown[];
    readonly budgetCommittedMad: string;
    readonly budgetSpentMad: string;
  };
  readonly beneficiaries: { readonly total: number; readonly startups: number; readonly smes: number };
  readonly conventions: {
    readonly active: number;
    readonly awaitingSignature: number;
    readonly expiringWithin90Days: number;
    readonly byPartner: readonly PartnerExecution[];
    /** By the owner's region: active and out for signature. */
    readonly byRegion: readonly { key: string; active: number; awaitingSignature: number }[];
  };
  readonly resources: {
    readonly byKind: readonly ResourceUse[];
    /** By the owner's region, per kind and unit. */
    readonly byRegion: readonly (ResourceUse & { region: string })[];
  };
  readonly workshops: {
    readonly held: number;
    readonly participants: number;
    readonly byKind: readonly WorkshopGroup[];
    readonly byRegion: readonly WorkshopGroup[];
  };
  readonly deliverables: {
    readonly accepted: number;
    readonly acceptedOnTime: number;
    readonly onTimePercent: number | null;
  };
  readonly coverage: {
    readonly priorities: readonly { code: string; label: Labels }[];
    readonly regions: readonly { code: string; label: Labels }[];
    readonly cells: readonly CoverageCell[];
  };
  readonly series: readonly MonthlyPoint[];
}

export interface NationalFilters {
  from?: string;
  to?: string;
  region?: string;
  priority?: string;
  institute?: string;
}

const nationalPath = '/api/v1/dashboards/national';

async function national(filters: NationalFilters): Promise<NationalDashboard> {
  const body = await unwrap(api.GET(nationalPath, { params: { query: filters } }));
  return body as unknown as NationalDashboard;
}

/** The national dashboard under the page's filters; the previous figures stay while new ones load. */
export function useNationalDashboard(filters: NationalFilters) {
  return useQuery({
    queryKey: [nationalPath, filters],
    queryFn: () => national(filters),
    placeholderData: keepPreviousData,
  });
}

/**
 * The same dashboard narrowed to each region, for the map's per-region figures that the national
 * answer gives only in total (active projects, beneficiaries, budget). One request per region, in parallel,
 * each read from the roll-ups.
 */
export function useRegionDashboards(regions: readonly string[], filters: Omit<NationalFilters, 'region'>) {
  return useQueries({
    queries: regions.map((region) => ({
      queryKey: [nationalPath, { ...filters, region }],
      queryFn: () => national({ ...filters, region }),
      placeholderData: keepPreviousData,
    })),
  });
}

/** The institutes of a region (the map's first drill-down step). */
export function useRegionInstitutes(region: string | undefined) {
  const params = { kind: 'institute' as const, status: 'active' as const, region, limit: 50 };
  return useInfiniteQuery({
    queryKey: ['/api/v1/tenants', params],
    queryFn: ({ pageParam }) =>
      unwrap(api.GET('/api/v1/tenants', { params: { query: { ...params, cursor: pageParam } } })),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    enabled: region !== undefined,
  });
}

/** An institute's projects (the second drill-down step), narrowed by the dashboard's priority. */
export function useInstituteProjects(institute: string | undefined, priority: string | undefined) {
  const params = { institute, priority, limit: 20 };
  return useInfiniteQuery({
    queryKey: ['/api/v1/projects', params],
    queryFn: ({ pageParam }) =>
      unwrap(api.GET('/api/v1/projects', { params: { query: { ...params, cursor: pageParam } } })),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    enabled: institute !== undefined,
  });
}

export interface ObligationCounts {
  readonly open: number;
  readonly met: number;
  readonly overdue: number;
  readonly waived: number;
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
  readonly latest: string | null;
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

export interface InstituteDashboard {
  readonly asOf: string;
  readonly tenantId: string;
  readonly name: Labels;
  readonly projects: NationalDashboard['projects'];
  readonly lateMilestones: readonly LateItem[];
  readonly overdueDeliverables: readonly LateItem[];
  readonly kpis: readonly KpiProgress[];
  readonly resources: {
    readonly owned: readonly ResourceUse[];
    readonly allocated: readonly ResourceUse[];
    readonly pendingRequests: { readonly incoming: number; readonly outgoing: number };
  };
  readonly upcomingWorkshops: readonly UpcomingWorkshop[];
  readonly obligations: ObligationCounts;
  readonly period: { readonly from: string; readonly to: string };
  readonly workshops: NationalDashboard['workshops'];
  readonly deliverables: NationalDashboard['deliverables'];
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
  readonly obligations: { readonly weOwe: ObligationCounts; readonly owedToUs: ObligationCounts };
  readonly upcomingWorkshops: readonly UpcomingWorkshop[];
  readonly workshopsAttended: number;
  readonly period: { readonly from: string; readonly to: string };
  readonly conventionsSigned: number;
  readonly workshops: NationalDashboard['workshops'];
  readonly series: readonly { month: string; conventionsSigned: number; workshopsHeld: number }[];
}

export interface DashboardRange {
  from?: string;
  to?: string;
}

/** An institute's dashboard for a period (its own people, or Root's). */
export function useInstituteDashboard(id: string, range: DashboardRange) {
  return useQuery({
    queryKey: ['/api/v1/dashboards/institutes/{id}', { id, ...range }],
    queryFn: async () =>
      (await unwrap(
        api.GET('/api/v1/dashboards/institutes/{id}', { params: { path: { id }, query: range } }),
      )) as unknown as InstituteDashboard,
    placeholderData: keepPreviousData,
  });
}

/** A partner's dashboard for a period (its own people, or Root's). */
export function usePartnerDashboard(id: string, range: DashboardRange) {
  return useQuery({
    queryKey: ['/api/v1/dashboards/partners/{id}', { id, ...range }],
    queryFn: async () =>
      (await unwrap(
        api.GET('/api/v1/dashboards/partners/{id}', { params: { path: { id }, query: range } }),
      )) as unknown as PartnerDashboard,
    placeholderData: keepPreviousData,
  });
}
