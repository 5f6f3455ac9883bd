import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import type { components } from '../../api/schema';

export type Preference = components['schemas']['PreferenceDto'];
export type PreferenceChange = components['schemas']['PreferenceChangeDto'];
export type EmailMode = Preference['email'];

export const preferencesKey = ['/api/v1/me/notification-preferences'] as const;

export function usePreferences() {
  return useQuery({
    queryKey: preferencesKey,
    queryFn: () => unwrap(api.GET('/api/v1/me/notification-preferences')),
  });
}

/** All the changes are applied or none; the API answers the whole list, which replaces the cache. */
export function useSavePreferences() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (preferences: PreferenceChange[]) =>
      unwrap(api.PATCH('/api/v1/me/notification-preferences', { body: { preferences } })),
    onSuccess: (data) => client.setQueryData(preferencesKey, data),
  });
}
