import { useInfiniteQuery } from '@tanstack/react-query';
import { adminApi, unwrap } from '../../api/client';
import { keys } from '../../api/queryKeys';
import { useAllCodesOfAnyStatus } from '../codes/queries';
import { useAllLocks } from '../locks/queries';
import type { AuditQuery } from './filters';

/** Events matching the query, newest first, 50 at a time with "Load more". */
export function useAuditEvents(query: AuditQuery) {
  return useInfiniteQuery({
    queryKey: [...keys.audit, query],
    initialPageParam: undefined as string | undefined,
    queryFn: ({ pageParam }) =>
      unwrap(adminApi.GET('/api/v1/audit-events', { params: { query: { ...query, limit: 50, cursor: pageParam } } })),
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
}

/** Events carry ids; these are the names and code texts to show for them, and the choices of the filters. */
export function useActivityNames() {
  const locks = useAllLocks().data ?? [];
  const codes = useAllCodesOfAnyStatus();
  return {
    locks,
    codes,
    lockName: new Map(locks.map((l) => [l.id, l.name])),
    codeText: new Map(codes.map((c) => [c.id, c.code])),
  };
}

export type ActivityNames = ReturnType<typeof useActivityNames>;
