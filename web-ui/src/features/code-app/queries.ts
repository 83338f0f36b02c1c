import { useQuery } from '@tanstack/react-query';
import { codeApi, unwrap } from '../../api/client';
import { keys } from '../../api/queryKeys';

/** How often the app asks again, so a revoke, a suspension or an expiry shows without pressing Refresh. */
export const REFRESH_MS = 5000;

/**
 * The locks shared to the logged-in code, polled every few seconds (also while refused, so a resumed code comes
 * back by itself). Not retried: a failure here usually means the session ended or the code is suspended.
 */
export function useSharedLocks() {
  return useQuery({
    queryKey: keys.codeSessionLocks,
    queryFn: () => unwrap(codeApi.GET('/api/v1/code-session/locks')),
    retry: false,
    refetchInterval: REFRESH_MS,
    refetchIntervalInBackground: false,
  });
}
