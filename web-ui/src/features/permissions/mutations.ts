import { useMutation, useQueryClient } from '@tanstack/react-query';
import { adminApi, unwrap } from '../../api/client';
import { keys } from '../../api/queryKeys';

/** Revokes a permission; the code's lock count drops with it. */
export function useRevokePermission() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (permissionId: string) =>
      unwrap(adminApi.DELETE('/api/v1/permissions/{permissionId}', { params: { path: { permissionId } } })),
    onSuccess: () => {
      queryClient.invalidateQueries({ queryKey: keys.permissions });
      queryClient.invalidateQueries({ queryKey: keys.codes });
    },
  });
}
