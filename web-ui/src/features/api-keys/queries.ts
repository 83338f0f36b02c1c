import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { adminApi, unwrap } from '../../api/client';
import { keys } from '../../api/queryKeys';

/** One page of the account's API keys (never their secrets). */
export function useApiKeyPage(cursor: string | undefined) {
  return useQuery({
    queryKey: [...keys.apiKeys, cursor],
    queryFn: () => unwrap(adminApi.GET('/api/v1/api-keys', { params: { query: { limit: 25, cursor } } })),
    placeholderData: keepPreviousData,
  });
}
