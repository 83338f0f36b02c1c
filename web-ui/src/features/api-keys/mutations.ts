import { useMutation, useQueryClient } from '@tanstack/react-query';
import { adminApi, unwrap } from '../../api/client';
import { keys } from '../../api/queryKeys';
import type { CreateApiKeyRequest } from '../../api/types';

/** Makes a key; the answer holds its secret, which the page shows once and never again. */
export function useCreateApiKey() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateApiKeyRequest) =>
      // A retry of the same creation (a lost answer) must not make a second key.
      unwrap(adminApi.POST('/api/v1/api-keys', { body, params: { header: { 'Idempotency-Key': crypto.randomUUID() } } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: keys.apiKeys }),
  });
}

export function useRevokeApiKey() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (apiKeyId: string) =>
      unwrap(adminApi.DELETE('/api/v1/api-keys/{apiKeyId}', { params: { path: { apiKeyId } } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: keys.apiKeys }),
  });
}
