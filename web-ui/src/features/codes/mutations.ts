import { useMutation, useQueryClient } from '@tanstack/react-query';
import { adminApi, unwrap } from '../../api/client';
import { keys } from '../../api/queryKeys';
import type { CreateUniqueCodeRequest } from '../../api/types';

// A code's changes show in the permissions list too (deleting one removes its permissions).
function useInvalidateCodes() {
  const queryClient = useQueryClient();
  return () => {
    queryClient.invalidateQueries({ queryKey: keys.codes });
    queryClient.invalidateQueries({ queryKey: keys.permissions });
  };
}

export function useCreateCode() {
  const invalidate = useInvalidateCodes();
  return useMutation({
    mutationFn: (body: CreateUniqueCodeRequest) => unwrap(adminApi.POST('/api/v1/unique-codes', { body })),
    onSuccess: invalidate,
  });
}

export function useDeleteCode() {
  const invalidate = useInvalidateCodes();
  return useMutation({
    mutationFn: (uniqueCodeId: string) =>
      unwrap(adminApi.DELETE('/api/v1/unique-codes/{uniqueCodeId}', { params: { path: { uniqueCodeId } } })),
    onSuccess: invalidate,
  });
}

export function useReleaseDevice() {
  const invalidate = useInvalidateCodes();
  return useMutation({
    mutationFn: (uniqueCodeId: string) =>
      unwrap(adminApi.DELETE('/api/v1/unique-codes/{uniqueCodeId}/device', { params: { path: { uniqueCodeId } } })),
    onSuccess: invalidate,
  });
}
