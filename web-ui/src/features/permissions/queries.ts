import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { adminApi, unwrap } from '../../api/client';
import { keys } from '../../api/queryKeys';

export interface PermissionFilter {
  lockId: string;
  uniqueCodeId: string;
}

/** One page of permissions matching the filter (an empty field matches all). */
export function usePermissionPage({ lockId, uniqueCodeId }: PermissionFilter, cursor: string | undefined) {
  return useQuery({
    queryKey: [...keys.permissions, lockId, uniqueCodeId, cursor],
    queryFn: () =>
      unwrap(
        adminApi.GET('/api/v1/permissions', {
          params: { query: { lockId: lockId || undefined, uniqueCodeId: uniqueCodeId || undefined, limit: 25, cursor } },
        }),
      ),
    placeholderData: keepPreviousData,
  });
}
