import { useState, type FormEvent } from 'react';
import { useInfiniteQuery, useMutation } from '@tanstack/react-query';
import { adminApi, unwrap } from '../api/client';
import { keys } from '../api/queryKeys';
import { useAllCodes } from '../features/codes/queries';
import { useAllLocks } from '../features/locks/queries';
import { useTimeZone } from '../features/settings/queries';
import { fetchAllPages } from '../api/fetchAllPages';
import type { AuditAction } from '../api/types';
import { Field } from '../components/Field';
import { ProblemAlert } from '../components/ProblemAlert';
import { EmptyState, Loading } from '../components/States';
import { downloadText, toCsv } from '../lib/csv';
import { formatInstant, parseInputValue, wallTimeToInstant } from '../lib/time';

// Mirrors the contract's AuditAction enum; the type annotation makes the compiler reject any name it lacks.
const ACTIONS: AuditAction[] = [
  'ACCOUNT_CREATED',
  'USER_LOGIN',
  'SETTINGS_CHANGED',
  'LOCK_ACTIVATED',
  'UNIQUE_CODE_CREATED',
  'UNIQUE_CODE_DELETED',
  'DEVICE_RELEASED',
  'PERMISSION_GRANTED',
  'PERMISSION_CHANGED',
  'PERMISSION_REVOKED',
  'CODE_LOGIN',
  'LOCK_COMMAND_ISSUED',
];

interface Filters {
  lockId: string;
  uniqueCodeId: string;
  action: string;
  from: string;
  to: string;
}

const EMPTY: Filters = { lockId: '', uniqueCodeId: '', action: '', from: '', to: '' };
const EXPORT_MAX_PAGES = 100;

export function ActivityPage() {
  const timeZone = useTimeZone();
  const locks = useAllLocks();
  const activeCodes = useAllCodes('ACTIVE');
  const expiredCodes = useAllCodes('EXPIRED');
  const codes = [...(activeCodes.data ?? []), ...(expiredCodes.data ?? [])];
  const lockName = new Map((locks.data ?? []).map((l) => [l.id, l.name]));
  const codeText = new Map(codes.map((c) => [c.id, c.code]));

  const [draft, setDraft] = useState<Filters>(EMPTY);
  const [applied, setApplied] = useState<Filters>(EMPTY);
  const [rangeError, setRangeError] = useState<string | null>(null);

  // From/to are picked as account-zone wall times and sent as instants.
  const toInstant = (v: string) => {
    const w = parseInputValue(v);
    return w ? wallTimeToInstant(w, timeZone).toISOString() : undefined;
  };
  const query = {
    lockId: applied.lockId || undefined,
    uniqueCodeId: applied.uniqueCodeId || undefined,
    action: (applied.action || undefined) as AuditAction | undefined,
    from: applied.from ? toInstant(applied.from) : undefined,
    to: applied.to ? toInstant(applied.to) : undefined,
  };

  const events = useInfiniteQuery({
    queryKey: [...keys.audit, query],
    initialPageParam: undefined as string | undefined,
    queryFn: ({ pageParam }) =>
      unwrap(adminApi.GET('/api/v1/audit-events', { params: { query: { ...query, limit: 50, cursor: pageParam } } })),
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });

  const exportCsv = useMutation({
    mutationFn: () =>
      fetchAllPages(
        (cursor) => unwrap(adminApi.GET('/api/v1/audit-events', { params: { query: { ...query, limit: 200, cursor } } })),
        EXPORT_MAX_PAGES,
      ),
    onSuccess: ({ items: all }) => {
      const csv = toCsv(
        ['occurredAt', 'action', 'outcome', 'actorType', 'actorId', 'lockId', 'lockName', 'uniqueCodeId', 'uniqueCodeDescription', 'uniqueCode', 'permissionId', 'reason', 'clientAddress'],
        all.map((e) => [
          e.occurredAt,
          e.action,
          e.outcome,
          e.actor.type,
          e.actor.id,
          e.lockId,
          e.lockName ?? (e.lockId ? lockName.get(e.lockId) : ''),
          e.uniqueCodeId,
          e.uniqueCodeDescription ?? '',
          e.uniqueCodeId ? codeText.get(e.uniqueCodeId) : '',
          e.permissionId,
          e.reason,
          e.clientAddress,
        ]),
      );
      downloadText(`lockvue-activity-${new Date().toISOString().slice(0, 10)}.csv`, csv);
    },
  });

  function apply(e: FormEvent) {
    e.preventDefault();
    if (draft.from && draft.to && draft.from >= draft.to) {
      setRangeError('“To” must be after “From”.');
      return;
    }
    setRangeError(null);
    setApplied(draft);
  }

  const items = events.data?.pages.flatMap((p) => p.items) ?? [];
  const set = (k: keyof Filters) => (e: React.ChangeEvent<HTMLInputElement | HTMLSelectElement>) =>
    setDraft((d) => ({ ...d, [k]: e.target.value }));

  return (
    <section>
      <div className="page-header">
        <h1>Activity</h1>
        <button type="button" className="btn" onClick={() => exportCsv.mutate()} disabled={exportCsv.isPending}>
          {exportCsv.isPending ? 'Exporting…' : 'Export CSV'}
        </button>
      </div>
      {exportCsv.data?.truncated && (
        <p className="alert alert-warning" role="status">
          The export stopped after {exportCsv.data.items.length} events; narrow the filters to export the rest.
        </p>
      )}
      <ProblemAlert error={exportCsv.error} action="Could not export" />
      <form className="filters" onSubmit={apply} aria-label="Activity filters">
        <Field label="Lock">
          <select value={draft.lockId} onChange={set('lockId')}>
            <option value="">All locks</option>
            {locks.data?.map((l) => (
              <option key={l.id} value={l.id}>
                {l.name}
              </option>
            ))}
          </select>
        </Field>
        <Field label="Unique Code">
          <select value={draft.uniqueCodeId} onChange={set('uniqueCodeId')}>
            <option value="">All codes</option>
            {codes.map((c) => (
              <option key={c.id} value={c.id}>
                {c.code} — {c.description}
              </option>
            ))}
          </select>
        </Field>
        <Field label="Action">
          <select value={draft.action} onChange={set('action')}>
            <option value="">All actions</option>
            {ACTIONS.map((a) => (
              <option key={a} value={a}>
                {humanAction(a)}
              </option>
            ))}
          </select>
        </Field>
        <Field label={`From (${timeZone})`} error={rangeError ?? undefined}>
          <input type="datetime-local" value={draft.from} onChange={set('from')} />
        </Field>
        <Field label={`To (${timeZone})`}>
          <input type="datetime-local" value={draft.to} onChange={set('to')} />
        </Field>
        <div className="filter-actions">
          <button type="submit" className="btn btn-primary">
            Apply filters
          </button>
          <button
            type="button"
            className="btn"
            onClick={() => {
              setDraft(EMPTY);
              setApplied(EMPTY);
              setRangeError(null);
            }}
          >
            Clear
          </button>
        </div>
      </form>
      {events.isPending && <Loading label="Loading activity…" />}
      {events.error && <ProblemAlert error={events.error} action="Could not load activity" />}
      {events.data && items.length === 0 && <EmptyState title="No activity matches these filters" />}
      {items.length > 0 && (
        <div className="table-wrap">
          <table className="table">
            <thead>
              <tr>
                <th scope="col">When</th>
                <th scope="col">Action</th>
                <th scope="col">Outcome</th>
                <th scope="col">Actor</th>
                <th scope="col">Lock</th>
                <th scope="col">Code</th>
                <th scope="col" className="hide-narrow">
                  Details
                </th>
              </tr>
            </thead>
            <tbody>
              {items.map((e) => (
                <tr key={e.id}>
                  <td>{formatInstant(e.occurredAt, timeZone)}</td>
                  <td>{humanAction(e.action)}</td>
                  <td>
                    <span className={`badge ${e.outcome === 'SUCCESS' ? 'ok' : 'fail'}`}>{e.outcome === 'SUCCESS' ? 'Success' : 'Failure'}</span>
                  </td>
                  <td>{e.actor.type === 'USER' ? 'User' : e.actor.type === 'UNIQUE_CODE' ? 'Unique Code' : 'Anonymous'}</td>
                  <td>{e.lockId ? (e.lockName ?? lockName.get(e.lockId) ?? <span className="mono small">{e.lockId}</span>) : '—'}</td>
                  <td>
                    {e.uniqueCodeId ? (
                      <>
                        {e.uniqueCodeDescription ?? ''}{' '}
                        <span className="mono small">{codeText.get(e.uniqueCodeId) ?? '(deleted)'}</span>
                      </>
                    ) : (
                      '—'
                    )}
                  </td>
                  <td className="hide-narrow small">
                    {[e.reason, e.clientAddress].filter(Boolean).join(' · ') || '—'}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {events.hasNextPage && (
        <button type="button" className="btn" onClick={() => events.fetchNextPage()} disabled={events.isFetchingNextPage}>
          {events.isFetchingNextPage ? 'Loading…' : 'Load more'}
        </button>
      )}
    </section>
  );
}

function humanAction(a: AuditAction): string {
  const s = a.toLowerCase().replace(/_/g, ' ');
  return s.charAt(0).toUpperCase() + s.slice(1);
}
