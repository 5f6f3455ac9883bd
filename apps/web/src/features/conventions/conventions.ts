import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import type { components } from '../../api/schema';

export type Convention = components['schemas']['ConventionResponseDto'];
export type ConventionListItem = components['schemas']['ConventionListItemDto'];
export type ConventionStatus = Convention['status'];
export type ConventionType = Convention['type'];
export type ConventionSigner = components['schemas']['ConventionSignerDto'];
export type Obligation = components['schemas']['ObligationDto'];
export type ConventionView = 'mine' | 'awaiting-my-signature' | 'all';

export const CONVENTION_STATUSES: readonly ConventionStatus[] = [
  'draft',
  'in_review',
  'out_for_signature',
  'active',
  'expired',
  'terminated',
  'declined',
  'voided',
];
export const CONVENTION_TYPES: readonly ConventionType[] = [
  'framework',
  'partnership',
  'rnd_collaboration',
  'data_sharing',
  'mou',
  'amendment',
];

export const STATUS_COLOR: Readonly<Record<ConventionStatus, string>> = {
  draft: 'gray',
  in_review: 'blue',
  out_for_signature: 'orange',
  active: 'green',
  expired: 'gray',
  terminated: 'red',
  declined: 'red',
  voided: 'gray',
};

export const conventionKey = (id: string) => ['/api/v1/conventions/{id}', { id }] as const;

export function useConventions(filters: {
  view: ConventionView;
  status?: ConventionStatus;
  type?: ConventionType;
}) {
  const params = { ...filters, limit: 25 };
  return useInfiniteQuery({
    queryKey: ['/api/v1/conventions', params],
    queryFn: ({ pageParam }) =>
      unwrap(api.GET('/api/v1/conventions', { params: { query: { ...params, cursor: pageParam } } })),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
}

export function useConvention(id: string) {
  return useQuery({
    queryKey: conventionKey(id),
    queryFn: () => unwrap(api.GET('/api/v1/conventions/{id}', { params: { path: { id } } })),
  });
}

export function useObligations(id: string) {
  return useQuery({
    queryKey: ['/api/v1/conventions/{id}/obligations', { id }],
    queryFn: () => unwrap(api.GET('/api/v1/conventions/{id}/obligations', { params: { path: { id } } })),
  });
}

/**
 * The signer row that lets this person sign now: theirs, for the tenant they are signed in to, pending,
 * in the step now signing. The API decides again when they sign.
 */
export function mySigningTurn(
  convention: Convention,
  userId: string | undefined,
  tenantId: string | undefined,
): ConventionSigner | undefined {
  if (convention.status !== 'out_for_signature' || !userId || !tenantId) return undefined;
  return convention.signers.signers.find(
    (s) =>
      s.userId === userId &&
      s.partyTenantId === tenantId &&
      s.status === 'pending' &&
      s.step === convention.signers.currentStep,
  );
}
