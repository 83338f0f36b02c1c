import { useMutation } from '@tanstack/react-query';
import { adminApi, unwrap } from '../../api/client';
import { fetchAllPages } from '../../api/fetchAllPages';
import { downloadText } from '../../lib/csv';
import { activityCsv } from './exportCsv';
import type { AuditQuery } from './filters';
import type { ActivityNames } from './queries';

const EXPORT_MAX_PAGES = 100;

/** Downloads every event matching the query as CSV, up to EXPORT_MAX_PAGES pages of 200. */
export function useExportActivity(names: ActivityNames) {
  return useMutation({
    mutationFn: (query: AuditQuery) =>
      fetchAllPages(
        (cursor) => unwrap(adminApi.GET('/api/v1/audit-events', { params: { query: { ...query, limit: 200, cursor } } })),
        EXPORT_MAX_PAGES,
      ),
    onSuccess: ({ items }) => {
      downloadText(`lockvue-activity-${new Date().toISOString().slice(0, 10)}.csv`, activityCsv(items, names));
    },
  });
}
