import { useInfiniteQuery, useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import type { components } from '../../api/schema';
import { unreadKey } from './unread';

export type Notification = components['schemas']['NotificationDto'];

export const NOTIFICATIONS_PATH = '/api/v1/me/notifications';
const PAGE = 25;

/** The categories the API sorts notices into (`NOTIFICATION_CATEGORIES`), in the order preferences list them. */
export const NOTIFICATION_CATEGORIES = [
  'invitations',
  'signatures',
  'conventions',
  'obligations',
  'resources',
  'workshops',
  'reports',
  'integrations',
] as const;
export type NotificationCategory = (typeof NOTIFICATION_CATEGORIES)[number];

export function isCategory(value: string): value is NotificationCategory {
  return (NOTIFICATION_CATEGORIES as readonly string[]).includes(value);
}

/** The person's notices, newest first, a page at a time; `unread` keeps the unread ones only. */
export function useNotifications(unread: boolean) {
  const params = { unread: unread || undefined, limit: PAGE };
  return useInfiniteQuery({
    queryKey: [NOTIFICATIONS_PATH, params],
    queryFn: ({ pageParam }) =>
      unwrap(api.GET(NOTIFICATIONS_PATH, { params: { query: { ...params, cursor: pageParam } } })),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
}

/** After a read: the lists, the home page's unread notices and the header's badge. */
export function refreshInbox(client: QueryClient): Promise<unknown> {
  return Promise.all([
    client.invalidateQueries({ queryKey: [NOTIFICATIONS_PATH] }),
    client.invalidateQueries({ queryKey: unreadKey }),
  ]);
}

export function useMarkRead() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) =>
      unwrap(api.POST('/api/v1/me/notifications/{id}/read', { params: { path: { id } } })),
    onSettled: () => refreshInbox(client),
  });
}

export function useMarkAllRead() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => unwrap(api.POST('/api/v1/me/notifications/read-all')),
    onSettled: () => refreshInbox(client),
  });
}

/**
 * Where a notice leads: its link, a path of this app. A notice concerning the person in another of their
 * tenants carries `?tenant=` so the session gate switches to it first.
 */
export function notificationHref(notification: Notification, currentTenantId: string | undefined): string {
  const link =
    notification.link.startsWith('/') && !notification.link.startsWith('//') ? notification.link : '/';
  if (!currentTenantId || notification.tenantId === currentTenantId) return link;
  const url = new URL(link, 'http://app.invalid');
  url.searchParams.set('tenant', notification.tenantId);
  return `${url.pathname}${url.search}${url.hash}`;
}
