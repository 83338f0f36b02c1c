import { useState } from 'react';
import { ProblemAlert } from '../../components/ProblemAlert';
import { EmptyState, Loading } from '../../components/States';
import { useTimeZone } from '../settings/queries';
import { ActivityFilters } from './ActivityFilters';
import { ActivityTable } from './ActivityTable';
import { NO_FILTER, toAuditQuery } from './filters';
import { useExportActivity } from './mutations';
import { useActivityNames, useAuditEvents } from './queries';

export function ActivityPage() {
  const timeZone = useTimeZone();
  const names = useActivityNames();
  const [applied, setApplied] = useState(NO_FILTER);
  const query = toAuditQuery(applied, timeZone);
  const events = useAuditEvents(query);
  const exportCsv = useExportActivity(names);
  const items = events.data?.pages.flatMap((p) => p.items) ?? [];

  return (
    <section>
      <div className="page-header">
        <h1>Activity</h1>
        <button type="button" className="btn" onClick={() => exportCsv.mutate(query)} disabled={exportCsv.isPending}>
          {exportCsv.isPending ? 'Exporting…' : 'Export CSV'}
        </button>
      </div>
      {exportCsv.data?.truncated && (
        <p className="alert alert-warning" role="status">
          The export stopped after {exportCsv.data.items.length} events; narrow the filters to export the rest.
        </p>
      )}
      <ProblemAlert error={exportCsv.error} action="Could not export" />
      <ActivityFilters locks={names.locks} codes={names.codes} timeZone={timeZone} onApply={setApplied} />
      {events.isPending && <Loading label="Loading activity…" />}
      {events.error && <ProblemAlert error={events.error} action="Could not load activity" />}
      {events.data && items.length === 0 && <EmptyState title="No activity matches these filters" />}
      {items.length > 0 && <ActivityTable events={items} names={names} timeZone={timeZone} />}
      {events.hasNextPage && (
        <button type="button" className="btn" onClick={() => events.fetchNextPage()} disabled={events.isFetchingNextPage}>
          {events.isFetchingNextPage ? 'Loading…' : 'Load more'}
        </button>
      )}
    </section>
  );
}
