import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import type { components } from '../../api/schema';

export type Project = components['schemas']['ProjectResponseDto'];
export type ProjectListItem = components['schemas']['ProjectListItemDto'];
export type ProjectStatus = Project['status'];
export type ProjectType = Project['type'];
export type Milestone = components['schemas']['MilestoneDto'];
export type Deliverable = components['schemas']['DeliverableDto'];
export type DeliverableFile = components['schemas']['DeliverableFileDto'];
export type Evaluation = components['schemas']['EvaluationDto'];
export type Kpi = components['schemas']['KpiDto'];
export type Measurement = components['schemas']['MeasurementDto'];
export type StatusReport = components['schemas']['StatusReportDto'];
export type ProjectBeneficiary = components['schemas']['ProjectBeneficiaryResponseDto'];

export const PROJECT_STATUSES: readonly ProjectStatus[] = [
  'proposed',
  'active',
  'on_hold',
  'completed',
  'cancelled',
];
export const PROJECT_TYPES: readonly ProjectType[] = [
  'research',
  'applied_rnd',
  'prototype',
  'startup_support',
  'sme_adoption',
  'training',
  'public_service',
];

export const STATUS_COLOR: Readonly<Record<ProjectStatus, string>> = {
  proposed: 'blue',
  active: 'green',
  on_hold: 'orange',
  completed: 'teal',
  cancelled: 'gray',
};

export const DELIVERABLE_COLOR: Readonly<Record<Deliverable['status'], string>> = {
  planned: 'gray',
  submitted: 'blue',
  accepted: 'green',
  rejected: 'red',
};

export const RAG_COLOR: Readonly<Record<StatusReport['rag'], string>> = {
  red: 'red',
  amber: 'orange',
  green: 'green',
};

/** The status move each action route makes (`POST /projects/:id/<action>`). */
export const MOVE_TO: Readonly<Record<'activate' | 'hold' | 'complete' | 'cancel', ProjectStatus>> = {
  activate: 'active',
  hold: 'on_hold',
  complete: 'completed',
  cancel: 'cancelled',
};

export interface ProjectFilters {
  q?: string;
  status?: ProjectStatus;
  type?: ProjectType;
  region?: string;
  priority?: string;
  domain?: string;
  overdue?: boolean;
}

export const projectPath = '/api/v1/projects';
export const projectKey = (id: string) => ['/api/v1/projects/{id}', { id }] as const;

export function useProjects(filters: ProjectFilters) {
  const params = { ...filters, limit: 20 };
  return useInfiniteQuery({
    queryKey: [projectPath, params],
    queryFn: ({ pageParam }) =>
      unwrap(api.GET('/api/v1/projects', { params: { query: { ...params, cursor: pageParam } } })),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
}

export function useProject(id: string) {
  return useQuery({
    queryKey: projectKey(id),
    queryFn: () => unwrap(api.GET('/api/v1/projects/{id}', { params: { path: { id } } })),
  });
}

/** The lists under a project are short (tens of rows): all pages are read at once. */
async function allPages<T>(
  first: (cursor: string | undefined) => Promise<{ data: T[]; nextCursor: string | null }>,
): Promise<T[]> {
  const out: T[] = [];
  let cursor: string | undefined;
  for (let i = 0; i < 20; i++) {
    const page = await first(cursor);
    out.push(...page.data);
    if (!page.nextCursor) break;
    cursor = page.nextCursor;
  }
  return out;
}

export function useMilestones(id: string) {
  return useQuery({
    queryKey: ['/api/v1/projects/{id}/milestones', { id }],
    queryFn: () =>
      allPages((cursor) =>
        unwrap(
          api.GET('/api/v1/projects/{id}/milestones', {
            params: { path: { id }, query: { cursor, limit: 100 } },
          }),
        ),
      ),
  });
}

export function useDeliverables(id: string) {
  return useQuery({
    queryKey: ['/api/v1/projects/{id}/deliverables', { id }],
    queryFn: () =>
      allPages((cursor) =>
        unwrap(
          api.GET('/api/v1/projects/{id}/deliverables', {
            params: { path: { id }, query: { cursor, limit: 100 } },
          }),
        ),
      ),
  });
}

export function useDeliverableFiles(id: string, deliverableId: string) {
  return useQuery({
    queryKey: ['/api/v1/projects/{id}/deliverables/{deliverableId}/files', { id, deliverableId }],
    queryFn: () =>
      allPages((cursor) =>
        unwrap(
          api.GET('/api/v1/projects/{id}/deliverables/{deliverableId}/files', {
            params: { path: { id, deliverableId }, query: { cursor, limit: 100 } },
          }),
        ),
      ),
  });
}

export function useEvaluations(id: string, deliverableId: string, enabled: boolean) {
  return useQuery({
    queryKey: ['/api/v1/projects/{id}/deliverables/{deliverableId}/evaluations', { id, deliverableId }],
    queryFn: () =>
      allPages((cursor) =>
        unwrap(
          api.GET('/api/v1/projects/{id}/deliverables/{deliverableId}/evaluations', {
            params: { path: { id, deliverableId }, query: { cursor, limit: 100 } },
          }),
        ),
      ),
    enabled,
  });
}

export function useKpis(id: string) {
  return useQuery({
    queryKey: ['/api/v1/projects/{id}/kpis', { id }],
    queryFn: () =>
      allPages((cursor) =>
        unwrap(
          api.GET('/api/v1/projects/{id}/kpis', { params: { path: { id }, query: { cursor, limit: 100 } } }),
        ),
      ),
  });
}

export function useMeasurements(id: string, kpiId: string) {
  return useQuery({
    queryKey: ['/api/v1/projects/{id}/kpis/{kpiId}/measurements', { id, kpiId }],
    queryFn: () =>
      allPages((cursor) =>
        unwrap(
          api.GET('/api/v1/projects/{id}/kpis/{kpiId}/measurements', {
            params: { path: { id, kpiId }, query: { cursor, limit: 100 } },
          }),
        ),
      ),
  });
}

export function useStatusReports(id: string) {
  return useQuery({
    queryKey: ['/api/v1/projects/{id}/status-reports', { id }],
    queryFn: () =>
      allPages((cursor) =>
        unwrap(
          api.GET('/api/v1/projects/{id}/status-reports', {
            params: { path: { id }, query: { cursor, limit: 100 } },
          }),
        ),
      ),
  });
}

export function useProjectBeneficiaries(id: string) {
  return useQuery({
    queryKey: ['/api/v1/projects/{id}/beneficiaries', { id }],
    queryFn: () =>
      allPages((cursor) =>
        unwrap(
          api.GET('/api/v1/projects/{id}/beneficiaries', {
            params: { path: { id }, query: { cursor, limit: 100 } },
          }),
        ),
      ),
  });
}
