import { useInfiniteQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import type { components } from '../../api/schema';

export type Member = components['schemas']['MemberDto'];
export type Invitation = components['schemas']['InvitationDto'];
export type ApiKey = components['schemas']['ApiKeyDto'];

const PAGE = 50;

export function useMembers() {
  const params = { limit: PAGE };
  return useInfiniteQuery({
    queryKey: ['/api/v1/members', params],
    queryFn: ({ pageParam }) =>
      unwrap(api.GET('/api/v1/members', { params: { query: { ...params, cursor: pageParam } } })),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
}

export function useInvitations() {
  const params = { limit: PAGE };
  return useInfiniteQuery({
    queryKey: ['/api/v1/invitations', params],
    queryFn: ({ pageParam }) =>
      unwrap(api.GET('/api/v1/invitations', { params: { query: { ...params, cursor: pageParam } } })),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
}

export function useApiKeys() {
  const params = { limit: PAGE };
  return useInfiniteQuery({
    queryKey: ['/api/v1/api-keys', params],
    queryFn: ({ pageParam }) =>
      unwrap(api.GET('/api/v1/api-keys', { params: { query: { ...params, cursor: pageParam } } })),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
}

/** Invalidates every query whose path starts with `path` (the list and each item under it). */
export function useInvalidatePath(): (path: string) => Promise<void> {
  const client = useQueryClient();
  return (path) =>
    client.invalidateQueries({
      predicate: (query) => typeof query.queryKey[0] === 'string' && query.queryKey[0].startsWith(path),
    });
}
