import { useMutation, useQueryClient } from '@tanstack/react-query';
import { adminApi, unwrap } from '../../api/client';
import { keys } from '../../api/queryKeys';
import type { CreateUniqueCodeRequest, UniqueCodePatch } from '../../api/types';

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

/** Changes a code, refused (412) if it changed since `etag` was read. */
export function useUpdateCode(uniqueCodeId: string, etag: string | undefined) {
  const invalidate = useInvalidateCodes();
  return useMutation({
    mutationFn: (body: UniqueCodePatch) =>
      unwrap(
        adminApi.PATCH('/api/v1/unique-codes/{uniqueCodeId}', {
          params: { path: { uniqueCodeId }, header: etag ? { 'If-Match': etag } : {} },
          body,
        }),
      ),
    onSuccess: invalidate,
  });
}

export function useSuspension() {
  const invalidate = useInvalidateCodes();
  return useMutation({
    mutationFn: ({ uniqueCodeId, suspend }: { uniqueCodeId: string; suspend: boolean }) => {
      const options = { params: { path: { uniqueCodeId } } };
      return unwrap(
        suspend
          ? adminApi.PUT('/api/v1/unique-codes/{uniqueCodeId}/suspension', options)
          : adminApi.DELETE('/api/v1/unique-codes/{uniqueCodeId}/suspension', options),
      );
    },
    onSuccess: invalidate,
  });
}
