import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import type { components } from '../../api/schema';

export type Webhook = components['schemas']['WebhookDto'];
export type Delivery = components['schemas']['DeliveryDto'];
export type Attempt = components['schemas']['AttemptDto'];
export type DeliveryStatus = Delivery['status'];

/** The catalogue's events an endpoint may subscribe to, as the web app names them (the API's list rules). */
export const KNOWN_EVENTS = [
  'conventions.activated',
  'conventions.declined',
  'conventions.expired',
  'conventions.expiring',
  'conventions.obligation_met',
  'conventions.obligation_reopened',
  'conventions.signature_reminder',
  'conventions.signature_requested',
  'identity.invitation_created',
  'reports.ready',
  'resources.allocation_decided',
  'resources.allocation_expiring',
  'resources.allocation_requested',
  'resources.allocation_withdrawn',
  'resources.booking_cancelled',
  'resources.booking_confirmed',
  'resources.usage_threshold',
  'webhooks.endpoint_disabled',
  'workshops.cancelled',
  'workshops.invited',
  'workshops.minutes_published',
  'workshops.registration_confirmed',
  'workshops.reminder',
  'workshops.waitlist_promoted',
] as const;
export type KnownEvent = (typeof KNOWN_EVENTS)[number];

export function isKnownEvent(name: string): name is KnownEvent {
  return (KNOWN_EVENTS as readonly string[]).includes(name);
}

export function useEventTypes() {
  return useQuery({
    queryKey: ['/api/v1/webhooks/event-types'],
    queryFn: () => unwrap(api.GET('/api/v1/webhooks/event-types')),
    staleTime: 60 * 60_000,
  });
}

export function useWebhooks() {
  const params = { limit: 50 };
  return useInfiniteQuery({
    queryKey: ['/api/v1/webhooks', params],
    queryFn: ({ pageParam }) =>
      unwrap(api.GET('/api/v1/webhooks', { params: { query: { ...params, cursor: pageParam } } })),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
}

export function useWebhook(id: string) {
  return useQuery({
    queryKey: ['/api/v1/webhooks/{id}', { id }],
    queryFn: () => unwrap(api.GET('/api/v1/webhooks/{id}', { params: { path: { id } } })),
  });
}

export function useDeliveries(id: string, status: DeliveryStatus | undefined) {
  const params = { limit: 25, status };
  return useInfiniteQuery({
    queryKey: ['/api/v1/webhooks/{id}/deliveries', { id, ...params }],
    queryFn: ({ pageParam }) =>
      unwrap(
        api.GET('/api/v1/webhooks/{id}/deliveries', {
          params: { path: { id }, query: { ...params, cursor: pageParam } },
        }),
      ),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    // A delivery still retrying changes on its own: look again while one is pending.
    refetchInterval: (query) =>
      query.state.data?.pages.some((p) => p.data.some((d) => d.status === 'pending')) ? 10_000 : false,
  });
}

export function useAttempts(id: string, deliveryId: string, enabled: boolean) {
  return useQuery({
    queryKey: ['/api/v1/webhooks/{id}/deliveries/{deliveryId}/attempts', { id, deliveryId }],
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/webhooks/{id}/deliveries/{deliveryId}/attempts', {
          params: { path: { id, deliveryId } },
        }),
      ),
    enabled,
  });
}

/** Where an endpoint stands, in one word. */
export function endpointState(w: Webhook): 'active' | 'failing' | 'disabledFailing' | 'disabledManual' {
  if (!w.enabled) return w.disabledReason === 'failing' ? 'disabledFailing' : 'disabledManual';
  return w.failingSince ? 'failing' : 'active';
}
