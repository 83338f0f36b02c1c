import { useQuery } from '@tanstack/react-query';
import { codeApi, unwrap } from '../../api/client';
import { keys } from '../../api/queryKeys';

/** The locks shared to the logged-in code. Not retried: a failure here usually means the session ended. */
export function useSharedLocks() {
  return useQuery({
    queryKey: keys.codeSessionLocks,
    queryFn: () => unwrap(codeApi.GET('/api/v1/code-session/locks')),
    retry: false,
  });
}
