import { useQuery } from '@tanstack/react-query';
import { adminApi, unwrap } from './client';

export const keys = {
  me: ['me'] as const,
  settings: ['settings'] as const,
  locks: ['locks'] as const,
  lock: (id: string) => ['lock', id] as const,
  codes: ['unique-codes'] as const,
  permissions: ['permissions'] as const,
  audit: ['audit-events'] as const,
};

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

/** All ACTIVE codes (paged through) for pickers such as the Share dialog and the filters. */
export function useAllCodes(status: 'ACTIVE' | 'EXPIRED' = 'ACTIVE', enabled = true) {
  return useQuery({
    queryKey: [...keys.codes, 'all', status],
    enabled,
    queryFn: async () => {
      const items = [];
      let cursor: string | undefined;
      // Bounded so a runaway cursor can never spin forever.
      for (let i = 0; i < 50; i++) {
        const page = await unwrap(
          adminApi.GET('/api/v1/unique-codes', { params: { query: { status, limit: 200, cursor } } }),
        );
        items.push(...page.items);
        if (!page.nextCursor) break;
        cursor = page.nextCursor;
      }
      return items;
    },
  });
}

/** All locks for filter dropdowns. */
export function useAllLocks() {
  return useQuery({
    queryKey: [...keys.locks, 'all'],
    queryFn: async () => {
      const items = [];
      let cursor: string | undefined;
      for (let i = 0; i < 50; i++) {
        const page = await unwrap(adminApi.GET('/api/v1/locks', { params: { query: { limit: 200, cursor } } }));
        items.push(...page.items);
        if (!page.nextCursor) break;
        cursor = page.nextCursor;
      }
      return items;
    },
  });
}
