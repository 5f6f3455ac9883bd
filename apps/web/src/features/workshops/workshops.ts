import { useInfiniteQuery, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import type { components } from '../../api/schema';
import { downloadWithSession } from '../../ui/authed-download';

export type Workshop = components['schemas']['WorkshopDto'];
export type WorkshopSummary = components['schemas']['WorkshopSummaryDto'];
export type MyRegistration = components['schemas']['MyRegistrationDto'];
export type WorkshopWhen = 'upcoming' | 'past';

export const WORKSHOP_STATUS_COLOR: Readonly<Record<string, string>> = {
  draft: 'gray',
  published: 'blue',
  held: 'green',
  cancelled: 'red',
};

export const workshopKey = (id: string) => ['/api/v1/workshops/{id}', { id }] as const;

export function useWorkshops(when: WorkshopWhen) {
  const params = { when, limit: 20 };
  return useInfiniteQuery({
    queryKey: ['/api/v1/workshops', params],
    queryFn: ({ pageParam }) =>
      unwrap(api.GET('/api/v1/workshops', { params: { query: { ...params, cursor: pageParam } } })),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
}

export function useWorkshop(id: string) {
  return useQuery({
    queryKey: workshopKey(id),
    queryFn: () => unwrap(api.GET('/api/v1/workshops/{id}', { params: { path: { id } } })),
  });
}

export function useInvalidateWorkshops() {
  const client = useQueryClient();
  return () =>
    client.invalidateQueries({
      predicate: (q) => typeof q.queryKey[0] === 'string' && q.queryKey[0].startsWith('/api/v1/workshops'),
    });
}

/** What a person may do about their own place: register (or accept), or give it up. */
export function registrationMoves(
  w: Pick<WorkshopSummary, 'status' | 'endsAt' | 'myRegistration'>,
  canRegister: boolean,
): { register: boolean; accept: boolean; unregister: boolean } {
  const open = canRegister && w.status === 'published' && new Date(w.endsAt).getTime() > Date.now();
  const status = w.myRegistration?.status;
  return {
    register: open && (!status || status === 'cancelled' || status === 'declined'),
    accept: open && status === 'invited',
    unregister: open && (status === 'registered' || status === 'waitlisted'),
  };
}

export async function register(id: string): Promise<void> {
  await unwrap(api.POST('/api/v1/workshops/{id}/register', { params: { path: { id } } }));
}
export async function unregister(id: string): Promise<void> {
  await unwrap(api.POST('/api/v1/workshops/{id}/cancel-registration', { params: { path: { id } } }));
}
export async function acceptInvitation(id: string): Promise<void> {
  await unwrap(api.POST('/api/v1/workshops/{id}/invitation/accept', { params: { path: { id } } }));
}

/** The workshop as an .ics event, fetched with the session's token and saved. */
export function downloadIcs(id: string): Promise<string> {
  return downloadWithSession(`/api/v1/workshops/${id}/calendar.ics`, `workshop-${id}.ics`);
}
