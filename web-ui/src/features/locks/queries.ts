import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { adminApi, unwrap } from '../../api/client';
import { fetchAllPages } from '../../api/fetchAllPages';
import { keys } from '../../api/queryKeys';

const PAGE_SIZE = 20;
const PICKER_MAX_PAGES = 50;

/** One page of My Locks; the previous page stays on screen while the next one loads. */
export function useLockPage(search: string, cursor: string | undefined) {
  return useQuery({
    queryKey: [...keys.locks, 'page', search, cursor],
    queryFn: () =>
      unwrap(adminApi.GET('/api/v1/locks', { params: { query: { search: search || undefined, limit: PAGE_SIZE, cursor } } })),
    placeholderData: keepPreviousData,
  });
}

export function useLock(lockId: string) {
  return useQuery({
    queryKey: keys.lock(lockId),
    queryFn: () => unwrap(adminApi.GET('/api/v1/locks/{lockId}', { params: { path: { lockId } } })),
  });
}

/** All locks (paged through) for filter dropdowns. */
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
