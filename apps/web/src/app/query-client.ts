import { QueryClient } from '@tanstack/react-query';
import { ProblemError } from '../api/problem';
import { onTenantChange } from '../auth/session';

/**
 * Server state lives in TanStack Query, keyed by API path. Retries only what may pass on a second try (a
 * network hiccup, a 5xx); a 4xx answer is the answer. Everything cached belongs to one person in one
 * tenant, so it is dropped when either changes.
 */
export const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      staleTime: 30_000,
      retry: (count, error) =>
        count < 2 && (!(error instanceof ProblemError) || error.status === 0 || error.status >= 500),
    },
    mutations: { retry: false },
  },
});

onTenantChange(() => queryClient.clear());
