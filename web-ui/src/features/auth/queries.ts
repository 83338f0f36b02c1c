import { useQuery } from '@tanstack/react-query';
import { adminApi, unwrap } from '../../api/client';
import { keys } from '../../api/queryKeys';

/** The signed-in owner and account, fresher than the copy kept with the session. */
export function useMe(enabled: boolean) {
  return useQuery({
    queryKey: keys.me,
    queryFn: () => unwrap(adminApi.GET('/api/v1/me')),
    enabled,
    staleTime: 60_000,
  });
}
