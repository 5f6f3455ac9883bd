import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import type { components } from '../../api/schema';

export type Tenant = components['schemas']['TenantResponseDto'];
export type Region = components['schemas']['RegionResponseDto'];
export type Pillar = components['schemas']['PriorityPillarResponseDto'];
export type Priority = components['schemas']['PriorityResponseDto'];
export type Domain = components['schemas']['DomainResponseDto'];

export interface TenantFilters {
  kind?: 'root' | 'institute' | 'partner';
  status?: 'active' | 'suspended';
  region?: string;
  q?: string;
}

export function useTenants(filters: TenantFilters, enabled = true) {
  const params = { ...filters, limit: 50 };
  return useInfiniteQuery({
    queryKey: ['/api/v1/tenants', params],
    queryFn: ({ pageParam }) =>
      unwrap(api.GET('/api/v1/tenants', { params: { query: { ...params, cursor: pageParam } } })),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    enabled,
  });
}

export function useRegions() {
  return useQuery({
    queryKey: ['/api/v1/regions'],
    queryFn: () => unwrap(api.GET('/api/v1/regions')),
    staleTime: 60 * 60_000,
  });
}

export function usePriorities(includeInactive: boolean) {
  return useQuery({
    queryKey: ['/api/v1/priorities', { includeInactive }],
    queryFn: () => unwrap(api.GET('/api/v1/priorities', { params: { query: { includeInactive } } })),
  });
}

export function useDomains(includeInactive: boolean) {
  return useQuery({
    queryKey: ['/api/v1/domains', { includeInactive }],
    queryFn: () => unwrap(api.GET('/api/v1/domains', { params: { query: { includeInactive } } })),
  });
}
