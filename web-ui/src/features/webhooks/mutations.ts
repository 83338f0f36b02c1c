import { useMutation, useQueryClient } from '@tanstack/react-query';
import { adminApi, unwrap } from '../../api/client';
import { keys } from '../../api/queryKeys';
import type { CreateWebhookEndpointRequest, WebhookEndpointPatch } from '../../api/types';

function useRefresh() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: keys.webhooks });
}

/** Creates an endpoint; the answer holds its secret, to be shown once. */
export function useCreateWebhookEndpoint() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (body: CreateWebhookEndpointRequest) => unwrap(adminApi.POST('/api/v1/webhook-endpoints', { body })),
    onSuccess: refresh,
  });
}

export function useUpdateWebhookEndpoint() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: ({ endpointId, patch }: { endpointId: string; patch: WebhookEndpointPatch }) =>
      unwrap(adminApi.PATCH('/api/v1/webhook-endpoints/{endpointId}', { params: { path: { endpointId } }, body: patch })),
    onSuccess: refresh,
  });
}

export function useDeleteWebhookEndpoint() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (endpointId: string) =>
      unwrap(adminApi.DELETE('/api/v1/webhook-endpoints/{endpointId}', { params: { path: { endpointId } } })),
    onSuccess: refresh,
  });
}

/** A new secret, shown once; the previous one keeps signing for a day. */
export function useRotateWebhookSecret() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (endpointId: string) =>
      unwrap(adminApi.POST('/api/v1/webhook-endpoints/{endpointId}/rotate-secret', { params: { path: { endpointId } } })),
    onSuccess: refresh,
  });
}

export function useSendWebhookTest() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (endpointId: string) =>
      unwrap(adminApi.POST('/api/v1/webhook-endpoints/{endpointId}/test', { params: { path: { endpointId } } })),
    onSuccess: (_data, endpointId) => queryClient.invalidateQueries({ queryKey: keys.webhookDeliveries(endpointId) }),
  });
}

export function useRedeliverWebhook() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ endpointId, deliveryId }: { endpointId: string; deliveryId: string }) =>
      unwrap(
        adminApi.POST('/api/v1/webhook-endpoints/{endpointId}/deliveries/{deliveryId}/redeliver', {
          params: { path: { endpointId, deliveryId } },
        }),
      ),
    onSuccess: (_data, { endpointId }) => queryClient.invalidateQueries({ queryKey: keys.webhookDeliveries(endpointId) }),
  });
}
