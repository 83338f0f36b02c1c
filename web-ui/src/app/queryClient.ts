import { QueryClient } from '@tanstack/react-query';
import { ApiError } from '../api/problem';

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        // Client errors will not fix themselves by retrying; a brief outage (5xx, network) might.
        retry: (count, error) => count < 2 && !(error instanceof ApiError && error.status < 500),
        refetchOnWindowFocus: false,
      },
      mutations: { retry: false },
    },
  });
}
