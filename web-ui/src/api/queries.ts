import { useQuery } from '@tanstack/react-query';
import { adminApi, unwrap } from './client';
import { fetchAllPages } from './fetchAllPages';
import { keys } from './queryKeys';

export { keys };

const PICKER_MAX_PAGES = 50;

/** All ACTIVE codes (paged through) for pickers such as the Share dialog and the filters. */
export function useAllCodes(status: 'ACTIVE' | 'EXPIRED' = 'ACTIVE', enabled = true) {
  return useQuery({
    queryKey: [...keys.codes, 'all', status],
    enabled,
    queryFn: async () => {
      const all = await fetchAllPages(
        (cursor) => unwrap(adminApi.GET('/api/v1/unique-codes', { params: { query: { status, limit: 200, cursor } } })),
        PICKER_MAX_PAGES,
      );
      return all.items;
    },
  });
}

/** All locks for filter dropdowns. */
export function useAllLocks() {
  return useQuery({
    queryKey: [...keys.locks, 'all'],
    queryFn: async () => {
      const all = await fetchAllPages(
        (cursor) => unwrap(adminApi.GET('/api/v1/locks', { params: { query: { limit: 200, cursor } } })),
        PICKER_MAX_PAGES,
      );
      return all.items;
    },
  });
}
