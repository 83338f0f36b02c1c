import { useQuery } from '@tanstack/react-query';
import { adminApi, unwrap } from '../../api/client';
import { keys } from '../../api/queryKeys';

/** The account's endpoints (at most 10, so no paging). */
export function useWebhookEndpoints() {
  return useQuery({
    queryKey: keys.webhooks,
    queryFn: async () => (await unwrap(adminApi.GET('/api/v1/webhook-endpoints'))).items,
  });
}

/** The newest deliveries of one endpoint, with their attempts. */
export function useWebhookDeliveries(endpointId: string) {
  return useQuery({
    queryKey: keys.webhookDeliveries(endpointId),
    queryFn: () =>
      unwrap(
        adminApi.GET('/api/v1/webhook-endpoints/{endpointId}/deliveries', {
          params: { path: { endpointId }, query: { limit: 25 } },
        }),
      ),
  });
}
