import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { adminApi, unwrap } from '../../api/client';
import { fetchAllPages } from '../../api/fetchAllPages';
import { keys } from '../../api/queryKeys';
import type { UniqueCode } from '../../api/types';

export type CodeStatus = 'ACTIVE' | 'EXPIRED';

const PICKER_MAX_PAGES = 50;

/** The Unique Codes page's list, 25 at a time with "Load more". */
export function useCodeList(status: CodeStatus) {
  return useInfiniteQuery({
    queryKey: [...keys.codes, 'list', status],
    initialPageParam: undefined as string | undefined,
    queryFn: ({ pageParam }) =>
      unwrap(adminApi.GET('/api/v1/unique-codes', { params: { query: { status, limit: 25, cursor: pageParam } } })),
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
}

/** Every code of one status (paged through), for pickers such as the Share dialog. */
export function useAllCodes(status: CodeStatus) {
  return useQuery({
    queryKey: [...keys.codes, 'all', status],
    queryFn: async () => {
      const all = await fetchAllPages(
        (cursor) => unwrap(adminApi.GET('/api/v1/unique-codes', { params: { query: { status, limit: 200, cursor } } })),
        PICKER_MAX_PAGES,
      );
      return all.items;
    },
  });
}

/** Active codes, then expired ones, for filters over records that outlive a code's expiry. */
export function useAllCodesOfAnyStatus(): UniqueCode[] {
  const active = useAllCodes('ACTIVE');
  const expired = useAllCodes('EXPIRED');
  return [...(active.data ?? []), ...(expired.data ?? [])];
}
