import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { adminApi, unwrap } from '../../api/client';
import { fetchAllPages } from '../../api/fetchAllPages';
import { keys } from '../../api/queryKeys';
import type { UniqueCode, UniqueCodeStatus } from '../../api/types';

export type CodeStatus = UniqueCodeStatus;

export const CODE_STATUSES: CodeStatus[] = ['ACTIVE', 'SCHEDULED', 'SUSPENDED', 'EXHAUSTED', 'EXPIRED'];

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

/** Codes of every status (active first), for filters over records that outlive a code's expiry. */
export function useAllCodesOfAnyStatus(): UniqueCode[] {
  const lists = [
    useAllCodes('ACTIVE'),
    useAllCodes('SCHEDULED'),
    useAllCodes('SUSPENDED'),
    useAllCodes('EXHAUSTED'),
    useAllCodes('EXPIRED'),
  ];
  return lists.flatMap((l) => l.data ?? []);
}

/** One code with its entity tag, which a change must send back as If-Match. */
export function useCodeForEdit(uniqueCodeId: string) {
  return useQuery({
    queryKey: [...keys.codes, 'one', uniqueCodeId],
    queryFn: async () => {
      const result = await adminApi.GET('/api/v1/unique-codes/{uniqueCodeId}', { params: { path: { uniqueCodeId } } });
      const code = await unwrap(Promise.resolve(result));
      return { code, etag: result.response.headers.get('ETag') ?? undefined };
    },
    gcTime: 0,
  });
}

/** "Why can't this code open the door?", for one code (all its locks and actions). */
export function useDiagnosis(uniqueCodeId: string) {
  return useQuery({
    queryKey: [...keys.codes, 'diagnosis', uniqueCodeId],
    queryFn: () =>
      unwrap(adminApi.GET('/api/v1/unique-codes/{uniqueCodeId}/diagnosis', { params: { path: { uniqueCodeId } } })),
  });
}
