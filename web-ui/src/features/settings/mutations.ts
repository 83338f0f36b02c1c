import { useMutation, useQueryClient } from '@tanstack/react-query';
import { adminApi, unwrap } from '../../api/client';
import { keys } from '../../api/queryKeys';
import type { ChangePasswordRequest, SettingsPatch } from '../../api/types';
import { setAdminSession } from '../../auth/storage';

/** Sends only the fields given: the API applies just the fields present. */
export function useSaveSettings() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (changes: SettingsPatch) => unwrap(adminApi.PATCH('/api/v1/settings', { body: changes })),
    onSuccess: (next) => {
      queryClient.setQueryData(keys.settings, next);
      queryClient.invalidateQueries({ queryKey: keys.me });
    },
  });
}

/** A new password ends every session, this one too; the answer is this browser's fresh session. */
export function useChangePassword() {
  return useMutation({
    mutationFn: (body: ChangePasswordRequest) => unwrap(adminApi.POST('/api/v1/me/password', { body })),
    onSuccess: setAdminSession,
  });
}
