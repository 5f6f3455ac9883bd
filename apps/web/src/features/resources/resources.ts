import { useInfiniteQuery, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import type { components } from '../../api/schema';
import { useT } from '../../i18n/format';

export type Resource = components['schemas']['ResourceResponseDto'];
export type Allocation = components['schemas']['AllocationResponseDto'];
export type Booking = components['schemas']['BookingResponseDto'];
export type ResourceKind = Resource['kind'];
export type ResourceUnit = Resource['unit'];
export type ResourceStatus = Resource['status'];
export type AllocationStatus = Allocation['status'];
export type AllocationView = 'mine' | 'incoming' | 'awaiting-root' | 'all';

export const RESOURCE_KINDS: readonly ResourceKind[] = [
  'compute',
  'dataset',
  'model',
  'lab',
  'equipment',
  'expertise',
  'software_licence',
];
export const RESOURCE_UNITS: readonly ResourceUnit[] = [
  'gpu_hour',
  'cpu_hour',
  'TB',
  'GB',
  'seat',
  'slot',
  'day',
  'hour',
  'licence',
  'request',
];
export const RESOURCE_STATUSES: readonly ResourceStatus[] = ['available', 'maintenance', 'retired'] as const;
export const ALLOCATION_STATUSES: readonly AllocationStatus[] = [
  'pending',
  'awaiting_root',
  'approved',
  'active',
  'rejected',
  'withdrawn',
  'revoked',
  'expired',
];

export const RESOURCE_STATUS_COLOR: Readonly<Record<string, string>> = {
  available: 'green',
  maintenance: 'orange',
  retired: 'gray',
};
export const ALLOCATION_STATUS_COLOR: Readonly<Record<string, string>> = {
  pending: 'blue',
  awaiting_root: 'violet',
  approved: 'teal',
  active: 'green',
  rejected: 'red',
  withdrawn: 'gray',
  revoked: 'red',
  expired: 'gray',
};

export const resourceKey = (id: string) => ['/api/v1/resources/{id}', { id }] as const;
export const allocationKey = (id: string) => ['/api/v1/allocations/{id}', { id }] as const;

/** After a move, everything read under these paths is read again (lists, the object, its bookings). */
export function useInvalidateResources() {
  const client = useQueryClient();
  return () =>
    client.invalidateQueries({
      predicate: (q) =>
        typeof q.queryKey[0] === 'string' &&
        (q.queryKey[0].startsWith('/api/v1/resources') || q.queryKey[0].startsWith('/api/v1/allocations')),
    });
}

export function useResources(filters: {
  kind?: ResourceKind;
  unit?: ResourceUnit;
  status?: ResourceStatus;
  region?: string;
  q?: string;
}) {
  const params = { ...filters, limit: 24 };
  return useInfiniteQuery({
    queryKey: ['/api/v1/resources', params],
    queryFn: ({ pageParam }) =>
      unwrap(api.GET('/api/v1/resources', { params: { query: { ...params, cursor: pageParam } } })),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
}

export function useResource(id: string | undefined) {
  return useQuery({
    queryKey: resourceKey(id ?? ''),
    queryFn: () => unwrap(api.GET('/api/v1/resources/{id}', { params: { path: { id: id! } } })),
    enabled: !!id,
  });
}

export function useResourceAllocations(resourceId: string) {
  const params = { limit: 50 };
  return useInfiniteQuery({
    queryKey: ['/api/v1/resources/{id}/allocations', { id: resourceId, ...params }],
    queryFn: ({ pageParam }) =>
      unwrap(
        api.GET('/api/v1/resources/{id}/allocations', {
          params: { path: { id: resourceId }, query: { ...params, cursor: pageParam } },
        }),
      ),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
}

export function useAllocations(filters: { view: AllocationView; status?: AllocationStatus }) {
  const params = { ...filters, limit: 25 };
  return useInfiniteQuery({
    queryKey: ['/api/v1/allocations', params],
    queryFn: ({ pageParam }) =>
      unwrap(api.GET('/api/v1/allocations', { params: { query: { ...params, cursor: pageParam } } })),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
}

export function useAllocation(id: string) {
  return useQuery({
    queryKey: allocationKey(id),
    queryFn: () => unwrap(api.GET('/api/v1/allocations/{id}', { params: { path: { id } } })),
  });
}

/** Every live booking of a resource overlapping [from, to): the API's cursor pages, read to the end. */
export function useBookings(resourceId: string | undefined, from: string, to: string) {
  return useQuery({
    queryKey: ['/api/v1/resources/{id}/bookings', { id: resourceId, from, to }],
    enabled: !!resourceId,
    queryFn: async () => {
      const all: Booking[] = [];
      let cursor: string | undefined;
      do {
        const page = await unwrap(
          api.GET('/api/v1/resources/{id}/bookings', {
            params: { path: { id: resourceId! }, query: { from, to, cursor, limit: 100 } },
          }),
        );
        all.push(...page.data);
        cursor = page.nextCursor ?? undefined;
      } while (cursor);
      return all;
    },
  });
}

/** The live bookings a slot [start, end) would overlap (ends are exclusive, as the API's ranges). */
export function conflictsWith(bookings: readonly Booking[], start: Date, end: Date): Booking[] {
  return bookings.filter(
    (b) =>
      b.status !== 'cancelled' &&
      new Date(b.startsAt).getTime() < end.getTime() &&
      start.getTime() < new Date(b.endsAt).getTime(),
  );
}

/** Used against approved, as a share 0–100 (a bar's value); null when nothing is approved yet. */
export function usageShare(a: Pick<Allocation, 'quantityApproved' | 'quantityUsed'>): number | null {
  const approved = Number(a.quantityApproved ?? 0);
  if (!a.quantityApproved || approved <= 0) return null;
  return Math.min(100, (Number(a.quantityUsed) / approved) * 100);
}

/** A unit's name in the reader's language (an allocation carries its resource's unit as a string). */
export function useUnitLabel(): (unit: string) => string {
  const t = useT();
  return (unit) => {
    const known = RESOURCE_UNITS.find((u) => u === unit);
    return known ? t(`resources.unitName.${known}`) : unit;
  };
}
