import { useMutation, useQueryClient } from '@tanstack/react-query';
import { adminApi, unwrap } from '../../api/client';
import { keys } from '../../api/queryKeys';
import type { ActivateLockRequest, ShareLocksRequest } from '../../api/types';
import { provision } from '../../lock/virtualLock';

export function useActivateLock() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ActivateLockRequest) => unwrap(adminApi.POST('/api/v1/locks', { body })),
    onSuccess: () => {
      queryClient.invalidateQueries({ queryKey: keys.locks });
    },
  });
}

/** Shares locks to a code; the code's lock count changes with its permissions. */
export function useShareLocks() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ShareLocksRequest) => unwrap(adminApi.POST('/api/v1/permissions', { body })),
    onSuccess: () => {
      queryClient.invalidateQueries({ queryKey: keys.permissions });
      queryClient.invalidateQueries({ queryKey: keys.codes });
    },
  });
}

/** Stores the lock's trust anchors in this browser's virtual lock. */
export function useProvisionVirtualLock(lockId: string) {
  return useMutation({
    mutationFn: async (lockName: string) => {
      const anchors = await unwrap(adminApi.GET('/api/v1/locks/{lockId}/trust-anchors', { params: { path: { lockId } } }));
      return provision(lockName, anchors);
    },
  });
}
