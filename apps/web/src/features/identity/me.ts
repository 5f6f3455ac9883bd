import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import type { components } from '../../api/schema';
import { useSession } from '../../auth/use-session';

export type Me = components['schemas']['MeDto'];
export type Permission = Me['current']['permissions'][number];

export const meKey = ['/api/v1/me'] as const;

/** Who is signed in: the person, their memberships, and this session's tenant, role and permissions. */
export function useMe() {
  const session = useSession();
  return useQuery({
    queryKey: meKey,
    queryFn: () => unwrap(api.GET('/api/v1/me')),
    enabled: session.status === 'signed-in' || session.status === 'locked',
    staleTime: 5 * 60_000,
  });
}

/**
 * Whether this session may do `action`, as the API said when it opened the session (it decides again on
 * every request). Known at once, so a page does not wait for /me to start its own requests.
 */
export function useCan(): (action: Permission) => boolean {
  const session = useSession();
  const granted = new Set<string>(
    session.status === 'signed-in' || session.status === 'locked' ? session.permissions : [],
  );
  return (action) => granted.has(action);
}
