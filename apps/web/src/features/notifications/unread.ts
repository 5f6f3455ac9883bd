import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';

export const unreadKey = ['/api/v1/me/notifications/unread-count'] as const;

/** The inbox badge: polled every 30 s and whenever the window comes back into focus. */
export function useUnreadCount() {
  return useQuery({
    queryKey: unreadKey,
    queryFn: () => unwrap(api.GET('/api/v1/me/notifications/unread-count')),
    refetchInterval: 30_000,
    refetchOnWindowFocus: true,
    staleTime: 10_000,
  });
}
