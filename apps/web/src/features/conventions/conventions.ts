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

/** What the page reads of an evidence bundle (jazari-evidence/1): the chain's events and its seals. */
export interface EvidenceEvent {
  readonly seq: number;
  readonly id: string;
  readonly occurredAt: string;
  readonly type: string;
  readonly actorUserId: string | null;
  readonly actorTenantId: string | null;
  readonly hash: string;
}
export interface EvidenceSeal {
  readonly id: string;
  readonly headSeq: number;
  readonly keyId: string;
  readonly sealedAt: string;
}
export interface EvidenceBundleView {
  readonly events: EvidenceEvent[];
  readonly seals: EvidenceSeal[];
  readonly signers: { userId: string; name: string | null; partyTenantId: string }[];
}

export const evidenceKey = (id: string) => ['/api/v1/conventions/{id}/evidence', { id }] as const;

/** The convention's evidence chain (the bundle the API seals): its events, oldest first, and seals. */
export function useEvidence(id: string) {
  return useQuery({
    queryKey: evidenceKey(id),
    queryFn: async () =>
      (await unwrap(
        api.GET('/api/v1/conventions/{id}/evidence', { params: { path: { id } } }),
      )) as unknown as EvidenceBundleView,
  });
}

/** Each party's members whom the owner's managers may name as signers. */
export function useSignerCandidates(id: string, enabled: boolean) {
  return useQuery({
    queryKey: ['/api/v1/conventions/{id}/signer-candidates', { id }],
    queryFn: () =>
      unwrap(api.GET('/api/v1/conventions/{id}/signer-candidates', { params: { path: { id } } })),
    enabled,
  });
}

/** The institutes and partners a convention can name as parties (the network directory). */
export function useNetworkTenants(enabled: boolean) {
  return useQuery({
    queryKey: ['/api/v1/directory', { limit: 100 }],
    queryFn: () => unwrap(api.GET('/api/v1/directory', { params: { query: { limit: 100 } } })),
    enabled,
  });
}

/** Every list and page under /api/v1/conventions reads again (after a move, an upload, new signers). */
export const isConventionQuery = (q: { queryKey: readonly unknown[] }) =>
  typeof q.queryKey[0] === 'string' && q.queryKey[0].startsWith('/api/v1/conventions');
