import { useQuery } from '@tanstack/react-query';
import { adminApi, unwrap } from '../../api/client';
import { keys } from '../../api/queryKeys';

export function useSettings() {
  return useQuery({
    queryKey: keys.settings,
    queryFn: () => unwrap(adminApi.GET('/api/v1/settings')),
    staleTime: 30_000,
  });
}

/** The account's time zone for display and expiry limits; UTC until settings load. */
export function useTimeZone(): string {
  return useSettings().data?.timeZone ?? 'UTC';
}
